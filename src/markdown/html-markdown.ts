// markdown-it block rule: an HTML block with `markdown="1"` (or "block", "span") has its content read as Markdown, as kramdown's parse_block_html does.
import type { MarkdownIt, StateBlock } from "markdown-it";

/** An opening tag at the start of a line that carries a `markdown` attribute, and what follows it on that line. */
const OPENING = /^<([a-z][a-z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*?)\s*>/i;
const MARKDOWN_ATTRIBUTE = /\s+markdown\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/i;
/** Elements whose content kramdown reads as text only (span level), whatever the attribute says. */
const SPAN_ELEMENTS = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "th", "td", "span", "a", "em", "strong"]);

function htmlMarkdown(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  const start = state.bMarks[startLine]! + state.tShift[startLine]!;
  if (state.sCount[startLine]! - state.blkIndent >= 4 || state.src.charCodeAt(start) !== 0x3c) return false;
  const firstLine = state.src.slice(start, state.eMarks[startLine]);
  const opening = OPENING.exec(firstLine);
  const attribute = opening && MARKDOWN_ATTRIBUTE.exec(opening[2]!);
  if (!opening || !attribute) return false;
  const mode = (attribute[1] ?? attribute[2] ?? attribute[3] ?? "").toLowerCase();
  if (mode === "0") return false; // markdown="0": plain HTML, which html_block handles
  const tag = opening[1]!.toLowerCase();
  const closing = `</${tag}>`;
  // Find the matching closing tag, counting same-named elements opened inside.
  const openPattern = new RegExp(`<${tag}[\\s>]`, "gi");
  const region = state.src.slice(start + opening[0].length);
  let depth = 1;
  let at = -1;
  const closePattern = new RegExp(`</${tag}\\s*>`, "gi");
  let searchFrom = 0;
  while (depth > 0) {
    closePattern.lastIndex = searchFrom;
    const close = closePattern.exec(region);
    if (close === null) return false;
    openPattern.lastIndex = searchFrom;
    const nested = openPattern.exec(region);
    if (nested !== null && nested.index < close.index) {
      depth += 1;
      searchFrom = nested.index + nested[0].length;
    } else {
      depth -= 1;
      searchFrom = close.index + close[0].length;
      at = close.index;
    }
  }
  if (silent) return true;
  const openingTag = `<${opening[1]}${opening[2]!.replace(MARKDOWN_ATTRIBUTE, "")}>`;
  const contentStart = start + opening[0].length;
  const contentEnd = contentStart + at;
  const closeEnd = contentEnd + closing.length;
  let closeLine = startLine;
  while (closeLine < endLine - 1 && state.eMarks[closeLine]! < closeEnd) closeLine += 1;

  // Blocks need the tags on lines of their own; anything else is read as one run of text.
  const tagsAlone =
    firstLine.slice(opening[0].length).trim() === "" &&
    state.src.slice(state.bMarks[closeLine]!, contentEnd).trim() === "" &&
    closeLine > startLine;
  const spanOnly = !tagsAlone || mode === "span" || (mode !== "block" && SPAN_ELEMENTS.has(tag));
  const open = state.push("html_block", "", 0);
  open.content = openingTag + (spanOnly ? "" : "\n");
  open.map = [startLine, closeLine + 1];
  const inner = state.src.slice(contentStart, contentEnd);
  if (spanOnly) {
    const inline = state.push("inline", "", 0);
    inline.content = inner.trim();
    inline.map = [startLine, closeLine + 1];
    inline.children = [];
  } else {
    // The lines strictly between the tags are read as blocks, as a container's content is.
    const oldParent = state.parentType;
    const oldLineMax = state.lineMax;
    state.parentType = "reference" as typeof state.parentType;
    state.lineMax = closeLine;
    state.md.block.tokenize(state, startLine + 1, closeLine);
    state.parentType = oldParent;
    state.lineMax = oldLineMax;
  }
  const close = state.push("html_block", "", 0);
  close.content = `${closing}\n`;
  state.line = closeLine + 1;
  return true;
}

export function htmlMarkdownPlugin(markdown: MarkdownIt): void {
  markdown.block.ruler.before("html_block", "html_markdown", htmlMarkdown, {
    alt: ["paragraph", "reference", "blockquote"],
  });
}
