// markdown-it block rule: display math, `$$ … $$` as kramdown reads it, and MathJax's `\[ … \]` (or `\\[ … \\]`), kept verbatim.
import type { MarkdownIt, StateBlock } from "markdown-it";

/** Opening and closing delimiters, longest first. `\\[` is what kramdown authors type to get MathJax's `\[`. */
const DELIMITERS: ReadonlyArray<[open: string, close: string]> = [
  ["$$", "$$"],
  ["\\\\[", "\\\\]"],
  ["\\[", "\\]"],
];

/**
 * A block that starts with a delimiter and ends with its closing one at the end of a line, as kramdown
 * wants (`$$` inside a paragraph is inline math there). The TeX is kept as written: no emphasis, no
 * escapes, no smart quotes.
 */
function mathBlock(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if (state.sCount[startLine]! - state.blkIndent >= 4) return false;
  const start = state.bMarks[startLine]! + state.tShift[startLine]!;
  const first = state.src.charCodeAt(start);
  if (first !== 0x24 && first !== 0x5c) return false;
  const lineText = state.src.slice(start, state.eMarks[startLine]);
  const delimiter = DELIMITERS.find(([open]) => lineText.startsWith(open));
  if (delimiter === undefined) return false;
  const [open, close] = delimiter;
  let content = "";
  let line = startLine;
  let text = lineText.slice(open.length);
  // `$$a$$ and more` is a paragraph with inline math in it.
  const closeOnFirst = text.indexOf(close);
  if (closeOnFirst !== -1 && closeOnFirst + close.length < text.trimEnd().length) return false;
  // The closing delimiter must end a line; a blank line ends the search, as it would end a paragraph.
  for (;;) {
    const trimmed = text.trimEnd();
    if (trimmed.endsWith(close) && !(line === startLine && trimmed.length < close.length)) {
      content += trimmed.slice(0, trimmed.length - close.length);
      break;
    }
    content += `${text}\n`;
    line += 1;
    if (line >= endLine || state.isEmpty(line)) return false;
    text = state.src.slice(state.bMarks[line]! + state.tShift[line]!, state.eMarks[line]);
  }
  if (content.trim() === "") return false;
  if (silent) return true;
  const token = state.push("math_block", "math", 0);
  token.block = true;
  token.content = content.trim();
  token.markup = open;
  token.info = close;
  token.map = [startLine, line + 1];
  state.line = line + 1;
  return true;
}

export function mathBlockPlugin(markdown: MarkdownIt): void {
  // Before paragraphs and code: `$$` lines would otherwise be text, and TeX's `\\` a line break.
  markdown.block.ruler.before("fence", "math_block", mathBlock, { alt: ["reference", "blockquote", "list"] });
}
