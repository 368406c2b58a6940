// The Jekyll site's authors (`authors:` in _config.yml, `_data/authors.yml`) added to this project's authors file.
import { existsSync } from "node:fs";
import { appendFile, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { CORE_SCHEMA, dump } from "js-yaml";
import { readAuthors } from "../authors/load-authors.ts";
import { normaliseText } from "../source-text.ts";
import { readYaml, YamlError } from "../yaml/read-yaml.ts";

export interface JekyllAuthors {
  /** Entries by key: the config's first, then `_data/authors.*`, whose entries win (Jekyll's `site.data.authors`). */
  readonly entries: ReadonlyMap<string, unknown>;
  /** Where they came from, relative to the Jekyll site's root. */
  readonly sources: readonly string[];
  readonly problems: readonly string[];
}

const DATA_FILES = ["_data/authors.yml", "_data/authors.yaml", "_data/authors.json"];

export async function readJekyllAuthors(
  siteRoot: string,
  fromConfig: Readonly<Record<string, unknown>>,
): Promise<JekyllAuthors> {
  const entries = new Map<string, unknown>(Object.entries(fromConfig));
  const sources = entries.size > 0 ? ["_config.yml authors"] : [];
  const problems: string[] = [];
  for (const name of DATA_FILES) {
    const file = path.join(siteRoot, name);
    if (!existsSync(file)) continue;
    const text = normaliseText(await readFile(file, "utf8"));
    let data: unknown;
    try {
      data = name.endsWith(".json") ? JSON.parse(text) : readYaml(text, { duplicateKeys: "error" }).data;
    } catch (error) {
      if (!(error instanceof YamlError) && !(error instanceof SyntaxError)) throw error;
      problems.push(`${name} could not be read (${error.message.split("\n")[0]}), so its authors were not imported.`);
      continue;
    }
    if (typeof data !== "object" || data === null || Array.isArray(data)) {
      problems.push(`${name} is not a map of authors by key, so its authors were not imported.`);
      continue;
    }
    for (const [key, entry] of Object.entries(data)) entries.set(key, entry);
    sources.push(name);
  }
  return { entries, sources, problems };
}

export interface AuthorsMerge {
  /** Keys added to the authors file. */
  readonly added: readonly string[];
  /** Keys the file already had: its entries are kept as they are. */
  readonly kept: readonly string[];
  /** Entries left out, with why (an entry the build would refuse). */
  readonly refused: readonly string[];
  /** The text to write, undefined when nothing is added. */
  readonly text?: string;
}

const HEADER = `# The blog's authors, keyed like Mediumish's \`site.authors\`: a post's \`author:\` is a key of this file.
# Fields (all optional): name (shown; else the key), bio, avatar (a file under assets/ or an http(s)
# URL), url (the author's own site). Mediumish's display_name, description and web are read too.
`;

/**
 * New keys are appended to the file as YAML, so its own text (comments, order) stays as it was; existing
 * keys are never replaced. Each new entry is checked with the build's own reader first.
 */
export async function planAuthors(root: string, authorsFile: string, jekyll: JekyllAuthors): Promise<AuthorsMerge> {
  const file = path.join(root, authorsFile);
  const existingText = existsSync(file) ? await readFile(file, "utf8") : undefined;
  const existing = existingText === undefined ? new Map() : readAuthors(authorsFile, existingText).data.entries;
  const added: string[] = [];
  const kept: string[] = [];
  const refused: string[] = [];
  const blocks: string[] = [];
  for (const [key, entry] of jekyll.entries) {
    if (existing.has(key)) {
      kept.push(key);
      continue;
    }
    const block = dump({ [key]: entry ?? {} }, { schema: CORE_SCHEMA, lineWidth: -1 });
    const checked = readAuthors(authorsFile, block);
    if (checked.errors.length > 0) {
      refused.push(`author "${key}": ${checked.errors.map((error) => error.message).join(" ")}`);
      continue;
    }
    added.push(key);
    blocks.push(block);
  }
  if (blocks.length === 0) return { added, kept, refused };
  const start = existingText === undefined ? HEADER : existingText.endsWith("\n") || existingText === "" ? "" : "\n";
  return { added, kept, refused, text: start + blocks.join("") };
}

/** Appends the new entries (or writes a new file). */
export async function writeAuthors(root: string, authorsFile: string, merge: AuthorsMerge): Promise<void> {
  if (merge.text === undefined) return;
  const file = path.join(root, authorsFile);
  if (existsSync(file)) await appendFile(file, merge.text);
  else await writeFile(file, merge.text);
}
