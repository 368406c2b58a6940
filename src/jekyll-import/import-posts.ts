// Imports a Jekyll site's `_posts` folders: file names and front matter kept, Liquid converted, every post checked by the build's own code.
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { DateTime } from "luxon";
import { compareStrings } from "../order.ts";
import { FrontMatterError, parseFrontMatter } from "../posts/front-matter.ts";
import { loadPosts, postContext } from "../posts/load-posts.ts";
import { readPostFolder } from "../posts/post-files.ts";
import { createMarkdown, markdownOptions } from "../posts/markdown.ts";
import { createPost, type Post } from "../posts/post.ts";
import type { Problem } from "../problems/problem.ts";
import { isWritableInside } from "../project-files.ts";
import type { SiteSettings } from "../site.ts";
import { normaliseText } from "../source-text.ts";
import { convertLiquid } from "./convert-liquid.ts";
import { importedName } from "./jekyll-files.ts";
import type { PostsFolder } from "./jekyll-site.ts";
import { oldUrlRedirect } from "./old-url-redirect.ts";
import { kramdownAttributeLists } from "./kramdown-attributes.ts";
import { postUrlLookup } from "./post-names.ts";
import { clashingImports } from "./url-clashes.ts";

export interface ImportOptions {
  /** The Jekyll site's `_posts` folders, each with the folder its posts go to inside the posts folder. */
  folders: readonly PostsFolder[];
  /** This project's root: posts go to its posts folder; messages name files relative to it. */
  root: string;
  site: SiteSettings;
  layouts: readonly string[];
  now: DateTime;
  /** Report only; write nothing. */
  dryRun: boolean;
  /**
   * The Jekyll site's permalink when this project's URL scheme is kept instead (`--urls new`): each post
   * whose URL changes gets `redirect_from: [<its Jekyll URL>]`, so the old URL leads to it.
   */
  redirectFromPermalink?: string;
}

export interface ImportedPost {
  /** The Jekyll file, relative to the project root. */
  readonly from: string;
  /** The new post, relative to the project root. */
  readonly to: string;
  readonly url: string;
  /** Its URL on the Jekyll site, when `redirect_from` was added for it. */
  readonly redirectFrom?: string;
  readonly converted: ReadonlyMap<string, number>;
  /** The post as the build reads it, and its text as written, for the files it references. */
  readonly post: Post;
  readonly text: string;
}

export interface ImportReport {
  readonly imported: readonly ImportedPost[];
  /** Jekyll files that were not imported (each has an error, or a warning saying why it was skipped). */
  readonly notImported: readonly string[];
  /** Each names the Jekyll file, relative to the project root: an error keeps the post out; a warning is about a post that is imported. */
  readonly problems: readonly Problem[];
}

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
  const problems: Problem[] = [];
  const notImported: string[] = [];
  const shown = (file: string) => path.relative(root, file).split(path.sep).join("/") || ".";
  const markdown = createMarkdown(markdownOptions(site));
  const context = postContext({ site, root, layouts: options.layouts, markdown });
  const postsDir = site.postsDir.split(path.sep).join("/");

  // 1. The files, with their front matter split off exactly as the build splits it.
  const candidates: Candidate[] = [];
  const files = await Promise.all(
    options.folders.map(async (folder) =>
      (await readPostFolder(folder.dir, { everyFile: true })).files.map((file) => ({ folder, file })),
    ),
  );
  for (const { folder, file } of files.flat()) {
    const inside = importedName(path.relative(folder.dir, file).split(path.sep).join("/"));
    const relative = inside === undefined || folder.into === "" ? inside : `${folder.into}/${inside}`;
    const from = shown(file);
    const target = relative;
    if (target === undefined) {
      notImported.push(from);
      problems.push({
        file: from,
        level: "warning",
        message: "was skipped: only Markdown posts are imported. Convert it to Markdown and import it again.",
      });
      continue;
    }
    if (path.posix.basename(target) !== path.basename(file))
      problems.push({
        file: from,
        level: "warning",
        message: `is imported as ${path.posix.basename(target)}: this site reads .md and .markdown files.`,
      });
    const text = normaliseText(await readFile(file, "utf8"));
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
    ? await loadPosts({ site, root, layouts: options.layouts, markdown })
    : { posts: [], errors: [] };
  const postUrl = postUrlLookup([
    ...existing.posts.map((post) => [post.source.slice(postsDir.length + 1), post.url] as const),
    ...candidates.flatMap((candidate) => {
      const post = createPost(candidate.to, candidate.text, context);
      return Array.isArray(post) ? [] : [[candidate.relative, post.url] as const];
    }),
  ]);

  // 3. Liquid converted, then the result read back by the build's own code.
  const ready: Array<{
    candidate: Candidate;
    post: Post;
    text: string;
    converted: ReadonlyMap<string, number>;
    redirectFrom: string | undefined;
  }> = [];
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
    let text = candidate.frontMatter + conversion.body;
    let redirectFrom: string | undefined;
    if (options.redirectFromPermalink !== undefined) {
      const redirect = oldUrlRedirect(candidate.to, candidate.frontMatter, conversion.body, {
        jekyll: { ...context, permalink: options.redirectFromPermalink },
        here: context,
      });
      if (redirect.problem !== undefined) {
        problems.push({ file: candidate.from, level: "warning", message: redirect.problem });
      } else if (redirect.url !== undefined && redirect.text !== undefined) {
        redirectFrom = redirect.url;
        text = redirect.text;
      }
    }
    const post = createPost(candidate.to, text, context);
    if (Array.isArray(post)) {
      notImported.push(candidate.from);
      for (const error of post) {
        problems.push({
          file: candidate.from,
          line: error.line,
          level: "error",
          message: `${error.message} It was not imported: fix it here and import again.`,
        });
      }
      continue;
    }
    const warnings = [...conversion.problems, ...kramdownAttributeLists(markdown, conversion.body, candidate.bodyLine)];
    for (const problem of warnings)
      problems.push({ file: candidate.from, line: problem.line, level: "warning", message: problem.message });
    ready.push({ candidate, post, text, converted: conversion.converted, redirectFrom });
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
    const destination = path.join(root, item.candidate.to);
    if (!isWritableInside(destination, path.join(root, site.postsDir))) {
      notImported.push(item.candidate.from);
      problems.push({
        file: item.candidate.from,
        level: "error",
        message: `was not imported: ${item.candidate.to} would be written through a symbolic link that leads out of ${site.postsDir}/, and the importer never writes outside it. Replace the link with a folder.`,
      });
      continue;
    }
    if (!options.dryRun) {
      await mkdir(path.dirname(destination), { recursive: true });
      await writeFile(destination, item.text, { flag: "wx" });
    }
    imported.push({
      from: item.candidate.from,
      to: item.candidate.to,
      url: item.post.url,
      ...(item.redirectFrom === undefined ? {} : { redirectFrom: item.redirectFrom }),
      converted: item.converted,
      post: item.post,
      text: item.text,
    });
  }
  return { imported, notImported: notImported.sort(compareStrings), problems };
}
