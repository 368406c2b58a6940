// markdown-it core rule: kramdown's typographic symbols (— – … « »), in place of markdown-it's own set (which adds © ± and more).
import type { MarkdownIt, StateCore } from "markdown-it";

/** kramdown's TYPOGRAPHIC_SYMS, in its order; a space inside guillemets becomes a no-break space, as there. */
const SYMBOLS: Readonly<Record<string, string>> = {
  "---": "\u2014",
  "--": "\u2013",
  "...": "\u2026",
  "<< ": "\u00ab\u00a0",
  " >>": "\u00a0\u00bb",
  "<<": "\u00ab",
  ">>": "\u00bb",
};
const PATTERN = /---|--|\.\.\.|<< | >>|<<|>>/g;
const QUICK = /--|\.\.\.|<<|>>/;

/**
 * Only text tokens change: code, math, HTML and attribute values never reach here, and a backslash keeps
 * a symbol as typed (`\--`: the escaped character is its own token until text_join, which runs after).
 */
function typography(state: StateCore): void {
  if (!state.md.options.typographer || !QUICK.test(state.src)) return;
  for (const token of state.tokens) {
    if (token.type !== "inline" || !QUICK.test(token.content)) continue;
    let insideAutolink = 0;
    for (const child of token.children ?? []) {
      if (child.type === "link_open" && child.info === "auto") insideAutolink += 1;
      else if (child.type === "link_close" && child.info === "auto") insideAutolink -= 1;
      else if (child.type === "text" && insideAutolink === 0 && QUICK.test(child.content)) {
        child.content = child.content.replace(PATTERN, (symbol) => SYMBOLS[symbol]!);
      }
    }
  }
}

export function typographyPlugin(markdown: MarkdownIt): void {
  markdown.core.ruler.at("replacements", typography);
}
