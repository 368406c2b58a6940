// Reads every post file under the posts folder into Posts, collecting every content error on the way.
import { readFileSync, statSync } from "node:fs";
import type { Dirent } from "node:fs";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { compareStrings } from "../order.ts";
import type { PostLimits } from "./limits.ts";
import type { Markdown } from "./markdown.ts";
import { ContentError } from "./content-error.ts";
import type { FrontMatterDefault } from "./front-matter-defaults.ts";
import { createPost, type Post } from "./post.ts";
import { POSTS_FOLDER } from "./post-url.ts";
import type { PostCache, PostResult } from "./post-cache.ts";
import { frontMatterValidator } from "./schema.ts";

/** Jekyll's default extension is `.markdown`; both are posts. */
const POST_FILE = /\.(md|markdown)$/i;

export interface LoadOptions {
  /** Folder of posts, relative to `root`. */
  postsDir: string;
  /** Project root: sources are reported relative to it. */
  root: string;
  timeZone: string;
  permalink: string;
  /** This project's post layouts. */
  layouts?: readonly string[];
  /** The `layouts` setting: Jekyll layout names → this project's layouts. */
  layoutMap?: Readonly<Record<string, string>>;
  /** The `defaults` setting. */
  defaults?: readonly FrontMatterDefault[];
  /** The `excerptSeparator` setting. */
  excerptSeparator?: string;
  markdown: Markdown;
  limits?: PostLimits;
  /** Posts read by an earlier build (watch mode): unchanged files are not read or parsed again. */
  cache?: PostCache;
}

export interface LoadedPosts {
  /** Every post that could be read, drafts and future posts included, newest first. */
  posts: Post[];
  /** Every problem found, in file order. */
  errors: ContentError[];
  /** Problems the build reports without stopping (a front matter key one typo from a known one). */
  warnings: ContentError[];
}

/** What a posts folder holds: its post files, and the symbolic links in it, which are never read. */
interface PostFolder {
  files: string[];
  links: string[];
}

/**
 * Post files under `dir`, sorted; names starting with `.` or `_` (editor files, Jekyll's drafts folder) are
 * skipped, except Jekyll's `_posts` folders, whose parent folders are categories (see folderCategories).
 * Links are not followed: a post linked in from outside would be read and published.
 */
async function readPostFolder(dir: string): Promise<PostFolder> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const visible = (file: string) =>
    !path.relative(dir, file).split(path.sep).some((part) => /^[._]/.test(part) && part !== POSTS_FOLDER);
  const pathOf = (entry: Dirent) => path.join(entry.parentPath, entry.name);
  return {
    files: entries
      .filter((entry) => entry.isFile() && POST_FILE.test(entry.name))
      .map(pathOf)
      .filter(visible)
      .sort(compareStrings),
    links: entries.filter((entry) => entry.isSymbolicLink()).map(pathOf).filter(visible).sort(compareStrings),
  };
}

export async function findPostFiles(dir: string): Promise<string[]> {
  return (await readPostFolder(dir)).files;
}

/** Newest first; posts of the same instant by source path, so the order never depends on the disk. */
export function compareNewestFirst(a: Post, b: Post): number {
  return b.date.toMillis() - a.date.toMillis() || compareStrings(a.source, b.source);
}

export async function loadPosts(options: LoadOptions): Promise<LoadedPosts> {
  const dir = path.resolve(options.root, options.postsDir);
  const { files, links } = await readPostFolder(dir);
  const context = {
    timeZone: options.timeZone,
    permalink: options.permalink,
    markdown: options.markdown,
    limits: options.limits,
    validate: frontMatterValidator({
      timeZone: options.timeZone,
      layouts: options.layouts,
      layoutMap: options.layoutMap,
    }),
    postsDir: path.relative(options.root, dir).split(path.sep).join("/"),
    defaults: options.defaults,
    excerptSeparator: options.excerptSeparator,
  };
  // Read synchronously: Eleventy waits for the posts anyway, and fs.promises.readFile takes several
  // thread-pool round trips per file; for 4,000 posts it was 5× slower (275 against 55 ms), and
  // loadPosts took twice as long as the parsing it waited on.
  const { cache } = options;
  const results = files.map((file): PostResult => {
    const source = path.relative(options.root, file).split(path.sep).join("/");
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
        if (notice.rule === "key-typo") warnings.push(new ContentError(result.source, notice.message, notice.field, notice.line));
      }
    }
  }
  return { posts: posts.sort(compareNewestFirst), errors, warnings };
}
