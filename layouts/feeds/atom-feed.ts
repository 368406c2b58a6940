// The Atom feed (RFC 4287) of a site or of one category or tag, written as XML text.
import type { FeedEntryView, FeedView } from "../../src/views/feed-view.ts";
import { element } from "./xml.ts";

/**
 * Each entry's XML, by its view: an entry is made once a build and carried by several feeds. Kept as UTF-8 bytes,
 * for the rest of the build: as a string, one character beyond Latin-1 makes all of it two bytes a character.
 */
const entries = new WeakMap<FeedEntryView, Promise<Buffer>>();

export async function renderAtomFeed(feed: FeedView): Promise<string> {
  const entryXml = await Promise.all(
    feed.entries.map(async (entry) => {
      let xml = entries.get(entry);
      if (xml === undefined) entries.set(entry, (xml = renderEntry(entry).then((text) => Buffer.from(text))));
      return (await xml).toString();
    }),
  );
  return [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${feed.language.replace(/[^\w-]/g, "")}">`,
    `  ${element("title", { type: "text" }, feed.title)}`,
    ...(feed.description === "" ? [] : [`  ${element("subtitle", { type: "text" }, feed.description)}`]),
    `  ${element("link", { rel: "self", type: "application/atom+xml", href: feed.url })}`,
    `  ${element("link", { rel: "alternate", type: "text/html", href: feed.pageUrl })}`,
    `  ${element("id", {}, feed.url)}`,
    `  ${element("updated", {}, feed.updated)}`,
    // Entries without an author of their own inherit this one, as Atom requires.
    `  <author>${element("name", {}, feed.author)}</author>`,
    ...entryXml,
    `</feed>`,
    ``,
  ].join("\n");
}

async function renderEntry(entry: FeedEntryView): Promise<string> {
  return [
    `  <entry>`,
    `    ${element("title", { type: "text" }, entry.title)}`,
    `    ${element("link", { rel: "alternate", type: "text/html", href: entry.url })}`,
    `    ${element("id", {}, entry.url)}`,
    `    ${element("published", {}, entry.published)}`,
    `    ${element("updated", {}, entry.updated)}`,
    // One <author> per author; a post naming none inherits the feed's.
    ...entry.authors.map((name) => `    <author>${element("name", {}, name)}</author>`),
    ...entry.terms.map((term) => `    ${element("category", { term: term.name, scheme: term.scheme })}`),
    ...(entry.summary === "" ? [] : [`    ${element("summary", { type: "text" }, entry.summary)}`]),
    `    ${element("content", { type: "html" }, await entry.content())}`,
    `  </entry>`,
  ].join("\n");
}
