// kramdown's attribute lists (`{:target="_blank"}`, `{: .lead}`), which Jekyll reads and markdown-it shows as text.
import type { Markdown } from "../posts/markdown.ts";
import type { ConversionProblem } from "./convert-liquid.ts";

const ATTRIBUTE_LIST = /\{:[^}\n]*\}/g;

/**
 * Found in the text the reader would see, never in code, where `{:ok, state}` is Elixir. Lines are the
 * converted body's, which are the file's wherever a conversion kept the line count (it nearly always does).
 */
export function kramdownAttributeLists(markdown: Markdown, body: string, firstLine: number): ConversionProblem[] {
  const lines = body.split("\n");
  const problems: ConversionProblem[] = [];
  for (const token of markdown.parse(body, {})) {
    if (token.type !== "inline" || !token.map) continue;
    const [start, end] = token.map;
    for (const child of token.children ?? []) {
      if (child.type !== "text") continue;
      for (const [list] of child.content.matchAll(ATTRIBUTE_LIST)) {
        const offset = lines.slice(start, end).findIndex((line) => line.includes(list));
        problems.push({
          line: firstLine + start + Math.max(0, offset),
          message: `${list} was not converted: kramdown attribute lists are not read by this site's Markdown reader. Remove it, or write the element as HTML; it shows as written until then.`,
        });
      }
    }
  }
  return problems;
}
