// Imports a Jekyll `_posts` folder: file names and front matter kept, Liquid converted, every post checked by the build's own code.
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { DateTime } from "luxon";
import { assembleBlog } from "../blog.ts";
import { emptyAuthors } from "../authors/load-authors.ts";
import { compareStrings } from "../order.ts";
import { FrontMatterError, parseFrontMatter } from "../posts/front-matter.ts";
import { compareNewestFirst, loadPosts } from "../posts/load-posts.ts";
import { createMarkdown } from "../posts/markdown.ts";
import { createPost, type Post, type PostContext } from "../posts/post.ts";
import { frontMatterValidator } from "../posts/schema.ts";
import type { SiteSettings } from "../site.ts";
import { convertLiquid } from "./convert-liquid.ts";
import { kramdownAttributeLists } from "./kramdown-attributes.ts";

export interface ImportOptions {
  /** The Jekyll site's `_posts` folder. */
  from: string;
  /** This project's root: posts go to its posts folder; messages name files relative to it. */
  root: string;
  site: SiteSettings;
  layouts: readonly string[];
  now: DateTime;
  /** Report only; write nothing. */
  dryRun: boolean;
}

export interface ImportProblem {
  /** The Jekyll file, relative to the project root. */
  readonly file: string;
  readonly line?: number;
  /** An error keeps the post out; a warning is about a post that is imported. */
  readonly level: "error" | "warning";
  readonly message: string;
}

export interface ImportedPost {
  /** The Jekyll file, relative to the project root. */
  readonly from: string;
  /** The new post, relative to the project root. */
  readonly to: string;
  readonly url: string;
  readonly converted: ReadonlyMap<string, number>;
}

export interface ImportReport {
  readonly imported: readonly ImportedPost[];
  /** Jekyll files that were not imported (each has an error, or a warning saying why it was skipped). */
  readonly notImported: readonly string[];
  readonly problems: readonly ImportProblem[];
}

/** Jekyll's Markdown extensions; this site reads `.md` and `.markdown`, so the others become `.md`. */
const MARKDOWN = /\.(md|markdown)$/i;
const OTHER_MARKDOWN = /\.(mkdown|mkdn|mkd|mdown|mdwn)$/i;

interface Candidate {
  /** Relative to the project root, for messages. */
  from: string;
  /** Inside `_posts`, with forward slashes. */
  relative: string;
  /** The new post's path from the project root. */
  to: string;
  frontMatter: string;
  body: string;
  bodyLine: number;
  text: string;
}

