// Splits a post into front matter and body, and reads the front matter as YAML data: never as code.
import matter from "gray-matter";
import { CORE_SCHEMA, load, Type, types, YAMLException } from "js-yaml";

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

/** YAML 1.1's booleans, which Jekyll's reader (Psych) also takes: `published: no` hides a post. */
const TRUE_WORDS = /^(?:y|Y|yes|Yes|YES|true|True|TRUE|on|On|ON)$/;
const FALSE_WORDS = /^(?:n|N|no|No|NO|false|False|FALSE|off|Off|OFF)$/;

/**
 * js-yaml, which Eleventy and gray-matter read front matter with, ten times faster than the spec-complete
 * `yaml` package on posts' front matter (a tenth of a 4,000-post build). Its core schema, as Jekyll reads
 * it: YAML 1.1 booleans, `<<` merge keys, and no timestamps, because a timestamp without an offset would be
 * read as UTC; dates stay strings and dates.ts reads them in the site's zone.
 */
const FRONT_MATTER_SCHEMA = CORE_SCHEMA.extend({
  implicit: [
    new Type("tag:yaml.org,2002:bool", {
      kind: "scalar",
      resolve: (text: string | null) => text !== null && (TRUE_WORDS.test(text) || FALSE_WORDS.test(text)),
      construct: (text: string) => TRUE_WORDS.test(text),
      predicate: (value: unknown) => typeof value === "boolean",
    }),
    types.merge,
  ],
});

/** A top-level `key:` at the start of a line (plain, or quoted with ' or "). */
const TOP_LEVEL_KEY = /^(?:"((?:[^"\\]|\\.)*)"|'((?:[^']|'')*)'|([^\s#'"\-?:{}[\],&*!|>%@`][^:#]*?|-[^\s:][^:#]*?))[ \t]*:(?:[ \t]|$)/;

/**
 * The line of each top-level key, for error messages. Read from the text, not the parser: a top-level key
 * is the only thing that starts at a line's first column in a front matter map (block scalars, list items
 * and nested maps are indented, or start with "- ").
 */
function topLevelKeyLines(text: string, data: Record<string, unknown>): Map<string, number> {
  const lines = new Map<string, number>();
  text.split("\n").forEach((line, index) => {
    const match = TOP_LEVEL_KEY.exec(line);
    if (!match) return;
    const key = match[1] ?? match[2]?.replaceAll("''", "'") ?? match[3]!.trimEnd();
    // gray-matter's text starts with the newline after the opening fence: line 1 of it is the fence's.
    if (Object.hasOwn(data, key) && !lines.has(key)) lines.set(key, index + 1);
  });
  return lines;
}

/**
 * Values a front matter may hold once its YAML aliases are followed. Real front matter holds tens (a post with
 * thousands of tags is refused later, by the `limits` setting); an alias
 * chain (`b: [*a, *a, …]`, nine deep) stands for hundreds of millions, which js-yaml shares rather than copies
 * but which anything walking the data (watch mode's change detection) would expand.
 */
const MAX_FRONT_MATTER_VALUES = 100_000;

/** Counts values, following aliases as copies would, and stops as soon as there are too many. */
function countValues(value: unknown, budget: { left: number }): void {
  budget.left -= 1;
  if (budget.left < 0 || value === null || typeof value !== "object") return;
  for (const item of Array.isArray(value) ? value : Object.values(value)) {
    countValues(item, budget);
    if (budget.left < 0) return;
  }
}

function readYaml(text: string): { data: Record<string, unknown>; keyLines: Map<string, number> } {
  let data: unknown;
  try {
    data = load(text, { schema: FRONT_MATTER_SCHEMA });
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    // js-yaml's lines count from 0; its text starts on the opening fence's line (see topLevelKeyLines).
    const line = (error.mark as YAMLException["mark"] | undefined)?.line;
    throw new FrontMatterError(`front matter is not valid YAML: ${error.reason}.`, line === undefined ? undefined : line + 1);
  }
  if (data === null || data === undefined) return { data: {}, keyLines: new Map() };
  if (typeof data !== "object" || Array.isArray(data)) {
    throw new FrontMatterError("front matter must be a list of `key: value` lines.", 2);
  }
  const map = data as Record<string, unknown>;
  const budget = { left: MAX_FRONT_MATTER_VALUES };
  countValues(map, budget);
  if (budget.left < 0) {
    throw new FrontMatterError(
      `front matter holds more than ${MAX_FRONT_MATTER_VALUES} values once its YAML aliases (*name) are followed. Write the values out, without aliases that repeat each other.`,
    );
  }
  return { data: map, keyLines: topLevelKeyLines(text, map) };
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
