// Reads the authors file (YAML, keyed like Mediumish's `site.authors`) into entries, collecting content errors.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { ContentError } from "../problems/content-error.ts";
import { projectFile } from "../project-files.ts";
import { normaliseText } from "../source-text.ts";
import { readYaml, YamlError, type YamlData } from "../yaml/read-yaml.ts";
import { authorEntrySchema, type AuthorEntry } from "./author-schema.ts";

export interface AuthorsData {
  /** The file as the author named it (relative to the project root), for messages. */
  readonly file: string;
  /** Whether the file exists: without it, no author is reported as missing from it. */
  readonly exists: boolean;
  /** Entries by key, in file order. */
  readonly entries: ReadonlyMap<string, AuthorEntry>;
  /** 1-based line of each entry's key. */
  readonly lines: ReadonlyMap<string, number>;
  /** 1-based line of each field of each entry (`lines` of the entry's fields, by key). */
  readonly fieldLines: ReadonlyMap<string, ReadonlyMap<string, number>>;
}

export interface LoadedAuthors {
  data: AuthorsData;
  errors: ContentError[];
}

const EXAMPLE =
  'Write each author as a key with its fields, such as:\n    badely:\n      name: "Badely"\n      bio: "Writes about chips."';

/** Reads `file` under `root`. A missing file is no error: authors are then shown by their key. */
export async function loadAuthors(root: string, file: string): Promise<LoadedAuthors> {
  const found = projectFile(path.resolve(root, file), root);
  if (found.kind === "missing") return { data: emptyAuthors(file), errors: [] };
  if (found.kind === "outside") {
    const problem = `is a symbolic link that leads out of the project (to ${found.target}), and the build never reads outside it. Replace the link with the file itself.`;
    return { data: emptyAuthors(file), errors: [new ContentError(file, problem)] };
  }
  return readAuthors(file, await readFile(found.file, "utf8"));
}

export function emptyAuthors(file: string): AuthorsData {
  return { file, exists: false, entries: new Map(), lines: new Map(), fieldLines: new Map() };
}

/** Parses the authors file's text: every problem becomes a content error naming the key, the field and the line. */
export function readAuthors(file: string, source: string): LoadedAuthors {
  let read: YamlData;
  try {
    // A key written twice is an error here, not the last one winning: two entries for one author are a mistake.
    read = readYaml(normaliseText(source), { duplicateKeys: "error" });
  } catch (error) {
    if (!(error instanceof YamlError)) throw error;
    const problem =
      error.kind === "too-many-values"
        ? `${error.reason} once its YAML aliases (*name) are followed. Write the values out, without aliases that repeat each other.`
        : error.kind === "nul"
          ? `${error.reason}, which no text may. Delete it (an editor may show it as ^@ or nothing at all).`
          : `is not valid YAML: ${error.reason}.`;
    return {
      data: { ...emptyAuthors(file), exists: true },
      errors: [new ContentError(file, problem, undefined, error.line)],
    };
  }
  const entries = new Map<string, AuthorEntry>();
  const lines = new Map<string, number>();
  const fieldLines = new Map<string, Map<string, number>>();
  const errors: ContentError[] = [];
  const { data } = read;
  if (data === null || data === undefined) return { data: { file, exists: true, entries, lines, fieldLines }, errors };
  if (typeof data !== "object" || Array.isArray(data)) {
    return {
      data: { file, exists: true, entries, lines, fieldLines },
      errors: [new ContentError(file, `must be a map of authors. ${EXAMPLE}`, undefined, 1)],
    };
  }
  // In file order (the reader's keys), not the object's, which puts keys like `2024` first.
  const map = data as Record<string, unknown>;
  const order = new Set([...read.keys.keys()].filter((key) => Object.hasOwn(map, key)).concat(Object.keys(map)));
  for (const key of order) {
    const entry = map[key];
    const keyLines = read.keys.get(key);
    const line = keyLines?.lines.at(-1);
    if (key.trim() === "") {
      errors.push(new ContentError(file, `has an author without a key. ${EXAMPLE}`, undefined, line));
      continue;
    }
    const value: unknown =
      entry !== null && typeof entry === "object" && !Array.isArray(entry) ? entry : entry === null ? {} : undefined;
    if (value === undefined) {
      errors.push(
        new ContentError(
          file,
          `author "${key}" must be a map of fields (name, bio, avatar, url). ${EXAMPLE}`,
          key,
          line,
        ),
      );
      continue;
    }
    const ownLines = new Map([...(keyLines?.keys ?? [])].map(([field, found]) => [field, found.lines.at(-1)!]));
    const result = authorEntrySchema.safeParse(value);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const field = String(issue.path[0] ?? "");
        const fieldLine = ownLines.get(field) ?? line;
        const message = issue.message.startsWith("must be") ? issue.message : `must be text (${issue.message}).`;
        errors.push(new ContentError(file, `author "${key}": ${field} ${message}`, `${key}.${field}`, fieldLine));
      }
      continue;
    }
    entries.set(key, result.data);
    if (line !== undefined) lines.set(key, line);
    fieldLines.set(key, ownLines);
  }
  return { data: { file, exists: true, entries, lines, fieldLines }, errors };
}
