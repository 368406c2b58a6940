// Splits a post into front matter and body, and reads the front matter as YAML data: never as code.
import { CORE_SCHEMA, load, Type, types, YAMLException } from "js-yaml";

/** A post's file split in two, with the line of each top-level key for error messages. */
export interface FrontMatterFile {
  /** The YAML data, as plain values; dates stay strings (luxon reads them later, in the right zone). */
  data: Record<string, unknown>;
  /** The Markdown after the closing `---`. */
  body: string;
  /** 1-based line of the body's first line in the file. */
  bodyLine: number;
  /** 1-based line of each top-level front matter key (of its last occurrence, the one that counts). */
  keyLines: ReadonlyMap<string, number>;
  /** Top-level keys written more than once, with every line they are on (the last one wins, as in Jekyll). */
  duplicateKeys: ReadonlyMap<string, readonly number[]>;
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

/** YAML 1.1's booleans, which Jekyll's reader (Psych) also takes: `published: no` hides a post. */
const TRUE_WORDS = /^(?:y|Y|yes|Yes|YES|true|True|TRUE|on|On|ON)$/;
const FALSE_WORDS = /^(?:n|N|no|No|NO|false|False|FALSE|off|Off|OFF)$/;

/**
 * js-yaml, which Eleventy reads front matter with, ten times faster than the spec-complete
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
 * The lines of each top-level key, for error messages. Read from the text, not the parser: a top-level key
 * is the only thing that starts at a line's first column in a front matter map (block scalars, list items
 * and nested maps are indented, or start with "- ").
 */
function topLevelKeyLines(text: string, data: Record<string, unknown>): Map<string, number[]> {
  const lines = new Map<string, number[]>();
  text.split("\n").forEach((line, index) => {
    const match = TOP_LEVEL_KEY.exec(line);
    if (!match) return;
    const key = match[1] ?? match[2]?.replaceAll("''", "'") ?? match[3]!.trimEnd();
    if (!Object.hasOwn(data, key)) return;
    // The front matter's text starts with the newline after the opening fence: line 1 of it is the fence's.
    const found = lines.get(key);
    if (found) found.push(index + 1);
    else lines.set(key, [index + 1]);
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

interface YamlData {
  data: Record<string, unknown>;
  keyLines: Map<string, number>;
  duplicateKeys: Map<string, number[]>;
}

function readYaml(text: string): YamlData {
  // js-yaml refuses a NUL byte but places it on the first line; the author needs the line it is on.
  const nul = text.indexOf("\0");
  if (nul !== -1) {
    const line = text.slice(0, nul).split("\n").length;
    throw new FrontMatterError("front matter holds a NUL byte, which no text may. Delete it (an editor may show it as ^@ or nothing at all).", line);
  }
  let data: unknown;
  try {
    // `json: true` makes a repeated key replace the earlier value instead of throwing: Jekyll's reader
    // (Psych) keeps the last one, and real posts repeat keys. topLevelKeyLines finds them for `check`.
    data = load(text, { schema: FRONT_MATTER_SCHEMA, json: true });
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    // js-yaml's lines count from 0; its text starts on the opening fence's line (see topLevelKeyLines).
    const line = (error.mark as YAMLException["mark"] | undefined)?.line;
    throw new FrontMatterError(`front matter is not valid YAML: ${error.reason}.`, line === undefined ? undefined : line + 1);
  }
  if (data === null || data === undefined) return { data: {}, keyLines: new Map(), duplicateKeys: new Map() };
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
  const lines = topLevelKeyLines(text, map);
  return {
    data: map,
    keyLines: new Map([...lines].map(([key, found]) => [key, found.at(-1)!])),
    duplicateKeys: new Map([...lines].filter(([, found]) => found.length > 1)),
  };
}

/** A fence line as Jekyll reads it: `---` (or YAML's document end `...` when closing), then only spaces or tabs. */
const OPENING_FENCE = /^---[ \t]*$/;
const CLOSING_FENCE = /^(?:---|\.\.\.)[ \t]*$/;

/**
 * Rewrites the fences Jekyll accepts and gray-matter does not (`---` with trailing blanks, a closing `...`)
 * as plain `---` lines, line for line, so every line number stays the file's. Returns undefined when the
 * front matter has no closing fence.
 */
function normaliseFences(text: string): string | undefined {
  const lines = text.split("\n");
  const close = lines.findIndex((line, index) => index > 0 && CLOSING_FENCE.test(line));
  if (close === -1) return undefined;
  if (OPENING_FENCE.test(lines[0]!)) lines[0] = "---";
  lines[close] = "---";
  return lines.join("\n");
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
  if (!/^---[ \t]*\n/.test(text) && language === undefined) {
    return { data: {}, body: text, bodyLine: 1, keyLines: new Map(), duplicateKeys: new Map() };
  }
  const fenced = normaliseFences(text);
  if (fenced === undefined) {
    throw new FrontMatterError('front matter has no closing "---" line. End the front matter with a line holding only ---.', 1);
  }
  const { matter, body } = splitFenced(fenced);
  // A front matter of blank and comment lines only is empty: no YAML is read (gray-matter's rule, kept).
  const yaml: YamlData =
    matter === undefined || matter.replace(/^\s*#[^\n]+/gm, "").trim() === ""
      ? { data: {}, keyLines: new Map(), duplicateKeys: new Map() }
      : readYaml(matter);
  const bodyLine = fenced.slice(0, fenced.length - body.length).split("\n").length;
  return { data: yaml.data, body, bodyLine, keyLines: yaml.keyLines, duplicateKeys: yaml.duplicateKeys };
}

/**
 * The front matter's text (from the newline ending the opening fence line) and the body after the closing
 * fence, cut exactly as gray-matter cuts them, which this module used until it was seen costing a fifth of
 * reading the posts (a copy of every file as a Buffer, esprima loaded at start-up for its JavaScript engine).
 * `fenced` comes from normaliseFences: it starts with `---` and has a closing `---` line; its opening line
 * may name YAML (`---yaml`), which the caller has checked.
 */
function splitFenced(fenced: string): { matter: string | undefined; body: string } {
  // `----…` opens no front matter (gray-matter's rule); the fence regexes above never let one through.
  if (!fenced.startsWith("---") || fenced.charAt(3) === "-") return { matter: undefined, body: fenced };
  let rest = fenced.slice(3);
  // The rest of the opening line (a language name such as `yaml`, or nothing) is not front matter.
  const newline = rest.search(/\r?\n/);
  const language = rest.slice(0, newline);
  if (language.trim() !== "") rest = rest.slice(language.length);
  const close = rest.indexOf("\n---");
  if (close === -1) return { matter: rest, body: "" };
  let body = rest.slice(close + "\n---".length);
  if (body.startsWith("\r")) body = body.slice(1);
  if (body.startsWith("\n")) body = body.slice(1);
  return { matter: rest.slice(0, close), body };
}
