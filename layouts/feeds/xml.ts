// XML text made safe: feeds and the sitemap are written as strings, so every value goes through here.
import { escapeHtml } from "../../src/escape-html.ts";

/** Characters XML 1.0 forbids anywhere (control characters, lone surrogates, U+FFFE/U+FFFF). */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/**
 * Text for an element or a double-quoted attribute value: markup characters escaped, and characters XML
 * cannot hold dropped, since one of them would make a feed reader reject the whole feed.
 */
export function escapeXml(text: string): string {
  return escapeHtml(text.replace(NOT_XML, ""));
}

/** `<name a="1">text</name>`, with the text and attribute values escaped; attributes left undefined are omitted. */
export function element(name: string, attributes: Record<string, string | undefined>, text?: string): string {
  const attributeText = Object.entries(attributes)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXml(value)}"`)
    .join("");
  return text === undefined ? `<${name}${attributeText}/>` : `<${name}${attributeText}>${escapeXml(text)}</${name}>`;
}
