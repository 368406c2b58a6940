// The site's one Markdown reader: posts, excerpts and Eleventy (through setLibrary) all use it.
import MarkdownIt from "markdown-it";
import type Token from "markdown-it/lib/token.mjs";
import markdownAnchor from "markdown-it-anchor";
import { markdownImages } from "../images/markdown-images.ts";
import { highlightCode } from "./highlight.ts";
import { slug } from "./slug.ts";

/** The separator Jekyll and Eleventy authors put after a post's teaser. */
export const EXCERPT_SEPARATOR = "<!--more-->";

/** The configured markdown-it instance's type. */
export type Markdown = ReturnType<typeof createMarkdown>;

export function createMarkdown() {
  return (
    new MarkdownIt({
      // Authors write HTML in posts (figures, embeds) as Markdown allows; posts are the author's own
      // files. What is escaped is front matter, which layouts show outside the body.
      html: true,
      // Bare URLs in text become links, as on GitHub and in Jekyll's kramdown with autolinks.
      linkify: true,
      // Keep the author's quotes and dashes as typed: no "smart" rewriting of code-like text.
      typographer: false,
      // Fenced code is coloured here, at build time: no highlighter runs in the reader's browser.
      highlight: highlightCode,
    })
      // Headings get ids (for the table of contents and shared links) and become links to themselves.
      // Levels 2–4 only: the page's one h1 is the post's title.
      .use(markdownAnchor, {
        level: [2, 3, 4],
        slugify: slug,
        permalink: markdownAnchor.permalink.headerLink({ safariReaderFix: true }),
      })
      // Local images become responsive <picture>s, or are left out when their file is missing.
      .use(markdownImages)
  );
}

/**
 * Plain text of the first paragraph, or of everything before the separator (`<!--more-->`, or the site's
 * or post's Jekyll `excerpt_separator`) when the post has one; an empty separator never matches.
 * Only the block structure of the body is parsed, then only the paragraphs the excerpt keeps are
 * parsed inline: inline parsing (emphasis, links, linkify) is most of markdown-it's time, and a full
 * parse of every body cost a tenth of a 4,000-post build. The text is the same as a full parse gives.
 */
export function plainExcerpt(markdown: Markdown, body: string, marker = EXCERPT_SEPARATOR): string {
  const separator = marker === "" ? -1 : body.indexOf(marker);
  const source = separator === -1 ? body : body.slice(0, separator);
  const paragraphs: string[] = [];
  // Link reference definitions found anywhere in the body, for the inline parse of the paragraph.
  const env: Record<string, unknown> = {};
  const tokens = blockTokens(markdown, source, env);
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index]!;
    if (token.type !== "paragraph_open") continue;
    const inline = tokens[index + 1];
    const text = inline?.type === "inline" ? inlineText(markdown.parseInline(inline.content, env)[0]?.children ?? []) : "";
    if (text !== "") paragraphs.push(text);
    if (separator === -1 && paragraphs.length > 0) break;
  }
  return paragraphs.join(" ").replace(/\s+/g, " ").trim();
}

/** The block tokens of a Markdown text, after the same normalisation markdown-it's own `parse` does first. */
function blockTokens(markdown: Markdown, source: string, env: Record<string, unknown>): Token[] {
  const tokens: Token[] = [];
  markdown.block.parse(source.replace(/\r\n?/g, "\n").replace(/\0/g, "\uFFFD"), markdown, env, tokens);
  return tokens;
}

/** The readable text of an inline token stream: text and code, with HTML tags left out. */
function inlineText(children: ReadonlyArray<{ type: string; content: string }>): string {
  return children
    .map((child) => {
      if (child.type === "text" || child.type === "code_inline") return child.content;
      if (child.type === "softbreak" || child.type === "hardbreak") return " ";
      return "";
    })
    .join("");
}
