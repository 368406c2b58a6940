// markdown-it core rule: kramdown's block attribute lists (`{: .class}` on the line after or before a block) and definitions.
import type { MarkdownIt, StateCore, Token } from "markdown-it";
import { applyAttributes, parseAttributeList, type AttributeEnvironment, type ParsedList } from "./attribute-list.ts";

/** A line that is nothing but one attribute list. */
function wholeLineList(line: string, env: AttributeEnvironment): ParsedList | undefined {
  const trimmed = line.trim();
  if (!trimmed.startsWith("{")) return undefined;
  const list = parseAttributeList(trimmed, env);
  return list && list.length === trimmed.length ? list : undefined;
}

/** The attribute list or definition a line holds and nothing else (for text read without these rules). */
export function attributeListLine(line: string): ParsedList | undefined {
  return wholeLineList(line, {});
}

/** The index of the token that closes the block opened at `open` (itself, for a block of one token). */
function closeOf(tokens: readonly Token[], open: number): number {
  if (tokens[open]!.nesting !== 1) return open;
  const level = tokens[open]!.level;
  let index = open + 1;
  while (index < tokens.length && !(tokens[index]!.nesting === -1 && tokens[index]!.level === level)) index += 1;
  return index;
}

/** The opening token of the block that ends at `close`. */
function openOf(tokens: readonly Token[], close: number): number {
  if (tokens[close]!.nesting !== -1) return close;
  const level = tokens[close]!.level;
  let index = close - 1;
  while (index > 0 && !(tokens[index]!.nesting === 1 && tokens[index]!.level === level)) index -= 1;
  return index;
}

/** Whether a source line is written at the margin: not indented, not quoted (a lazy continuation line). */
function atMargin(state: StateCore, line: number): boolean {
  let start = 0;
  for (let current = 0; current < line; current += 1) {
    start = state.src.indexOf("\n", start) + 1;
    if (start === 0) return false;
  }
  return !/^[ \t>]/.test(state.src.slice(start, start + 1));
}

/**
 * Applies each block list to its block and removes it from the text: a paragraph's first or last line,
 * a paragraph of its own right after (or else right before) a block, a table's last row, a heading's end.
 * A last line written at the margin after a list or quote belongs to the whole list or quote, as in
 * kramdown (`* TOC\n{:toc}`). Definitions apply to nothing; a list that fits no block is dropped.
 */
function blockAttributes(state: StateCore): void {
  const env = state.env as AttributeEnvironment;
  const tokens = state.tokens;
  if (!state.src.includes("{")) return;
  defineFirst(tokens, env);
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index]!;
    if (token.type === "heading_open") headingEnd(tokens[index + 1]!, token, env);
    if (token.type === "table_close") index -= lastTableRow(tokens, index, env);
    if (token.type !== "paragraph_open" || tokens[index + 1]?.type !== "inline") continue;
    const inline = tokens[index + 1]!;
    const lines = inline.content.split("\n");
    const first = wholeLineList(lines[0]!, env);
    if (first !== undefined && lines.length === 1) {
      const close = index + 2;
      const target = adjacentBlock(tokens, index, close);
      if (target !== undefined) applyList(tokens, target, first);
      tokens.splice(index, 3);
      index -= 1;
      continue;
    }
    if (first !== undefined) {
      applyList(tokens, index, first);
      lines.shift();
      if (inline.map) inline.map = [inline.map[0] + 1, inline.map[1]];
    }
    const last = lines.length > 1 ? wholeLineList(lines.at(-1)!, env) : undefined;
    if (last !== undefined) {
      lines.pop();
      const outer = outerContainer(tokens, index);
      const lastLine = (inline.map?.[1] ?? 1) - 1;
      applyList(tokens, outer !== undefined && atMargin(state, lastLine) ? outer : index, last);
    }
    inline.content = lines.join("\n");
  }
}

