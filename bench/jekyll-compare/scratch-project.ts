// A throwaway copy of this project that imports one Jekyll blog and builds it, as a migrating author would.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { ImportOutcome } from "./compare.ts";

export const PROJECT_ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** What a built blog needs of this project; node_modules is linked, not copied. */
const PROJECT_FILES = [
  "package.json",
  "site.config.ts",
  ".eleventy.ts",
  "src",
  "layouts",
  "assets",
  "tsconfig.json",
  "authors.yml",
];

/** The settings the comparison builds with: the (possibly imported) site.config.ts, with search off for speed. */
const COMPARE_CONFIG = `// Written by bench/jekyll-compare: the project's settings, without the search index (it changes no URL).
import site from "./site.config.ts";

export default { ...site, search: false };
`;

/** A copy of the project in `dir` with an empty posts folder. */
export function makeScratchProject(dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (const name of PROJECT_FILES) {
    const from = path.join(PROJECT_ROOT, name);
    if (existsSync(from)) cpSync(from, path.join(dir, name), { recursive: true });
  }
  symlinkSync(path.join(PROJECT_ROOT, "node_modules"), path.join(dir, "node_modules"), "dir");
  mkdirSync(path.join(dir, "posts"), { recursive: true });
  writeFileSync(path.join(dir, "compare.config.ts"), COMPARE_CONFIG);
}

export type ImportFrom = "root" | "posts";

export interface ImportRun {
  /** By Jekyll path (relative to the site root): where each file's post went, or why it did not. */
  outcomes: Map<string, ImportOutcome>;
  /** The importer's output, every call's, for --keep and for debugging. */
  log: string;
}

/**
 * THE importer call. `root`: `npm run import:jekyll -- <site-root> --force` (the importer that takes a whole
 * site; `--force` because the scratch project is a fresh clone, whose sample settings a migrating author replaces).
 * `posts`: the importer that takes one `_posts` folder, called once for each `_posts` folder Jekyll read posts
 * from (not those its `exclude` leaves out), outermost first (a later folder's posts whose file names were
 * taken are refused).
 */
export function importJekyll(
  scratch: string,
  siteRoot: string,
  from: ImportFrom,
  jekyllPosts: readonly string[],
): ImportRun {
  const targets = from === "root" ? [siteRoot] : postsFolders(siteRoot, jekyllPosts);
  const outcomes = new Map<string, ImportOutcome>();
  let log = "";
  for (const target of targets) {
    const args = ["run", "--silent", "import:jekyll", "--", target, ...(from === "root" ? ["--force"] : [])];
    const result = spawnSync("npm", args, {
      cwd: scratch,
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1" },
      maxBuffer: 256 * 1024 * 1024,
    });
    const output = `${result.stdout ?? ""}\n${result.stderr ?? ""}`;
    log += `$ npm run ${args.slice(2).join(" ")}\n${output}\n`;
    for (const [file, outcome] of parseImportOutput(output, scratch, siteRoot)) {
      const known = outcomes.get(file);
      // A file's first error is its cause; a URL, once imported, stays.
      if (known?.error === undefined && known?.url === undefined) outcomes.set(file, outcome);
      else if (outcome.url !== undefined) outcomes.set(file, { url: outcome.url });
    }
    if (result.status !== 0 && result.status !== 1) {
      const first = firstLine(output) || `exit code ${result.status}`;
      for (const file of postFilesUnder(target, siteRoot))
        if (!outcomes.has(file)) outcomes.set(file, { error: `importer failed: ${first}` });
    }
  }
  return { outcomes, log };
}

/**
 * The importer's report, line by line: `FROM → TO (URL)…` for an imported post, `FILE[:LINE]: error: MESSAGE`
 * for a refused one. Files are named relative to the scratch project; here, relative to the site root.
 */
export function parseImportOutput(output: string, scratch: string, siteRoot: string): Map<string, ImportOutcome> {
  const outcomes = new Map<string, ImportOutcome>();
  const key = (shown: string) => path.relative(siteRoot, path.resolve(scratch, shown.trim())).split(path.sep).join("/");
  for (const line of output.split("\n")) {
    const imported = /^(.+?) → (.+?) \((\/[^)]*)\)/.exec(line);
    if (imported) {
      outcomes.set(key(imported[1]!), { url: imported[3]! });
      continue;
    }
    const refused = /^(.+?)(?::(\d+))?: error: (.*)$/.exec(line);
    if (refused) {
      const file = key(refused[1]!);
      if (outcomes.get(file)?.error === undefined) outcomes.set(file, { error: refused[3]!.trim() });
    }
  }
  return outcomes;
}

/** Every `_posts` folder holding a post Jekyll read (paths relative to the site root), outermost first. */
export function postsFolders(siteRoot: string, jekyllPosts: readonly string[]): string[] {
  const read = new Set(jekyllPosts.map((file) => file.slice(0, file.lastIndexOf("_posts/") + "_posts".length)));
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (!entry.isDirectory()) continue;
      const full = path.join(dir, entry.name);
      const relative = path.relative(siteRoot, full).split(path.sep).join("/");
      if (entry.name === "_posts") {
        if (read.has(relative)) found.push(full);
      } else if (!/^[._]/.test(entry.name) && entry.name !== "node_modules" && entry.name !== "vendor") walk(full);
    }
  };
  walk(siteRoot);
  return found.sort((a, b) => a.split(path.sep).length - b.split(path.sep).length || (a < b ? -1 : 1));
}

function postFilesUnder(target: string, siteRoot: string): string[] {
  if (!existsSync(target)) return [];
  return readdirSync(target, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(siteRoot, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"));
}

export interface BuildRun {
  ok: boolean;
  /** The build's message when it failed: the first line, and every line naming a post file. */
  error?: string;
  log: string;
}

/** `npm run build` in the scratch project, into `_site`, with the comparison's settings. */
export function buildScratch(scratch: string): BuildRun {
  const result = spawnSync("npm", ["run", "--silent", "build", "--", "--config=compare.config.ts"], {
    cwd: scratch,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
    maxBuffer: 256 * 1024 * 1024,
  });
  const log = `${result.stdout ?? ""}\n${result.stderr ?? ""}`;
  if (result.status === 0) return { ok: true, log };
  return { ok: false, error: firstLine(result.stderr || result.stdout) || `exit code ${result.status}`, log };
}

function firstLine(text: string): string {
  return (
    text
      .split("\n")
      .map((line) => line.trim())
      .find((line) => line !== "" && !line.startsWith("Warning:")) ?? ""
  );
}
