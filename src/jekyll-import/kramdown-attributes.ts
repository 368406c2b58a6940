// kramdown's syntax that the site's Markdown reader leaves as text (`{:target="_blank"}`, `{::nomarkdown}`, `[^1]`), found where readers see it.
import type { Markdown } from "../posts/markdown.ts";
import type { ConversionProblem } from "./convert-liquid.ts";
import { findInVisibleText, type Found } from "./visible-text.ts";

/** Attribute lists `{: .lead}`, `{:toc}`, definitions `{:ref: .x}`, extensions `{::nomarkdown}` and their end `{:/}`. */
const ATTRIBUTE_LIST = /\{:[^}\n]*\}/g;
/** Footnote references and definitions: `[^1]`, `[^note]:`. */
const FOOTNOTE = /\[\^[^\]\s]+\]:?/g;

export type KramdownKind = "attribute list" | "extension" | "footnote";

function kindOf(source: string): KramdownKind {
  if (source.startsWith("[^")) return "footnote";
  return source.startsWith("{::") || source.startsWith("{:/") ? "extension" : "attribute list";
}

/**
 * Whatever of kramdown the reader leaves as text, never in code, where `{:ok, state}` is Elixir. What the
 * reader renders (attribute lists, `{:toc}`, footnotes, once it reads them) is no longer text, so it is
 * not found: the list trims itself as the reader learns more.
 */
export function kramdownLeftovers(markdown: Markdown, body: string, firstLine: number): Array<Found<KramdownKind>> {
  return findInVisibleText(markdown, body, firstLine, (text) =>
    [...text.matchAll(ATTRIBUTE_LIST), ...text.matchAll(FOOTNOTE)].map(([source]) => ({
      source,
      value: kindOf(source),
    })),
  );
}

/** The importer's warnings for kramdown it leaves as written. */
export function kramdownAttributeLists(markdown: Markdown, body: string, firstLine: number): ConversionProblem[] {
  return kramdownLeftovers(markdown, body, firstLine).map(({ line, source, value }) => ({
    line,
    message:
      value === "attribute list"
        ? `${source} was not converted: kramdown attribute lists are not read by this site's Markdown reader. Remove it, or write the element as HTML; it shows as written until then.`
        : `${source} was not converted: this kramdown ${value} is not read by this site's Markdown reader. Rewrite it in Markdown or HTML; it shows as written until then.`,
  }));
}
