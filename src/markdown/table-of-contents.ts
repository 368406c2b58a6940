// markdown-it rule: kramdown's `{:toc}` list (`* TOC\n{:toc}`) becomes a contents list of the body's headings, where it stands.
import type { MarkdownIt, StateCore, Token } from "markdown-it";
import { escapeHtml } from "../escape-html.ts";

/** A heading listed by a `{:toc}`. */
interface Entry {
  level: number;
  id: string;
  /** The heading's inline tokens: the entry shows its text as the heading does (code, emphasis). */
  children: Token[];
}

/** Headings marked `{:.no_toc}` stay out of every contents list, as in kramdown. */
export function isListedHeading(heading: Token): boolean {
  return !(heading.attrGet("class") ?? "").toString().split(/\s+/).includes("no_toc");
}

/** Replaces each list marked by block-attributes.ts with one `kramdown_toc` token holding the entries. */
function tableOfContents(state: StateCore): void {
  const tokens = state.tokens;
  if (!tokens.some((token) => token.meta?.kramdownToc === true)) return;
  const entries: Entry[] = [];
  tokens.forEach((token, index) => {
    if (token.type !== "heading_open" || !isListedHeading(token)) return;
    const children = (tokens[index + 1]?.children ?? []).filter((child) => child.type !== "footnote_ref");
    entries.push({ level: Number(token.tag.slice(1)), id: String(token.attrGet("id") ?? ""), children });
  });
  for (let index = 0; index < tokens.length; index += 1) {
    const open = tokens[index]!;
    if (open.meta?.kramdownToc !== true) continue;
    let close = index + 1;
    while (!(tokens[close]!.nesting === -1 && tokens[close]!.level === open.level)) close += 1;
    const toc = new state.Token("kramdown_toc", open.tag, 0);
    toc.block = true;
    toc.map = open.map;
    toc.meta = { entries };
    tokens.splice(index, close - index + 1, toc);
  }
}

/** Nested lists by heading level, like kramdown's: `<ul id="markdown-toc">`, each link with its own id. */
function renderToc(
  tokens: Token[],
  index: number,
  options: MarkdownIt["options"],
  env: unknown,
  md: MarkdownIt,
): string {
  const token = tokens[index]!;
  const entries = (token.meta as { entries: Entry[] }).entries;
  if (entries.length === 0) return "";
  const tag = token.tag === "ol" ? "ol" : "ul";
  let html = `<${tag} id="markdown-toc">\n`;
  const levels: number[] = [];
  for (const entry of entries) {
    while (levels.length > 0 && levels.at(-1)! > entry.level) {
      html += `</li>\n</${tag}>\n`;
      levels.pop();
    }
    if (levels.length > 0 && levels.at(-1)! === entry.level) html += "</li>\n";
    else if (levels.length > 0) html += `\n<${tag}>\n`;
    if (levels.at(-1) !== entry.level) levels.push(entry.level);
    const text = md.renderer.renderInline(entry.children, options, env as Record<string, unknown>);
    html += `<li><a href="#${escapeHtml(entry.id)}" id="markdown-toc-${escapeHtml(entry.id)}">${text}</a>`;
  }
  html += "</li>\n";
  for (let depth = levels.length; depth > 1; depth -= 1) html += `</${tag}>\n</li>\n`;
  return `${html}</${tag}>\n`;
}

export function tableOfContentsPlugin(markdown: MarkdownIt): void {
  // After the ids: the entries link to them.
  markdown.core.ruler.after("kramdown_heading_ids", "kramdown_toc", tableOfContents);
  markdown.renderer.rules.kramdown_toc = (tokens, index, options, env) =>
    renderToc(tokens, index, options, env, markdown);
}
