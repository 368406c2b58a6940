// markdown-it inline rule: math in running text, kept verbatim: kramdown's `$$…$$`, and MathJax's `$…$`, `\(…\)`, `\\(…\\)`, `\[…\]`.
import type { MarkdownIt, StateCore, StateInline } from "markdown-it";

/** Backslash delimiters, longest first: `\\(` is what kramdown authors type to get MathJax's `\(`. */
const BACKSLASH_DELIMITERS: ReadonlyArray<[open: string, close: string, display: boolean]> = [
  ["\\\\(", "\\\\)", false],
  ["\\\\[", "\\\\]", true],
  ["\\(", "\\)", false],
  ["\\[", "\\]", true],
];

const isSpace = (code: number) => code === 0x20 || code === 0x09 || code === 0x0a;
const isDigit = (code: number) => code >= 0x30 && code <= 0x39;

/**
 * Where the `$` that closes a single-dollar formula is, or -1. Pandoc's rule (no space inside either
 * dollar, no digit right after the closing one), and the next unescaped `$` must be that closing one:
 * "$5 and $10, or 5$" stays prose.
 */
function closingDollar(src: string, from: number, max: number): number {
  for (let index = from; index < max; index += 1) {
    const code = src.charCodeAt(index);
    if (code === 0x5c) {
      index += 1; // `\$` is a dollar inside the formula
      continue;
    }
    if (code !== 0x24) continue;
    if (isSpace(src.charCodeAt(index - 1))) return -1;
    if (index + 1 < max && isDigit(src.charCodeAt(index + 1))) return -1;
    return index;
  }
  return -1;
}

function mathInline(state: StateInline, silent: boolean): boolean {
  const { src, pos, posMax } = state;
  const first = src.charCodeAt(pos);
  let open = "";
  let close = "";
  let display = false;
  let end = -1;
  if (first === 0x24) {
    if (src.charCodeAt(pos + 1) === 0x24) {
      open = close = "$$";
      end = src.indexOf("$$", pos + 2);
      while (end !== -1 && src.charCodeAt(end - 1) === 0x5c) end = src.indexOf("$$", end + 1);
    } else {
      open = close = "$";
      const next = src.charCodeAt(pos + 1);
      if (pos + 1 >= posMax || isSpace(next)) return false;
      // An opening `$` right after a digit ("5$") is a price or a unit, not math.
      if (pos > 0 && isDigit(src.charCodeAt(pos - 1))) return false;
      end = closingDollar(src, pos + 1, posMax);
    }
  } else if (first === 0x5c) {
    const found = BACKSLASH_DELIMITERS.find(([opening]) => src.startsWith(opening, pos));
    if (found === undefined) return false;
    [open, close, display] = found;
    end = src.indexOf(close, pos + open.length);
  } else {
    return false;
  }
  if (end === -1 || end + close.length > posMax || end === pos + open.length) return false;
  if (!silent) {
    const token = state.push("math_inline", "math", 0);
    token.content = src.slice(pos + open.length, end).trim();
    token.markup = open;
    token.info = close;
    if (display) token.meta = { display: true };
  }
  state.pos = end + close.length;
  return true;
}

/** Gives each formula in a paragraph its line (inline tokens have none), for the warning about bad TeX. */
function mathLines(state: StateCore): void {
  if (!state.src.includes("$") && !state.src.includes("\\")) return;
  for (const token of state.tokens) {
    if (token.type !== "inline" || token.map === null || token.children === null) continue;
    let line = token.map[0];
    for (const child of token.children) {
      if (child.type === "softbreak" || child.type === "hardbreak") line += 1;
      else if (child.type === "math_inline") child.map = [line, line + 1];
    }
  }
}

export function mathInlinePlugin(markdown: MarkdownIt): void {
  // Before `escape`: `\(` and `\\(` would otherwise lose their backslashes before this rule saw them.
  markdown.inline.ruler.before("escape", "math_inline", mathInline);
  markdown.core.ruler.after("inline", "math_lines", mathLines);
}
