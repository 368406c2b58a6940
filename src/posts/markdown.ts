// The site's one Markdown reader: posts, excerpts and Eleventy (through setLibrary) all use it.
import MarkdownIt from "markdown-it";
import markdownAbbr from "markdown-it-abbr";
import markdownDeflist from "markdown-it-deflist";
import markdownFootnote from "markdown-it-footnote";
import type Token from "markdown-it/lib/token.mjs";
import markdownAnchor from "markdown-it-anchor";
import { sanitizePlugin } from "../markdown/sanitize.ts";
import { attributeListLine, blockAttributesPlugin } from "../markdown/block-attributes.ts";
import { codeAttributesPlugin } from "../markdown/code-attributes.ts";
import { footnoteNamesPlugin } from "../markdown/footnote-names.ts";
import { headingIdsPlugin } from "../markdown/heading-ids.ts";
import { htmlMarkdownPlugin } from "../markdown/html-markdown.ts";
import { markdownImages } from "../markdown/images.ts";
import { kramdownExtensionsPlugin } from "../markdown/kramdown-extensions.ts";
import { mathBlockPlugin } from "../markdown/math-block.ts";
import { mathInlinePlugin } from "../markdown/math-inline.ts";
import { mathRenderPlugin } from "../markdown/math-render.ts";
import { spanAttributesPlugin } from "../markdown/span-attributes.ts";
import { tableOfContentsPlugin } from "../markdown/table-of-contents.ts";
import { typographyPlugin } from "../markdown/typography.ts";
import { urlCheckPlugin } from "../markdown/url-check.ts";
import { highlightCode } from "./highlight.ts";
import { slug } from "./slug.ts";

/** The separator Jekyll and Eleventy authors put after a post's teaser. */
export const EXCERPT_SEPARATOR = "<!--more-->";

/** The configured markdown-it instance's type. */
export type Markdown = ReturnType<typeof createMarkdown>;

/** The site settings the reader depends on. */
export interface MarkdownOptions {
  /** Curly quotes and kramdown's dashes, ellipsis and guillemets in text (the site's `smartQuotes`). */
  smartQuotes?: boolean;
  /** Scripts, event handlers and script URLs stripped from bodies (the site's `sanitize`). */
  sanitize?: boolean;
}

/** The reader's options from the site's settings: every place that makes a reader (build, check, helper thread) uses this. */
export function markdownOptions(site: { smartQuotes: boolean; sanitize: boolean }): MarkdownOptions {
  return { smartQuotes: site.smartQuotes, sanitize: site.sanitize };
}

/**
 * Markdown as Jekyll's kramdown reads it, so posts written for Jekyll look the same here. Each plugin
 * adds rules to the one parse (none parses a body again); the order of `use` is the order their core
 * rules run in where they share a position.
 */
export function createMarkdown(options: MarkdownOptions = {}) {
  const markdown = new MarkdownIt({
    // Authors write HTML in posts (figures, embeds) as Markdown allows; posts are the author's own
    // files. What is escaped is front matter, which layouts show outside the body.
    html: true,
    // Bare URLs in text become links, as on GitHub and in Jekyll's kramdown with autolinks.
    linkify: true,
    // kramdown's default: ‘’ “” in text (never in code, math or HTML); dashes and the rest come from
    // typography.ts, kramdown's set rather than markdown-it's (which adds © and ±).
    typographer: options.smartQuotes ?? true,
    // Fenced code is coloured here, at build time: no highlighter runs in the reader's browser.
    highlight: highlightCode,
  })
    // Footnotes, `[^1]` and `[^1]: text`: markdown-it's own plugin, kramdown's syntax and markup.
    .use(markdownFootnote)
    .use(footnoteNamesPlugin)
    // Definition lists, `term` then `: definition`: markdown-it's own plugin, the syntax kramdown shares with PHP Markdown Extra.
    .use(markdownDeflist)
    // Abbreviations, `*[HTML]: Hyper Text Markup Language`: markdown-it's own plugin, kramdown's syntax.
    .use(markdownAbbr)
    // TeX in `$$…$$`, `$…$`, `\(…\)`, `\[…\]` kept verbatim and typeset at build time with KaTeX.
    .use(mathBlockPlugin)
    .use(mathInlinePlugin)
    .use(mathRenderPlugin)
    // `{::comment}`, `{::options /}` dropped, `{::nomarkdown}` kept as raw HTML.
    .use(kramdownExtensionsPlugin)
    // `<div markdown="1">`: Markdown inside an HTML block.
    .use(htmlMarkdownPlugin)
    // kramdown's attribute lists: our own rules, since markdown-it-attrs reads neither `{: …}` after
    // a list, quote, table or code block nor definitions, and cannot refuse `on*` handlers or script URLs.
    .use(blockAttributesPlugin)
    .use(spanAttributesPlugin)
    .use(codeAttributesPlugin)
    // Typographic symbols as kramdown sets them (markdown-it's `replacements` rule, replaced).
    .use(typographyPlugin)
    // Addresses no browser can read are reported and left out.
    .use(urlCheckPlugin)
    // Heading ids as Jekyll gives them, then `{:toc}` lists that link to them.
    .use(headingIdsPlugin)
    .use(tableOfContentsPlugin)
    // Headings become links to themselves. Levels 2–4 only: the page's one h1 is the post's title.
    // They keep the ids given above; an author's repeated `{#id}` is numbered, never a failed build.
    .use(markdownAnchor, {
      level: [2, 3, 4],
      slugify: slug,
      failOnNonUnique: false,
      permalink: markdownAnchor.permalink.headerLink({ safariReaderFix: true }),
    })
    // Local images become responsive <picture>s, or are left out when their file is missing.
    .use(markdownImages);
  // Last, so that it cleans what every rule above wrote: posts from people the blog does not trust.
  if (options.sanitize === true) markdown.use(sanitizePlugin);
  return markdown;
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
    // The block rules that remove attribute lists (`{: .lead}`) run after this parse: leave them out here.
    const content = inline?.type === "inline" ? withoutAttributeLists(inline.content) : "";
    const text = content === "" ? "" : inlineText(markdown.parseInline(content, env)[0]?.children ?? []);
    if (text !== "") paragraphs.push(text);
    if (separator === -1 && paragraphs.length > 0) break;
  }
  return paragraphs.join(" ").replace(/\s+/g, " ").trim();
}

/** A paragraph's text without attribute-list lines; none at all for kramdown's `* TOC\n{:toc}`, which is no text. */
function withoutAttributeLists(content: string): string {
  if (!content.includes("{")) return content;
  const kept: string[] = [];
  for (const line of content.split("\n")) {
    const list = attributeListLine(line);
    if (list?.references.includes("toc")) return "";
    if (list === undefined) kept.push(line);
  }
  return kept.join("\n");
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
