// Where each kind of page lives. Every link in the layouts is made here, so URLs change in one place.
import type { SiteSettings } from "../site.ts";
import type { Author } from "../taxonomy/authors.ts";
import type { DateTime } from "luxon";
import { calendarParts } from "../dates.ts";
import type { ArchivePeriod } from "../taxonomy/archives.ts";
import type { Term, TermKind } from "../taxonomy/terms.ts";
import { normaliseUrl } from "../posts/permalink.ts";

const TERM_FOLDERS: Record<TermKind, string> = { category: "categories", tag: "tags" };

/** Where resized images are published (eleventy-img's `urlPath`). */
export const RESIZED_IMAGES_URL = "/img/";

/** Where the search index and Pagefind's scripts are published. */
export const SEARCH_BUNDLE_URL = "/pagefind/";

export function homeUrl(): string {
  return "/";
}

/** `/categories/` or `/tags/`: the index of every term of a kind. */
export function termIndexUrl(kind: TermKind): string {
  return `/${TERM_FOLDERS[kind]}/`;
}

/** The settings that place term pages. */
export type TermPermalinks = Pick<SiteSettings, "categoryPermalink" | "tagPermalink">;

/**
 * `/categories/business/`, `/tags/한국/`: the term's slug put in the site's `categoryPermalink` or
 * `tagPermalink` (jekyll-archives' `:name`), so `/category/:name/` keeps an imported blog's term URLs.
 */
export function termUrl(term: Pick<Term, "kind" | "slug">, site: TermPermalinks): string {
  const pattern = term.kind === "category" ? site.categoryPermalink : site.tagPermalink;
  return normaliseUrl(pattern.replace(":name", () => term.slug));
}

/** `/authors/mina-park/`: an author's posts. */
export function authorUrl(author: Pick<Author, "slug">): string {
  return `/authors/${author.slug}/`;
}

/** `/archives/`: the index of every year and month. */
export function archiveIndexUrl(): string {
  return "/archives/";
}

/** `/2025/` for a year, `/2025/11/` for a month. */
export function archiveUrl(period: Pick<ArchivePeriod, "year"> & { month?: string }): string {
  return period.month === undefined ? `/${period.year}/` : `/${period.year}/${period.month}/`;
}

/** The month archive a post's date links to: the calendar month the author wrote, as in its URL. */
export function monthArchiveUrl(date: DateTime): string {
  const { year, month } = calendarParts(date);
  return archiveUrl({ year, month });
}

/** `/search/`. */
export function searchUrl(): string {
  return "/search/";
}

/** Page 1 of a list is its base URL; page n is `<base>page/n/`. */
export function pageUrl(base: string, pageNumber: number): string {
  return pageNumber === 1 ? base : `${base}page/${pageNumber}/`;
}

/** `/feed.xml`, or `/tags/ai/feed.xml`: the Atom feed of the whole site or of one term (inside the term's folder). */
export function feedUrl(): string;
export function feedUrl(term: Pick<Term, "kind" | "slug">, site: TermPermalinks): string;
export function feedUrl(term?: Pick<Term, "kind" | "slug">, site?: TermPermalinks): string {
  return `${term === undefined || site === undefined ? homeUrl() : termUrl(term, site)}feed.xml`;
}

/** The site's JSON Feed, beside its Atom feed. */
export function jsonFeedUrl(): string {
  return "/feed.json";
}

export function sitemapUrl(): string {
  return "/sitemap.xml";
}

export function robotsUrl(): string {
  return "/robots.txt";
}

/** Where static hosts (GitHub Pages, Netlify, Cloudflare Pages, S3 website hosting) look for the 404 page. */
export function notFoundUrl(): string {
  return "/404.html";
}

/**
 * The site's address when `url` is not set: the development server's. Only a development build gets
 * here; a production build without `url` is refused (see checkProductionSettings).
 */
export const DEVELOPMENT_URL = "http://localhost:8080";

/**
 * A site URL made absolute for readers outside the site (feeds, sitemap, canonical links, social cards):
 * the site's address, its path prefix, then the path, percent-encoded (`/tags/한국/` → `/tags/%ED%95%9C%EA%B5%AD/`).
 * Remote URLs are returned as they are.
 */
export function absoluteUrl(site: Pick<SiteSettings, "url" | "pathPrefix">, url: string): string {
  if (/^(https?:)?\/\//i.test(url)) return new URL(url, "https://invalid/").href;
  return new URL(`${site.pathPrefix}${url.replace(/^\/+/, "")}`, `${siteOrigin(site)}/`).href;
}

/** `https://example.org`: the site's address without a trailing slash. */
export function siteOrigin(site: Pick<SiteSettings, "url">): string {
  return site.url ?? DEVELOPMENT_URL;
}
