// markdown-it rules: kramdown's extensions, `{::comment}…{:/comment}` and `{::options … /}` dropped, `{::nomarkdown}…{:/nomarkdown}` kept as raw HTML.
import type { MarkdownIt, StateBlock, StateInline } from "markdown-it";

/** `{::name attrs /}` (closes itself) or `{::name attrs}` (content follows, up to `{:/name}` or `{:/}`). */
const START = /^\{::(comment|nomarkdown|options)\b((?:[^}"']|"[^"]*"|'[^']*')*?)(\/?)\}/;

/** Where an extension's content ends: the index of its closing tag in `text` and the tag's length. */
function findEnd(text: string, name: string, from: number): { at: number; length: number } | undefined {
  const end = new RegExp(`\\{:/(?:${name})?\\}`, "g");
  end.lastIndex = from;
  const match = end.exec(text);
  return match === null ? undefined : { at: match.index, length: match[0].length };
}

/** An extension that starts a block, maybe over many lines and blank ones. */
function extensionBlock(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  const start = state.bMarks[startLine]! + state.tShift[startLine]!;
  if (state.sCount[startLine]! - state.blkIndent >= 4 || state.src.charCodeAt(start) !== 0x7b) return false;
  const rest = state.src.slice(start, state.eMarks[endLine - 1]);
  const match = START.exec(rest);
  if (match === null) return false;
  const [opening, name] = match;
  let contentEnd = opening.length;
  let after = opening.length;
  if (match[3] !== "/") {
    const end = findEnd(rest, name!, opening.length);
    if (end === undefined) return false;
    contentEnd = end.at;
    after = end.at + end.length;
  }
  // The block is whole lines: what follows the closing tag on its line must be blank.
  const endOffset = start + after;
  let line = startLine;
  while (line < endLine && state.eMarks[line]! < endOffset) line += 1;
  if (state.src.slice(endOffset, state.eMarks[line]).trim() !== "") return false;
  if (silent) return true;
  if (name === "nomarkdown") {
    const token = state.push("html_block", "", 0);
    token.content = `${rest.slice(opening.length, contentEnd).replace(/^\n/, "")}\n`;
    token.map = [startLine, line + 1];
  }
  state.line = line + 1;
  return true;
}

/** The same inside a paragraph: `text {::comment}note{:/comment} more`. */
function extensionInline(state: StateInline, silent: boolean): boolean {
  if (state.src.charCodeAt(state.pos) !== 0x7b || state.src.charCodeAt(state.pos + 1) !== 0x3a) return false;
  const rest = state.src.slice(state.pos, state.posMax);
  const match = START.exec(rest);
  if (match === null) return false;
  const [opening, name] = match;
  let after = opening.length;
  let content = "";
  if (match[3] !== "/") {
    const end = findEnd(rest, name!, opening.length);
    if (end === undefined) return false;
    content = rest.slice(opening.length, end.at);
    after = end.at + end.length;
  }
  if (!silent && name === "nomarkdown") state.push("html_inline", "", 0).content = content;
  state.pos += after;
  return true;
}

export function kramdownExtensionsPlugin(markdown: MarkdownIt): void {
  markdown.block.ruler.before("paragraph", "kramdown_extension", extensionBlock, {
    alt: ["paragraph", "reference", "blockquote", "list"],
  });
  markdown.inline.ruler.before("text", "kramdown_extension", extensionInline);
}
