// Reads every post file under the posts folder into Posts, collecting every content error on the way.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { compareStrings } from "../order.ts";
import type { Markdown } from "./markdown.ts";
import { ContentError } from "./content-error.ts";
import { createPost, type Post } from "./post.ts";
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
  layouts: readonly string[];
  markdown: Markdown;
}

export interface LoadedPosts {
  /** Every post that could be read, drafts and future posts included, newest first. */
  posts: Post[];
  /** Every problem found, in file order. */
  errors: ContentError[];
}

/** Post files under `dir`, sorted; names starting with `.` or `_` (editor files, Jekyll's drafts folder) are skipped. */
export async function findPostFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && POST_FILE.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => !path.relative(dir, file).split(path.sep).some((part) => /^[._]/.test(part)))
    .sort(compareStrings);
}

/** Newest first; posts of the same instant by source path, so the order never depends on the disk. */
export function compareNewestFirst(a: Post, b: Post): number {
  return b.date.toMillis() - a.date.toMillis() || compareStrings(a.source, b.source);
}

export async function loadPosts(options: LoadOptions): Promise<LoadedPosts> {
  const dir = path.resolve(options.root, options.postsDir);
  const files = await findPostFiles(dir);
  const context = {
    timeZone: options.timeZone,
    permalink: options.permalink,
    markdown: options.markdown,
    validate: frontMatterValidator({ timeZone: options.timeZone, layouts: options.layouts }),
  };
  const posts: Post[] = [];
  const errors: ContentError[] = [];
  const texts = await Promise.all(files.map((file) => readFile(file, "utf8")));
  files.forEach((file, index) => {
    const source = path.relative(options.root, file).split(path.sep).join("/");
    const post = createPost(source, texts[index]!, context);
    if (Array.isArray(post)) errors.push(...post);
    else posts.push(post);
  });
  return { posts: posts.sort(compareNewestFirst), errors };
}
