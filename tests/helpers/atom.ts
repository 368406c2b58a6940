// Reads an Atom feed with a real XML parser, after checking it is well-formed, into plain entries.
import { XMLParser, XMLValidator } from "fast-xml-parser";

export interface AtomEntry {
  title: string;
  id: string;
  links: { rel: string; href: string }[];
  published: string;
  updated: string;
  author?: string;
  categories: { term: string; scheme: string }[];
  summary?: string;
  content: string;
}

export interface AtomFeed {
  title: string;
  id: string;
  updated: string;
  author: string;
  links: { rel: string; href: string; type?: string }[];
  entries: AtomEntry[];
}

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "",
  textNodeName: "text",
  // Titles such as "2024" must stay text.
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (name) => ["entry", "link", "category"].includes(name),
});

function text(node: unknown): string {
  if (node === undefined) return "";
  return typeof node === "object" ? String((node as Node).text ?? "") : String(node);
}

/** Throws with the parser's message (and line) if the XML is not well-formed. */
export function parseXml(xml: string): Node {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`Not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
  return parser.parse(xml) as Node;
}

export function readAtom(xml: string): AtomFeed {
  const feed = parseXml(xml).feed as Node;
  const entries = ((feed.entry ?? []) as Node[]).map((entry): AtomEntry => ({
    title: text(entry.title),
    id: text(entry.id),
    links: entry.link as AtomEntry["links"],
    published: text(entry.published),
    updated: text(entry.updated),
    author: entry.author === undefined ? undefined : text((entry.author as Node).name),
    categories: (entry.category ?? []) as AtomEntry["categories"],
    summary: entry.summary === undefined ? undefined : text(entry.summary),
    content: text(entry.content),
  }));
  return {
    title: text(feed.title),
    id: text(feed.id),
    updated: text(feed.updated),
    author: text((feed.author as Node).name),
    links: feed.link as AtomFeed["links"],
    entries,
  };
}
