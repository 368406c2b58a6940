// Standalone pages (`pages/about.md` → `/about/`): read by the post reader with the post schema, so a page
// has the same front matter, the same errors naming file, line and field, and the same checks as a post.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { ContentError } from "../problems/content-error.ts";
import type { PostLimits } from "../posts/limits.ts";
import { findPostFiles } from "../posts/post-files.ts";
import type { Markdown } from "../posts/markdown.ts";
import { createPost, type Post } from "../posts/post.ts";
import { frontMatterValidator } from "../posts/schema.ts";
import { jekyllSlugify } from "../posts/jekyll-slug.ts";

/**
 * A page is a Post that no list, feed, archive or taxonomy sees: its `date` is the reader's placeholder
 * (a page has none, and no layout shows it), its categories and tags are ignored. Its `updated` date,
 * when it has one, is shown and is its sitemap `lastmod`.
 */
export type StandalonePage = Post;

export interface PageLoadOptions {
  root: string;
  /** The `pagesDir` setting; a site without that folder has no pages. */
  pagesDir: string;
  timeZone: string;
  markdown: Markdown;
  layouts?: readonly string[];
  layoutMap?: Readonly<Record<string, string>>;
  limits?: PostLimits;
}

/** A page has no date, and the post reader needs one: this one is never shown, sorted by or published. */
const NO_DATE = "1970-01-01";

/** Every page under the pages folder, by file path; a page's `draft: true` keeps it out of real builds. */
export async function loadStandalonePages(
  options: PageLoadOptions,
): Promise<{ pages: StandalonePage[]; errors: ContentError[] }> {
  const dir = path.resolve(options.root, options.pagesDir);
  if (!existsSync(dir)) return { pages: [], errors: [] };
  const validate = frontMatterValidator({
    timeZone: options.timeZone,
    layouts: options.layouts,
    layoutMap: options.layoutMap,
  });
  const pagesDir = path.relative(options.root, dir).split(path.sep).join("/");
  const pages: StandalonePage[] = [];
  const errors: ContentError[] = [];
  for (const file of await findPostFiles(dir)) {
    const source = path.relative(options.root, file).split(path.sep).join("/");
    const result = createPost(source, readFileSync(file, "utf8"), {
      timeZone: options.timeZone,
      // The page's own address: its path in the folder, `about.md` at /about/, `team/jobs.md` at /team/jobs/.
      permalink: pageUrl(path.relative(dir, file)),
      postsDir: pagesDir,
      markdown: options.markdown,
      validate,
      limits: options.limits,
      defaults: [{ scope: { path: "" }, values: { date: NO_DATE } }],
    });
    if (Array.isArray(result)) errors.push(...result);
    else pages.push({ ...result, categories: [], tags: [] });
  }
  return { pages, errors };
}

/** `about.md` → `/about/`; `team/Jobs Board.md` → `/team/jobs-board/`; `index.md` in a folder is the folder. */
export function pageUrl(relative: string): string {
  const parts = relative.split(path.sep).map((part) => jekyllSlugify(part.replace(/\.(md|markdown)$/i, ""), "pretty"));
  if (parts.at(-1) === "index") parts.pop();
  return parts.length === 0 ? "/" : `/${parts.join("/")}/`;
}
