// Splits a post into front matter and body, and reads the front matter as YAML data: never as code.
import matter from "gray-matter";
import { LineCounter, parseDocument, isMap, isScalar, type Document } from "yaml";

/** A post's file split in two, with the line of each top-level key for error messages. */
export interface FrontMatterFile {
  /** The YAML data, as plain values; dates stay strings (luxon reads them later, in the right zone). */
  data: Record<string, unknown>;
  /** The Markdown after the closing `---`. */
  body: string;
  /** 1-based line of the body's first line in the file. */
  bodyLine: number;
  /** 1-based line of each top-level front matter key. */
  keyLines: ReadonlyMap<string, number>;
}

/** Why a file's front matter could not be read, with the line where the reader knows it. */
export class FrontMatterError extends Error {
  override name = "FrontMatterError";

  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(message);
  }
}

/** `---js`, `---json`, `---coffee`…: the word after the opening fence names a front matter language. */
const FENCE_LANGUAGE = /^---[ \t]*([A-Za-z][\w-]*)[ \t]*\r?\n/;
const YAML_LANGUAGES = new Set(["yaml", "yml"]);

/**
 * gray-matter runs `---js` front matter through `eval` unless told otherwise. Every language but
 * YAML is mapped to this, so even a path this module does not foresee cannot run a post's code.
 */
function refuseExecutableFrontMatter(): never {
  throw new FrontMatterError("front matter must be YAML; executable front matter is never run.", 1);
}

/**
 * YAML 1.1 as Jekyll reads it (`yes`/`no` are booleans), with one exception: timestamps stay
 * strings, because the YAML reader would take a date without an offset as UTC; dates.ts reads them
 * in the site's zone instead.
 */
function readYaml(text: string): { data: Record<string, unknown>; keyLines: Map<string, number> } {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, {
    version: "1.1",
    customTags: (tags) => tags.filter((tag) => typeof tag === "string" || tag.tag !== "tag:yaml.org,2002:timestamp"),
    lineCounter,
    uniqueKeys: true,
    prettyErrors: true,
  });
  const [firstError] = document.errors;
  if (firstError) {
    const line = firstError.linePos?.[0].line;
    const message = firstError.message.replace(/ at line \d+, column \d+:[\s\S]*$/, "");
    throw new FrontMatterError(`front matter is not valid YAML: ${message}.`, line);
  }
  const data: unknown = document.toJS({ maxAliasCount: 100 });
  if (data === null || data === undefined) return { data: {}, keyLines: new Map() };
  if (typeof data !== "object" || Array.isArray(data)) {
    throw new FrontMatterError("front matter must be a list of `key: value` lines.", 2);
  }
  return { data: data as Record<string, unknown>, keyLines: topLevelKeyLines(document, lineCounter) };
}

function topLevelKeyLines(document: Document, lineCounter: LineCounter): Map<string, number> {
  const lines = new Map<string, number>();
  if (!isMap(document.contents)) return lines;
  for (const pair of document.contents.items) {
    if (isScalar(pair.key) && pair.key.range) {
      lines.set(String(pair.key.value), lineCounter.linePos(pair.key.range[0]).line);
    }
  }
  return lines;
}

/**
 * Reads a post's source. A byte order mark and Windows line endings are accepted; a file with no
 * front matter is all body. Throws FrontMatterError for executable or unreadable front matter.
 */
export function parseFrontMatter(source: string): FrontMatterFile {
  const text = source.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const language = FENCE_LANGUAGE.exec(text)?.[1];
  if (language !== undefined && !YAML_LANGUAGES.has(language.toLowerCase())) {
    throw new FrontMatterError(
      `front matter is marked "---${language}", but only YAML front matter is read: posts are data, and no code in them is run. Write the opening fence as a plain "---" and the keys as YAML.`,
      1,
    );
  }
  if (!text.startsWith("---\n") && language === undefined) {
    return { data: {}, body: text, bodyLine: 1, keyLines: new Map() };
  }
  if (!/\n---[ \t]*(\n|$)/.test(text.slice(3))) {
    throw new FrontMatterError('front matter has no closing "---" line. End the front matter with a line holding only ---.', 1);
  }
  let keyLines = new Map<string, number>();
  const file = matter(text, {
    language: "yaml",
    engines: {
      yaml: (yamlText: string) => {
        const parsed = readYaml(yamlText);
        keyLines = parsed.keyLines;
        return parsed.data;
      },
      javascript: refuseExecutableFrontMatter,
      js: refuseExecutableFrontMatter,
      json: refuseExecutableFrontMatter,
      coffee: refuseExecutableFrontMatter,
    },
  });
  const bodyLine = text.slice(0, text.length - file.content.length).split("\n").length;
  return { data: file.data, body: file.content, bodyLine, keyLines };
}
