// The one YAML reader for data (front matter, the authors file, a Jekyll site's _config.yml and _data): js-yaml, as Jekyll reads YAML, with the line of every key.
import { CORE_SCHEMA, load, Type, types, YAMLException } from "js-yaml";

/** YAML 1.1's booleans, which Jekyll's reader (Psych) also takes: `published: no` hides a post. */
const TRUE_WORDS = /^(?:y|Y|yes|Yes|YES|true|True|TRUE|on|On|ON)$/;
const FALSE_WORDS = /^(?:n|N|no|No|NO|false|False|FALSE|off|Off|OFF)$/;

/**
 * js-yaml, which Eleventy and gray-matter read front matter with, ten times faster than the spec-complete
 * `yaml` package on posts' front matter (a tenth of a 4,000-post build). Its core schema, as Jekyll reads
 * it: YAML 1.1 booleans, `<<` merge keys, and no timestamps, because a timestamp without an offset would be
 * read as UTC; dates stay strings and dates.ts reads them in the site's zone.
 */
const JEKYLL_SCHEMA = CORE_SCHEMA.extend({
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

/**
 * Values one file may hold once its YAML aliases are followed. Real data holds tens or hundreds; an alias chain
 * (`b: [*a, *a, …]`, nine deep) stands for hundreds of millions, which js-yaml shares rather than copies but
 * which anything walking the data (watch mode's change detection, a schema) would expand.
 */
export const MAX_YAML_VALUES = 100_000;

/** Why a text could not be read as YAML data. */
export class YamlError extends Error {
  override name = "YamlError";

  constructor(
    /** `syntax`: not YAML (`reason` is the parser's); `nul`: holds a NUL byte; `too-many-values`: see MAX_YAML_VALUES. */
    readonly kind: "syntax" | "nul" | "too-many-values",
    /** The parser's words for a syntax error, without its position. */
    readonly reason: string,
    /** 1-based line in the text, when known. */
    readonly line?: number,
    /** The parser's whole message, position and excerpt included. */
    message = reason,
  ) {
    super(message);
  }
}

/** Where a map's keys are: each key's lines (more than one when it is written twice), and its own keys'. */
export interface KeyLines {
  readonly lines: readonly number[];
  readonly keys: ReadonlyMap<string, KeyLines>;
}

export interface YamlData {
  /** The data, as plain values: maps, lists, strings, numbers, booleans and null. */
  readonly data: unknown;
  /** The keys of the top-level map (and of the maps inside it, through lists too), with their lines. */
  readonly keys: ReadonlyMap<string, KeyLines>;
}

export interface ReadYamlOptions {
  /**
   * `last`: a key written twice keeps its last value, as Jekyll's reader does (`keys` gives every line it
   * is on, for a warning); `error`: it is a syntax error.
   */
  readonly duplicateKeys: "last" | "error";
}

/** Reads a text as YAML data. Throws YamlError, with the line where known. */
export function readYaml(text: string, options: ReadYamlOptions): YamlData {
  // js-yaml refuses a NUL byte but places it on the first line; the author needs the line it is on.
  const nul = text.indexOf("\0");
  if (nul !== -1) throw new YamlError("nul", "holds a NUL byte", text.slice(0, nul).split("\n").length);
  const keys = new KeyRecorder(text);
  let data: unknown;
  try {
    // `json: true` makes a repeated key replace the earlier value instead of throwing.
    data = load(text, {
      schema: JEKYLL_SCHEMA,
      json: options.duplicateKeys === "last",
      listener: (event, state) => keys.on(event, state),
    });
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    // js-yaml's lines count from 0.
    const line = (error.mark as YAMLException["mark"] | undefined)?.line;
    throw new YamlError("syntax", error.reason, line === undefined ? undefined : line + 1, error.message);
  }
  const budget = { left: MAX_YAML_VALUES };
  countValues(data, budget);
  if (budget.left < 0) throw new YamlError("too-many-values", `holds more than ${MAX_YAML_VALUES} values`);
  return { data, keys: keys.root };
}

/** Counts values, following aliases as copies would, and stops as soon as there are too many. */
function countValues(value: unknown, budget: { left: number }): void {
  budget.left -= 1;
  if (budget.left < 0 || value === null || typeof value !== "object") return;
  for (const item of Array.isArray(value) ? value : Object.values(value)) {
    countValues(item, budget);
    if (budget.left < 0) return;
  }
}

interface MutableKeyLines {
  lines: number[];
  keys: Map<string, MutableKeyLines>;
}

/**
 * Finds each key's line from the parser's own events, not from the text: js-yaml opens a node where it starts
 * and closes it where it ends, and a scalar that ends just before a `:` is a key. A key's value is the next node
 * opened at the key's depth, so the keys found deeper belong to it until another node opens at that depth.
 */
class KeyRecorder {
  readonly root = new Map<string, MutableKeyLines>();
  /** The line each open node started on, innermost last. */
  private readonly opened: number[] = [];
  /** The key last found at each depth, until a node opens at or above it. */
  private readonly path: Array<MutableKeyLines | undefined> = [];

  constructor(private readonly text: string) {}

  on(event: "open" | "close", state: { line: number; position: number; kind: string | null; result: unknown }): void {
    if (event === "open") {
      // A node opening at depth d is the value of the key at depth d, or a sibling of it: keys deeper are done.
      this.path.length = Math.min(this.path.length, this.opened.length + 1);
      this.opened.push(state.line + 1);
      return;
    }
    const line = this.opened.pop()!;
    if (state.kind !== "scalar" || !this.isKey(state.position)) return;
    const depth = this.opened.length;
    // The key it belongs to is the nearest one above it whose value is still open (through lists too).
    const siblings = this.path.slice(0, depth).findLast((key) => key !== undefined)?.keys ?? this.root;
    const name = String(state.result);
    const found: MutableKeyLines = siblings.get(name) ?? { lines: [], keys: new Map() };
    found.lines.push(line);
    siblings.set(name, found);
    this.path.length = depth;
    this.path[depth] = found;
  }

  /** Whether the scalar that ends at `position` is followed by `:`, the mapping indicator. */
  private isKey(position: number): boolean {
    let at = position;
    while (this.text[at] === " " || this.text[at] === "\t") at += 1;
    return this.text[at] === ":";
  }
}
