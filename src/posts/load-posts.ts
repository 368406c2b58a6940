// Reads every post file under the posts folder into Posts, collecting every content error on the way.
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { compareStrings } from "../order.ts";
import type { SiteSettings } from "../site.ts";
import type { Markdown } from "./markdown.ts";
import { ContentError } from "../problems/content-error.ts";
import { createPost, type Post, type PostContext } from "./post.ts";
import { readPostFolder } from "./post-files.ts";
import type { PostCache, PostResult } from "./post-cache.ts";
import { frontMatterValidator } from "./schema.ts";

/** The site settings that decide how a post is read. */
export type PostSettings = Pick<
  SiteSettings,
  "postsDir" | "timeZone" | "permalink" | "layouts" | "defaults" | "excerptSeparator" | "limits"
>;

export interface LoadOptions {
  site: PostSettings;
  /** Project root: sources are reported relative to it, and the posts folder is found from it. */
  root: string;
  /** This project's post layouts. */
  layouts?: readonly string[];
  markdown: Markdown;
  /** Posts read by an earlier build (watch mode): unchanged files are not read or parsed again. */
  cache?: PostCache;
  /** Posts an earlier one-off build read (the build cache): unchanged files are read but not parsed again. */
  stored?: ParsedPosts;
}

/** Posts kept by their file's text (src/cache/post-store.ts): what a text gave before, if known. */
export interface ParsedPosts {
  get(source: string, text: string): Post | undefined;
  set(source: string, text: string, post: Post): void;
}

/**
 * What reading one post needs, from the site's settings: the build, `check`, `new` and the importer all read
 * posts through this, so a post reads the same everywhere.
 */
export function postContext(options: Omit<LoadOptions, "cache" | "stored">): PostContext {
  const { site } = options;
  return {
    timeZone: site.timeZone,
    permalink: site.permalink,
    markdown: options.markdown,
    limits: site.limits,
    validate: frontMatterValidator({ timeZone: site.timeZone, layouts: options.layouts, layoutMap: site.layouts }),
    postsDir: path.relative(options.root, path.resolve(options.root, site.postsDir)).split(path.sep).join("/"),
    defaults: site.defaults,
    excerptSeparator: site.excerptSeparator,
  };
}

export interface LoadedPosts {
  /** Every post that could be read, drafts and future posts included, newest first. */
  posts: Post[];
  /** Every problem found, in file order. */
  errors: ContentError[];
  /** Problems the build reports without stopping (a front matter key one typo from a known one). */
  warnings: ContentError[];
}

/** Newest first; posts of the same instant by source path, so the order never depends on the disk. */
export function compareNewestFirst(a: Post, b: Post): number {
  return b.date.toMillis() - a.date.toMillis() || compareStrings(a.source, b.source);
}

export async function loadPosts(options: LoadOptions): Promise<LoadedPosts> {
  const dir = path.resolve(options.root, options.site.postsDir);
  const { files, links } = await readPostFolder(dir);
  const context = postContext(options);
  // Read synchronously: Eleventy waits for the posts anyway, and fs.promises.readFile takes several
  // thread-pool round trips per file; for 4,000 posts it was 5× slower (275 against 55 ms), and
  // loadPosts took twice as long as the parsing it waited on.
  const { cache, stored } = options;
  const results = files.map((file): PostResult => {
    const source = path.relative(options.root, file).split(path.sep).join("/");
    if (stored) {
      const text = readFileSync(file, "utf8");
      const known = stored.get(source, text);
      if (known) return known;
      const result = createPost(source, text, context);
      // Content errors are not kept: such a post is read again until it is fixed.
      if (!Array.isArray(result)) stored.set(source, text, result);
      return result;
    }
    if (!cache) return createPost(source, readFileSync(file, "utf8"), context);
    const stamp = statSync(file);
    const cached = cache.get(file, stamp);
    if (cached) return cached;
    const result = createPost(source, readFileSync(file, "utf8"), context);
    cache.set(file, stamp, result);
    return result;
  });
  cache?.keepOnly(new Set(files));
  const posts: Post[] = [];
  const errors: ContentError[] = [];
  const warnings = links.map(
    (link) =>
      new ContentError(
        path.relative(options.root, link).split(path.sep).join("/"),
        "is a symbolic link, and posts are never read through links (one could reach outside the project). Move the post or folder into the posts folder instead.",
      ),
  );
  for (const result of results) {
    if (Array.isArray(result)) errors.push(...result);
    else {
      posts.push(result);
      // A near-miss key changes what the post does (`draf: true` publishes a draft): worth saying in every build.
      for (const notice of result.notices) {
        if (notice.rule === "key-typo")
          warnings.push(new ContentError(result.source, notice.message, notice.field, notice.line, "warning"));
      }
    }
  }
  return { posts: posts.sort(compareNewestFirst), errors, warnings };
}