export async function importJekyllPosts(options: ImportOptions): Promise<ImportReport> {
  const { site, root } = options;
  const problems: ImportProblem[] = [];
  const notImported: string[] = [];
  const shown = (file: string) => path.relative(root, file).split(path.sep).join("/") || ".";
  const markdown = createMarkdown();
  const context: PostContext = {
    timeZone: site.timeZone,
    permalink: site.permalink,
    markdown,
    validate: frontMatterValidator({ timeZone: site.timeZone, layouts: options.layouts }),
  };
  const postsDir = site.postsDir.split(path.sep).join("/");

  // 1. The files, with their front matter split off exactly as the build splits it.
  const candidates: Candidate[] = [];
  for (const file of await jekyllFiles(options.from)) {
    const relative = path.relative(options.from, file).split(path.sep).join("/");
    const from = shown(file);
    if (!MARKDOWN.test(relative) && !OTHER_MARKDOWN.test(relative)) {
      notImported.push(from);
      problems.push({
        file: from,
        level: "warning",
        message: "was skipped: only Markdown posts are imported. Convert it to Markdown and import it again.",
      });
      continue;
    }
    const target = OTHER_MARKDOWN.test(relative) ? relative.replace(OTHER_MARKDOWN, ".md") : relative;
    if (target !== relative)
      problems.push({
        file: from,
        level: "warning",
        message: `is imported as ${path.posix.basename(target)}: this site reads .md and .markdown files.`,
      });
    const text = (await readFile(file, "utf8")).replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
    try {
      const parsed = parseFrontMatter(text);
      candidates.push({
        from,
        relative: target,
        to: `${postsDir}/${target}`,
        frontMatter: text.slice(0, text.length - parsed.body.length),
        body: parsed.body,
        bodyLine: parsed.bodyLine,
        text,
      });
    } catch (error) {
      if (!(error instanceof FrontMatterError)) throw error;
      notImported.push(from);
      problems.push({ file: from, line: error.line, level: "error", message: `${error.message} It was not imported.` });
    }
  }

  // 2. Every post's URL, for `{% post_url %}`: the existing posts' and the imported ones' (which win).
  // A new blog may have no posts folder yet.
  const existing = existsSync(path.join(root, site.postsDir))
    ? await loadPosts({
        root,
        postsDir: site.postsDir,
        timeZone: site.timeZone,
        permalink: site.permalink,
        layouts: options.layouts,
        markdown,
      })
    : { posts: [], errors: [] };
  const urls = new Map<string, string>();
  for (const post of existing.posts) addPostName(urls, post.source.slice(postsDir.length + 1), post.url);
  for (const candidate of candidates) {
    const post = createPost(candidate.to, candidate.text, context);
    if (!Array.isArray(post)) addPostName(urls, candidate.relative, post.url);
  }
  const postUrl = (name: string) => {
    const key = postKey(name);
    return urls.get(key) ?? urls.get(path.posix.basename(key));
  };

  // 3. Liquid converted, then the result read back by the build's own code.
  const ready: Array<{ candidate: Candidate; post: Post; text: string; converted: ReadonlyMap<string, number> }> = [];
  for (const candidate of candidates) {
    if (existsSync(path.join(root, candidate.to))) {
      notImported.push(candidate.from);
      problems.push({
        file: candidate.from,
        level: "error",
        message: `was not imported: ${candidate.to} already exists, and is never overwritten.`,
      });
      continue;
    }
    const conversion = convertLiquid(candidate.body, { firstLine: candidate.bodyLine, postUrl, siteUrl: site.url });
    const text = candidate.frontMatter + conversion.body;
    const post = createPost(candidate.to, text, context);
    if (Array.isArray(post)) {
      notImported.push(candidate.from);
      for (const error of post) {
        problems.push({
          file: candidate.from,
          line: error.line,
          level: "error",
          message: `${error.problem} It was not imported: fix it here and import again.`,
        });
      }
      continue;
    }
    const warnings = [...conversion.problems, ...kramdownAttributeLists(markdown, conversion.body, candidate.bodyLine)];
    for (const problem of warnings)
      problems.push({ file: candidate.from, line: problem.line, level: "warning", message: problem.message });
    ready.push({ candidate, post, text, converted: conversion.converted });
  }

  // 4. URLs that would clash with each other or with existing posts, as the build (with drafts and future posts) finds them.
  const clashing = clashingImports(
    site,
    root,
    options.now,
    existing.posts,
    ready.map((item) => item.post),
  );
  const imported: ImportedPost[] = [];
  for (const item of ready) {
    const clash = clashing.get(item.post.source);
    if (clash !== undefined) {
      notImported.push(item.candidate.from);
      problems.push({
        file: item.candidate.from,
        line: item.post.fieldLines.get("permalink"),
        level: "error",
        message: `${clash} It was not imported.`,
      });
      continue;
    }
    if (!options.dryRun) {
      const destination = path.join(root, item.candidate.to);
      await mkdir(path.dirname(destination), { recursive: true });
      await writeFile(destination, item.text, { flag: "wx" });
    }
    imported.push({ from: item.candidate.from, to: item.candidate.to, url: item.post.url, converted: item.converted });
  }
  return { imported, notImported: notImported.sort(compareStrings), problems };
}

/** Files under `_posts`, sorted; names starting with `.` or `_` are skipped, as the build skips them. */
async function jekyllFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter(
      (file) =>
        !path
          .relative(dir, file)
          .split(path.sep)
          .some((part) => /^[._]/.test(part)),
    )
    .sort(compareStrings);
}

/** `{% post_url 2010-07-21-name %}`, `{% post_url sub/2010-07-21-name %}`, `{% link _posts/2010-07-21-name.md %}`. */
function postKey(name: string): string {
  return name
    .replace(/^["']|["']$/g, "")
    .replace(/^\/+/, "")
    .replace(/^_posts\//, "")
    .replace(/\.(md|markdown|mkdown|mkdn|mkd|mdown|mdwn|html)$/i, "");
}

function addPostName(urls: Map<string, string>, relative: string, url: string): void {
  const key = postKey(relative);
  urls.set(key, url);
  urls.set(path.posix.basename(key), url);
}

/**
 * The imported posts whose URL another page already has, each with the reason. One post of a clash is
 * left out at a time (an imported one, never an existing one) until the rest builds.
 */
function clashingImports(
  site: SiteSettings,
  root: string,
  now: DateTime,
  existing: readonly Post[],
  imported: readonly Post[],
): Map<string, string> {
  const clashing = new Map<string, string>();
  const preview = { ...site, includeDrafts: true, includeFuture: true };
  for (;;) {
    const remaining = imported.filter((post) => !clashing.has(post.source));
    const sources = {
      posts: [...existing, ...remaining].sort(compareNewestFirst),
      authors: emptyAuthors(site.authorsFile),
      errors: [],
      markdown: createMarkdown(),
    };
    const candidates = new Map(remaining.map((post) => [post.source, post]));
    let excluded = false;
    for (const error of assembleBlog(preview, sources, { root, now }).errors) {
      // The build names one post as the error's file and the other in its message; the later one is left out.
      const mentioned = [...candidates.keys()].find(
        (source) => source !== error.file && error.problem.includes(source),
      );
      if (mentioned !== undefined) {
        clashing.set(
          mentioned,
          `its URL ${candidates.get(mentioned)!.url} is also the URL of ${error.file}. Give one of them another permalink (or file name).`,
        );
      } else if (candidates.has(error.file)) {
        clashing.set(error.file, error.problem);
      } else {
        continue;
      }
      excluded = true;
      break;
    }
    if (!excluded) return clashing;
  }
}
