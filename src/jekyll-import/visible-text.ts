// The text of a post a reader sees, block by block, as the site's Markdown reader splits it: never code spans or code blocks.
import { safeDecode } from "../check/post-links.ts";
import type { Markdown } from "../posts/markdown.ts";

export interface Found<T> {
  /** 1-based line in the file. */
  readonly line: number;
  /** What was found, as written. */
  readonly source: string;
  readonly value: T;
}

/**
 * Runs `find` on each piece of visible text: paragraphs' text, inline and block HTML, and link and
 * image addresses (where `{{ site.baseurl }}` hides). Lines are looked up in the block's own lines, so
 * they are the file's wherever the body is the file's.
 */
export function findInVisibleText<T>(
  markdown: Markdown,
  body: string,
  firstLine: number,
  find: (text: string) => Array<{ source: string; value: T }>,
): Array<Found<T>> {
  const lines = body.split("\n");
  const found: Array<Found<T>> = [];
  const collect = (text: string, start: number, end: number) => {
    for (const { source, value } of find(text)) {
      const firstSourceLine = source.split("\n")[0]!;
      const offset = lines.slice(start, end).findIndex((line) => line.includes(firstSourceLine));
      found.push({ line: firstLine + start + Math.max(0, offset), source, value });
    }
  };
  for (const token of markdown.parse(body, {})) {
    if (!token.map) continue;
    const [start, end] = token.map;
    if (token.type === "html_block") collect(token.content, start, end);
    if (token.type !== "inline") continue;
    // Adjacent text pieces are one run, so a tag split by emphasis markers' rules is still seen whole.
    let run = "";
    for (const child of token.children ?? []) {
      if (child.type === "text" || child.type === "html_inline") {
        run += child.content;
        continue;
      }
      if (child.type === "link_open" || child.type === "image") {
        const address = child.attrGet(child.type === "image" ? "src" : "href");
        if (address !== null) collect(safeDecode(String(address)), start, end);
      }
      run += child.type === "softbreak" || child.type === "hardbreak" ? "\n" : "";
      if (child.type === "code_inline") {
        collect(run, start, end);
        run = "";
      }
    }
    collect(run, start, end);
  }
  return found;
}
