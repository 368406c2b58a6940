// Where a post is published: its URL, slug and folder categories as Jekyll makes them, and its redirect paths checked.
import path from "node:path";
import type { DateTime } from "luxon";
import { fileNameParts, jekyllSlugify } from "./jekyll-slug.ts";
import { expandPermalink, normalisePostUrl, PermalinkError, permalinkPattern } from "./permalink.ts";
import { slug as siteSlug } from "./slug.ts";

/** The folder Jekyll reads posts from; the folders above it are the post's first categories. */
export const POSTS_FOLDER = "_posts";

export interface PostUrlInput {
  /** Path from the project root, forward slashes: `posts/news/_posts/2016-01-05-x.md`. */
  source: string;
  /** The posts folder, relative to the project root (`posts`). */
  postsDir: string;
  /** The post's own `permalink`, else the site's setting (a pattern or a Jekyll style name). */
  permalink: string;
  date: DateTime;
  timeZone: string;
  title: string;
  /** Front matter `slug` (Jekyll's), when the post has one. */
  frontMatterSlug: string | undefined;
  /** Front matter categories, already a list. */
  categories: readonly string[];
}

export interface PostUrl {
  url: string;
  /** The `:title` value: what names the post in its URL. */
  slug: string;
  /** Folder categories, then the front matter ones, without repeats. */
  categories: string[];
}

/**
 * Jekyll's `Document#categories_from_path`: in `news/_posts/x.md` "news" is a category; in
 * `_posts/news/x.md` it is not. Paths are taken inside the posts folder (Jekyll: inside the site).
 */
export function folderCategories(source: string, postsDir: string): string[] {
  const prefix = `${postsDir.replace(/^\.\/|\/+$/g, "")}/`;
  const relative = source.startsWith(prefix) ? source.slice(prefix.length) : source;
  const folders = path.posix.dirname(relative).split("/");
  const postsAt = folders.indexOf(POSTS_FOLDER);
  return postsAt <= 0 ? [] : folders.slice(0, postsAt).filter((folder) => folder !== "" && folder !== ".");
}

/**
 * The post's URL from the permalink pattern, with the placeholders Jekyll's `Drops::UrlDrop` gives:
 * `:title` is the front matter `slug` or the file name's (after its date) in Jekyll's "pretty" slugify,
 * case kept (`2016-01-06-Hello World.md` → `Hello-World`). A post without a name in its file
 * (`2016-01-05.md`, which Jekyll would not read) is named by its title, this site's way.
 */
export function postUrl(input: PostUrlInput): PostUrl {
  const fileName = path.posix.basename(input.source);
  const file = fileNameParts(fileName);
  const undated = /^\d{2,4}-\d{1,2}-\d{1,2}$/.test(file.basename);
  const named = input.frontMatterSlug ?? (undated ? "" : file.slug);
  const title = jekyllSlugify(named, "pretty", true) || siteSlug(input.title);
  const categories = [...new Set([...folderCategories(input.source, input.postsDir), ...input.categories])];
  const url = expandPermalink(permalinkPattern(input.permalink), {
    date: input.date.setZone(input.timeZone),
    title,
    slug: jekyllSlugify(named) || siteSlug(input.title),
    name: jekyllSlugify(file.basename),
    categories,
  });
  return { url, slug: title, categories };
}

/** A `redirect_from` path as the site URL of its redirect page (`/old/post` stays without a slash, as in Jekyll). */
export function redirectPath(from: string): string {
  return normalisePostUrl(from.startsWith("/") ? from : `/${from}`);
}

/** Why each `redirect_from` path cannot be a page of this site; empty when all can. */
export function checkRedirectFrom(paths: readonly string[]): string[] {
  return paths.flatMap((from) => {
    try {
      redirectPath(from);
      return [];
    } catch (error) {
      if (!(error instanceof PermalinkError)) throw error;
      return [`redirect_from ${error.message}`];
    }
  });
}
