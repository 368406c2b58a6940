// Every page of the site, from the table of page kinds below, with clashing URLs found as data and reported as content errors.
import { ContentError } from "../problems/content-error.ts";
import { htmlOutputPath } from "../posts/permalink.ts";
import { feedPages } from "./feed-pages.ts";
import { authorPages } from "./author-pages.ts";
import { archivePages } from "./archive-pages.ts";
import { homePages } from "./home-pages.ts";
import { notFoundPage } from "./not-found-page.ts";
import { postPages } from "./post-pages.ts";
import { redirectPages } from "./redirect-pages.ts";
import type { Route, RouteBuilder, RouteContext } from "./route.ts";
import { sitemapPages } from "./sitemap-pages.ts";
import { searchPage } from "./search-page.ts";
import { standalonePages } from "./standalone-pages.ts";
import { termPages } from "./term-pages.ts";

/** The kinds of page the site has, in the order they are built. A new kind of page is a new line here. */
export const ROUTE_BUILDERS: readonly RouteBuilder[] = [
  postPages, // /2025/10/31/slug/ (a redirect page for a post with redirect_to)
  standalonePages, // /about/: each page of the pages folder
  redirectPages, // each redirect_from path: /old/url/, /old/page.html
  homePages, // /, /page/2/
  termPages, // /categories/, /categories/<slug>/, /tags/, /tags/<slug>/ (each paginated)
  authorPages, // /authors/<slug>/ (paginated)
  archivePages, // /archives/, /2025/, /2025/11/ (each paginated)
  searchPage, // /search/ (when the site has search)
  feedPages, // /feed.xml, /feed.json, /categories/<slug>/feed.xml, /tags/<slug>/feed.xml
  notFoundPage, // /404.html
  sitemapPages, // /sitemap.xml, /robots.txt: last, as they list the pages made above
];

/** Runs the builders in order; each sees the routes made before it. */
export function buildRoutes(context: Omit<RouteContext, "routes">): Route[] {
  const routes: Route[] = [];
  for (const build of ROUTE_BUILDERS) routes.push(...build({ ...context, routes }));
  return routes;
}

/** Where a route comes from, for an error message: the post's file, or the page it is. */
function describe(route: Route): string {
  if (route.kind === "post") return route.post.source;
  if (route.kind === "page") return route.page.source;
  if (route.kind === "term-index") return `the ${route.termKind} index`;
  if (route.kind === "author") return `the page of author "${route.author.key}"`;
  if (route.kind === "list")
    return route.term ? `the page of ${route.term.kind} "${route.term.name}"` : "the home page";
  if (route.kind === "feed")
    return route.term ? `the feed of ${route.term.kind} "${route.term.name}"` : "the site's feed";
  if (route.kind === "archive")
    return `the archive of ${route.period.kind === "year" ? route.period.year : `${route.period.year}-${route.period.month}`}`;
  if (route.kind === "archive-index") return "the archive index";
  if (route.kind === "search") return "the search page";
  if (route.kind === "redirect")
    return route.field === "redirect_from" ? `a redirect_from of ${route.post.source}` : route.post.source;
  return `the page ${(route as Route).url}`;
}

/** The output file a route writes, as a key: `/x/` and `/x/index.html`, `/x` and `/x.html` are one file. */
export function fileKey(route: Route): string {
  // Only posts and redirects have URLs that are neither a folder nor a file name (Jekyll's `/2016/x`).
  const html = route.kind === "post" || route.kind === "page" || route.kind === "redirect" || route.url.endsWith("/");
  const file = html ? htmlOutputPath(route.url) : route.url;
  return file.normalize("NFC").toLowerCase(); // case-insensitive disks (macOS, Windows) clash too
}

/** The post and front matter key a clash is blamed on: a redirect's key, else a post's `permalink`. */
function blame(route: Route): { source: string; field?: string; line?: number } | undefined {
  if (route.kind === "page") {
    const { page } = route;
    const field = page.permalink !== undefined ? "permalink" : undefined;
    return { source: page.source, field, line: field === undefined ? undefined : page.fieldLines.get(field) };
  }
  if (route.kind !== "post" && route.kind !== "redirect") return undefined;
  const field = route.kind === "redirect" ? route.field : route.post.permalink !== undefined ? "permalink" : undefined;
  return { source: route.post.source, field, line: field === undefined ? undefined : route.post.fieldLines.get(field) };
}

/** One of two routes that would write the same file. */
export interface ClashingRoute {
  /** The post or page file it is made from (`posts/x.md`); a redirect's is its post's. Undefined for pages of code. */
  readonly source?: string;
  /** How a message names it: its file, else "a redirect_from of posts/x.md", "the home page", "the feed of tag "x""… */
  readonly name: string;
  /** The front matter key that gave it its URL (`permalink`, `redirect_from`, `redirect_to`), when one did. */
  readonly field?: string;
  /** That key's line in `source`. */
  readonly line?: number;
}

/** Two routes that would write one file: which URL, and which two, as data (the build's error is made from it). */
export interface UrlClash {
  /** The URL of the route the clash is blamed on. */
  readonly url: string;
  /** A redirect_from that came later, else a post, else the page made first: the one whose URL should change. */
  readonly blamed: ClashingRoute;
  /** The route that has the file too. */
  readonly other: ClashingRoute;
}

function clashingRoute(route: Route): ClashingRoute {
  return { ...blame(route), name: describe(route) };
}

/** Two routes writing one file would overwrite each other: every such pair, in the order the routes are made. */
export function findUrlClashes(routes: readonly Route[]): UrlClash[] {
  const owners = new Map<string, Route>();
  const clashes: UrlClash[] = [];
  for (const route of routes) {
    const key = fileKey(route);
    const owner = owners.get(key);
    if (!owner) {
      owners.set(key, route);
      continue;
    }
    // Blame the redirect_from that came later, else the post, else the page made first.
    const [first, second] =
      route.kind === "redirect" || (owner.kind !== "post" && owner.kind !== "redirect")
        ? [route, owner]
        : [owner, route];
    clashes.push({ url: first.url, blamed: clashingRoute(first), other: clashingRoute(second) });
  }
  return clashes;
}

/** A clash as the content error the build reports: filed under the blamed route's file, naming the other. */
export function urlClashError(clash: UrlClash): ContentError {
  const { blamed, other } = clash;
  const fix =
    blamed.field === "redirect_from"
      ? "Remove that path from redirect_from, or give the other page another URL."
      : "Give one of them another permalink (or file name).";
  return new ContentError(
    blamed.source ?? blamed.name,
    `its URL ${clash.url} is also the URL of ${other.name}. ${fix}`,
    blamed.field,
    blamed.line,
  );
}
