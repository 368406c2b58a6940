// Reads what a page's <head> says to machines: meta tags, links and JSON-LD, with entities decoded.
import { DomUtils, parseDocument } from "htmlparser2";

const { findAll, textContent } = DomUtils;

export interface Head {
  /** `<meta property|name=… content=…>`: every value of each key, in order. */
  meta: Map<string, string[]>;
  /** `<link rel=… href=…>` elements with their attributes. */
  links: Record<string, string>[];
  /** Parsed `<script type="application/ld+json">` blocks, and their raw text. */
  jsonLd: { raw: string; data: Record<string, unknown> }[];
  title: string;
}

export function readHead(html: string): Head {
  const document = parseDocument(html);
  const elements = findAll(() => true, document.children);
  const head: Head = { meta: new Map(), links: [], jsonLd: [], title: "" };
  for (const element of elements) {
    const { name, attribs } = element;
    if (name === "title") head.title = textContent(element);
    if (name === "meta") {
      const key = attribs.property ?? attribs.name;
      if (key !== undefined) head.meta.set(key, [...(head.meta.get(key) ?? []), attribs.content ?? ""]);
    }
    if (name === "link") head.links.push(attribs);
    if (name === "script" && attribs.type === "application/ld+json") {
      const raw = textContent(element);
      head.jsonLd.push({ raw, data: JSON.parse(raw) as Record<string, unknown> });
    }
  }
  return head;
}

/** The one value of a meta key; throws if it is missing or repeated. */
export function metaValue(head: Head, key: string): string {
  const values = head.meta.get(key) ?? [];
  if (values.length !== 1) throw new Error(`Expected one <meta> "${key}", found ${values.length}.`);
  return values[0]!;
}

/** Every href and src inside a piece of HTML. */
export function urlsIn(html: string): string[] {
  const elements = findAll(() => true, parseDocument(html).children);
  return elements.flatMap((element) => [element.attribs.href, element.attribs.src].filter((url) => url !== undefined));
}
