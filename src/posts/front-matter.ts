// Splits a post into front matter and body, and reads the front matter as YAML data: never as code.
import matter from "gray-matter";
import { MAX_YAML_VALUES, readYaml, YamlError } from "../yaml/read-yaml.ts";
import { normaliseText } from "../source-text.ts";

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

/**
 * gray-matter runs `---js` front matter through `eval` unless told otherwise. Every language but
 * YAML is mapped to this, so even a path this module does not foresee cannot run a post's code.
 */
function refuseExecutableFrontMatter(): never {
  throw new FrontMatterError("front matter must be YAML; executable front matter is never run.", 1);
}

/** Reads the YAML between the fences: a repeated key keeps its last value, as Jekyll's reader (Psych) does. */
interface FrontMatterYaml {
  data: Record<string, unknown>;
  keyLines: Map<string, number>;
  duplicateKeys: Map<string, readonly number[]>;
}

function readFrontMatterYaml(text: string): FrontMatterYaml {
  let read: ReturnType<typeof readYaml>;
  try {
    read = readYaml(text, { duplicateKeys: "last" });
  } catch (error) {
    if (!(error instanceof YamlError)) throw error;
    switch (error.kind) {
      case "nul":
        throw new FrontMatterError(
          "front matter holds a NUL byte, which no text may. Delete it (an editor may show it as ^@ or nothing at all).",
          error.line,
        );
      case "syntax":
        throw new FrontMatterError(`front matter is not valid YAML: ${error.reason}.`, error.line);
      case "too-many-values":
        throw new FrontMatterError(
          `front matter holds more than ${MAX_YAML_VALUES} values once its YAML aliases (*name) are followed. Write the values out, without aliases that repeat each other.`,
        );
    }
  }
  const { data } = read;
  if (data === null || data === undefined) return { data: {}, keyLines: new Map(), duplicateKeys: new Map() };
  if (typeof data !== "object" || Array.isArray(data)) {
    throw new FrontMatterError("front matter must be a list of `key: value` lines.", 2);
  }
  const map = data as Record<string, unknown>;
  // gray-matter's text starts with the newline after the opening fence: line 1 of it is the fence's, so the
  // reader's lines are the file's. `<<` (a merge key) is no key of the data.
  const lines = [...read.keys]
    .filter(([key]) => Object.hasOwn(map, key))
    .map(([key, found]) => [key, found.lines] as const);
  return {
    data: map,
    keyLines: new Map(lines.map(([key, found]) => [key, found.at(-1)!])),
    duplicateKeys: new Map(lines.filter(([, found]) => found.length > 1)),
  };
}

/** A fence line as Jekyll reads it: `---` (or YAML's document end `...` when closing), then only spaces or tabs. */
const OPENING_FENCE = /^---[ \t]*$/;
const CLOSING_FENCE = /^(?:---|\.\.\.)[ \t]*$/;

/**
 * The front matter block, its fences rewritten as plain `---` lines where Jekyll accepts what gray-matter does not
 * (`---` with trailing blanks, a closing `...`), line for line so every line number stays the file's; and the text
 * after its closing fence line, if any. Undefined when the front matter has no closing fence.
 *
 * Only the block goes to gray-matter: given a whole post, it copies it into a Buffer and looks it up in its
 * cache by the whole text (at 4,000 posts, splitting took 242 ms that way and takes 162 ms this way).
 */
function splitAtClosingFence(text: string): { head: string; rest: string | undefined } | undefined {
  const firstEnd = text.indexOf("\n");
  if (firstEnd === -1) return undefined;
  const first = text.slice(0, firstEnd);
  for (let start = firstEnd + 1; start < text.length;) {
    const newline = text.indexOf("\n", start);
    const end = newline === -1 ? text.length : newline;
    if (CLOSING_FENCE.test(text.slice(start, end))) {
      const head = `${OPENING_FENCE.test(first) ? "---" : first}${text.slice(firstEnd, start)}---`;
      return { head, rest: newline === -1 ? undefined : text.slice(newline + 1) };
    }
    start = end + 1;
  }
  return undefined;
}

/**
 * Reads a post's source. A byte order mark and Windows line endings are accepted; a file with no
 * front matter is all body. Throws FrontMatterError for executable or unreadable front matter.
 */
export function parseFrontMatter(source: string): FrontMatterFile {
  const text = normaliseText(source);
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
  const split = splitAtClosingFence(text);
  if (split === undefined) {
    throw new FrontMatterError(
      'front matter has no closing "---" line. End the front matter with a line holding only ---.',
      1,
    );
  }
  // gray-matter splits the text and hands the YAML to the engine its options name, so its own js-yaml 3
  // never reads a post. Its other parts are not used, each for a reason: its `delimiters` option takes
  // one closing fence, and Jekyll also closes with `...` (splitAtClosingFence); its engines return data only,
  // so the line of each key comes from the YAML reader (src/yaml/read-yaml.ts) through this closure; its
  // `excerpt` option knows one separator, and excerpts follow Jekyll's (a post's own `excerpt_separator`,
  // else the site's). Passing options also keeps it from caching every text it parses.
  let yaml: FrontMatterYaml = { data: {}, keyLines: new Map(), duplicateKeys: new Map() };
  const file = matter(split.head, {
    language: "yaml",
    engines: {
      yaml: (yamlText: string) => {
        yaml = readFrontMatterYaml(yamlText);
        return yaml.data;
      },
      javascript: refuseExecutableFrontMatter,
      js: refuseExecutableFrontMatter,
      json: refuseExecutableFrontMatter,
      coffee: refuseExecutableFrontMatter,
    },
  });
  // gray-matter ends the front matter at the first line that begins with `---`: nearly always the closing fence,
  // which leaves it no text. When an earlier line does (`----`), what follows that line is body, as when gray-matter
  // was given the whole post.
  const early = file.content;
  const { head, rest } = split;
  const body = rest === undefined ? early : early === "" ? rest : `${early}\n${rest}`;
  const bodyLine =
    early === "" && rest !== undefined ? lineCount(head) + 1 : lineCount(head.slice(0, head.length - early.length));
  return { data: file.data, body, bodyLine, keyLines: yaml.keyLines, duplicateKeys: yaml.duplicateKeys };
}

function lineCount(text: string): number {
  return text.split("\n").length;
}
