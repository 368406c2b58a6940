// Reads the authors file (YAML, keyed like Mediumish's `site.authors`) into entries, collecting content errors.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { isMap, isScalar, LineCounter, parseDocument } from "yaml";
import { ContentError } from "../problems/content-error.ts";
import { projectFile } from "../project-files.ts";
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
  const lineCounter = new LineCounter();
  // YAML 1.1, as the posts' front matter is read (and as Jekyll reads `_config.yml`).
  const document = parseDocument(source.replace(/^\uFEFF/, ""), { version: "1.1", lineCounter, uniqueKeys: true });
  const [firstError] = document.errors;
  if (firstError) {
    const message = firstError.message.replace(/ at line \d+, column \d+:[\s\S]*$/, "");
    return {
      data: { ...emptyAuthors(file), exists: true },
      errors: [new ContentError(file, `is not valid YAML: ${message}.`, undefined, firstError.linePos?.[0].line)],
    };
  }
  const entries = new Map<string, AuthorEntry>();
  const lines = new Map<string, number>();
  const fieldLines = new Map<string, Map<string, number>>();
  const errors: ContentError[] = [];
  if (document.contents === null) return { data: { file, exists: true, entries, lines, fieldLines }, errors };
  if (!isMap(document.contents)) {
    return {
      data: { file, exists: true, entries, lines, fieldLines },
      errors: [new ContentError(file, `must be a map of authors. ${EXAMPLE}`, undefined, 1)],
    };
  }
  for (const pair of document.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
    const line =
      pair.key && isScalar(pair.key) && pair.key.range ? lineCounter.linePos(pair.key.range[0]).line : undefined;
    if (key === undefined || key.trim() === "") {
      errors.push(new ContentError(file, `has an author without a key. ${EXAMPLE}`, undefined, line));
      continue;
    }
    const value: unknown = isMap(pair.value) ? pair.value.toJSON() : pair.value === null ? {} : undefined;
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
    const result = authorEntrySchema.safeParse(value);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const field = String(issue.path[0] ?? "");
        const fieldLine = fieldLinesOf(pair.value, lineCounter).get(field) ?? line;
        const message = issue.message.startsWith("must be") ? issue.message : `must be text (${issue.message}).`;
        errors.push(new ContentError(file, `author "${key}": ${field} ${message}`, `${key}.${field}`, fieldLine));
      }
      continue;
    }
    entries.set(key, result.data);
    if (line !== undefined) lines.set(key, line);
    fieldLines.set(key, fieldLinesOf(pair.value, lineCounter));
  }
  return { data: { file, exists: true, entries, lines, fieldLines }, errors };
}

function fieldLinesOf(node: unknown, lineCounter: LineCounter): Map<string, number> {
  const found = new Map<string, number>();
  if (!isMap(node)) return found;
  for (const item of node.items) {
    if (isScalar(item.key) && item.key.range)
      found.set(String(item.key.value), lineCounter.linePos(item.key.range[0]).line);
  }
  return found;
}
