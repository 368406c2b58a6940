// What a post's parsed body holds besides its HTML: the headings for a table of contents, and its length.
import { isListedHeading } from "../markdown/table-of-contents.ts";
import type { Markdown } from "./markdown.ts";
import { measureText } from "./reading-time.ts";
import type { TextLength } from "./reading-time.ts";

type Token = ReturnType<Markdown["parse"]>[number];

/** A heading with the id it was given (src/markdown/heading-ids.ts, or the author's `{#id}`). */
export interface Heading {
  /** 2 for `##`, 3 for `###`. */
  readonly level: number;
  readonly id: string;
  /** Plain text: what the table of contents shows. */
  readonly text: string;
}

export interface BodyOutline {
  /** Level 2 and 3 headings, in order: a contents list deeper than that stops helping. */
  readonly headings: readonly Heading[];
  readonly length: TextLength;
  /** Whether the body has math: its page then links KaTeX's stylesheet. */
  readonly hasMath: boolean;
}

const TOC_LEVELS = new Set([2, 3]);

/** Reads the outline from a parsed body's tokens (one parse serves both the outline and the HTML). */
export function outlineOf(tokens: readonly Token[]): BodyOutline {
  const headings: Heading[] = [];
  let words = 0;
  let cjkCharacters = 0;
  let hasMath = false;
  const add = (text: string) => {
    const length = measureText(text);
    words += length.words;
    cjkCharacters += length.cjkCharacters;
  };
  tokens.forEach((token, index) => {
    if (token.type === "inline") {
      add(inlineText(token.children ?? []));
      hasMath ||= token.children?.some((child) => child.type === "math_inline") ?? false;
    }
    if (token.type === "fence" || token.type === "code_block" || token.type === "math_block") add(token.content);
    if (token.type === "math_block") hasMath = true;
    if (token.type !== "heading_open") return;
    const level = Number(token.tag.slice(1));
    const id = token.attrGet("id")?.toString();
    const inline = tokens[index + 1];
    // `{:.no_toc}` keeps a heading out of this list too, not only out of kramdown's `{:toc}`.
    if (TOC_LEVELS.has(level) && id !== undefined && inline?.type === "inline" && isListedHeading(token)) {
      headings.push({ level, id, text: inlineText(inline.children ?? []).trim() });
    }
  });
  return { headings, length: { words, cjkCharacters }, hasMath };
}

/** The readable text of an inline token stream: text, code and image descriptions; HTML tags left out. */
function inlineText(children: readonly Token[]): string {
  return children
    .map((child) => {
      if (child.type === "text" || child.type === "code_inline" || child.type === "image") return child.content;
      if (child.type === "softbreak" || child.type === "hardbreak") return " ";
      return "";
    })
    .join("");
}
