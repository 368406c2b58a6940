// Every link and image in a post's body, with its line, found with the site's own Markdown reader.
import type { Markdown } from "../posts/markdown.ts";
import type { Post } from "../posts/post.ts";

type Token = ReturnType<Markdown["parse"]>[number];

export interface PostLink {
  /** As the Markdown reader sees it (markdown-it percent-encodes what needs it). */
  readonly href: string;
  /** An image is a file the page loads; a link is a page or a file the reader may follow. */
  readonly kind: "link" | "image";
  /** 1-based line in the post's file. */
  readonly line: number;
}

/** `<a href>` and `<img src>` written as HTML inside a post. */
const HTML_REFERENCE = /<(a|img)\b[^>]*?\s(href|src)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;

export function postLinks(post: Post, markdown: Markdown): PostLink[] {
  const lines = post.body.split("\n");
  const links: PostLink[] = [];
  for (const token of markdown.parse(post.body, {})) {
    if (!token.map) continue;
    const [start, end] = token.map;
    const finder = lineFinder(lines, start, end, post.bodyLine);
    if (token.type === "html_block") links.push(...htmlLinks(token.content, finder));
    for (const child of token.children ?? []) {
      if (child.type === "link_open") pushAttribute(links, child, "href", "link", finder);
      else if (child.type === "image") pushAttribute(links, child, "src", "image", finder);
      else if (child.type === "html_inline") links.push(...htmlLinks(child.content, finder));
    }
  }
  return links;
}

function pushAttribute(
  links: PostLink[],
  token: Token,
  name: string,
  kind: PostLink["kind"],
  finder: (text: string) => number,
): void {
  const value = token.attrGet(name);
  // linkify's bare URLs are external by definition; they have no markup to point to a line.
  if (value === null || token.markup === "linkify") return;
  const href = String(value);
  links.push({ href, kind, line: finder(href) });
}

function htmlLinks(html: string, finder: (text: string) => number): PostLink[] {
  return [...html.matchAll(HTML_REFERENCE)].map((match) => {
    const href = match[3] ?? match[4] ?? match[5] ?? "";
    return { href, kind: match[1]!.toLowerCase() === "img" ? "image" : "link", line: finder(href) };
  });
}

/**
 * Inline tokens carry no line of their own, only their block's. Each reference is looked for in the
 * block's lines, from where the previous one was found, so repeated links get their own lines.
 */
function lineFinder(lines: readonly string[], start: number, end: number, bodyLine: number) {
  let cursor = start;
  return (text: string): number => {
    const candidates = [text, safeDecode(text)];
    for (let index = cursor; index < end; index += 1) {
      if (candidates.some((candidate) => lines[index]!.includes(candidate))) {
        cursor = index;
        return bodyLine + index;
      }
    }
    return bodyLine + cursor;
  };
}

export function safeDecode(text: string): string {
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
}