/** Reads every definition first: kramdown lets a list name one defined further down. */
function defineFirst(tokens: Token[], env: AttributeEnvironment): void {
  for (let index = 0; index < tokens.length; index += 1) {
    const inline = tokens[index + 1];
    if (tokens[index]!.type !== "paragraph_open" || inline?.type !== "inline" || !inline.content.startsWith("{:"))
      continue;
    const lines = inline.content.split("\n");
    const lists = lines.map((line) => wholeLineList(line, env));
    if (lists.every((list) => list?.defines !== undefined)) {
      tokens.splice(index, 3);
      index -= 1;
    }
  }
}

/**
 * The block a list standing on its own line applies to: the one right above it (no blank line between),
 * else the one right below. Undefined when blank lines part it from both.
 */
function adjacentBlock(tokens: readonly Token[], open: number, close: number): number | undefined {
  const line = tokens[open]!.map?.[0];
  const level = tokens[open]!.level;
  const before = tokens[open - 1];
  if (before !== undefined && before.level === level) {
    const previous = openOf(tokens, open - 1);
    if (tokens[previous]!.map?.[1] === line) return previous;
  }
  const next = tokens[close + 1];
  if (next !== undefined && next.level === level && next.nesting !== -1 && next.map?.[0] === tokens[open]!.map?.[1]) {
    return close + 1;
  }
  return undefined;
}

/** The list or quote at the outermost level that holds the paragraph at `index`, if the paragraph is in one. */
function outerContainer(tokens: readonly Token[], index: number): number | undefined {
  if (tokens[index]!.level === 0) return undefined;
  let open = index;
  while (open > 0 && !(tokens[open]!.level === 0 && tokens[open]!.nesting === 1)) open -= 1;
  // Only when the paragraph ends the container: its last line is the container's last.
  const close = closeOf(tokens, open);
  const paragraphEnd = tokens[index]!.map?.[1];
  const containerEnd = tokens[open]!.map?.[1];
  const trailing = tokens.slice(index + 3, close).every((token) => token.nesting === -1);
  return trailing && paragraphEnd !== undefined && paragraphEnd <= (containerEnd ?? 0) ? open : undefined;
}

/** `## Title {#id}`, `## Title {: .class}`: the heading's own list, at the end of its text. */
function headingEnd(inline: Token, heading: Token, env: AttributeEnvironment): void {
  const start = inline.content.lastIndexOf("{");
  if (start <= 0) return;
  const list = wholeLineList(inline.content.slice(start), env);
  if (list === undefined) return;
  applyAttributes(heading, list.attributes);
  inline.content = inline.content.slice(0, start).trimEnd();
}

/**
 * A table's last row holding only an attribute list in its first cell (markdown-it reads the line as a
 * row): applied to the table, the row removed. Returns how many tokens were removed.
 */
function lastTableRow(tokens: Token[], close: number, env: AttributeEnvironment): number {
  const rowClose = close - 2;
  if (tokens[close - 1]?.type !== "tbody_close" || tokens[rowClose]?.type !== "tr_close") return 0;
  const rowOpen = openOf(tokens, rowClose);
  const cells = tokens.slice(rowOpen, rowClose).filter((token) => token.type === "inline");
  const list = cells[0] && wholeLineList(cells[0].content, env);
  if (list === undefined || cells.slice(1).some((cell) => cell.content.trim() !== "")) return 0;
  applyAttributes(tokens[openOf(tokens, close)]!, list.attributes);
  tokens.splice(rowOpen, rowClose - rowOpen + 1);
  return rowClose - rowOpen + 1;
}

/** Applies a list to the block opened at `open`; kramdown's `{:toc}` marks a list to be replaced by the contents. */
function applyList(tokens: readonly Token[], open: number, list: ParsedList): void {
  const token = tokens[open]!;
  applyAttributes(token, list.attributes);
  if (list.references.includes("toc") && (token.type === "bullet_list_open" || token.type === "ordered_list_open")) {
    token.meta = { ...token.meta, kramdownToc: true };
  }
}

export function blockAttributesPlugin(markdown: MarkdownIt): void {
  markdown.core.ruler.after("block", "kramdown_block_attributes", blockAttributes);
}
