// Every page of the site, from the table of page kinds below, with clashing URLs reported as content errors.
import { ContentError } from "../posts/content-error.ts";
import { feedPages } from "./feed-pages.ts";
import { authorPages } from "./author-pages.ts";
import { archivePages } from "./archive-pages.ts";
import { homePages } from "./home-pages.ts";
import { notFoundPage } from "./not-found-page.ts";
import { postPages } from "./post-pages.ts";
import type { Route, RouteBuilder, RouteContext } from "./route.ts";
import { sitemapPages } from "./sitemap-pages.ts";
import { searchPage } from "./search-page.ts";
import { termPages } from "./term-pages.ts";

/** The kinds of page the site has, in the order they are built. A new kind of page is a new line here. */
export const ROUTE_BUILDERS: readonly RouteBuilder[] = [
  postPages, // /2025/10/31/slug/
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
  return `the page ${(route as Route).url}`;
}

/** Two routes writing one URL would overwrite each other: each clash is a content error naming both. */
export function findUrlClashes(routes: readonly Route[]): ContentError[] {
  const owners = new Map<string, Route>();
  const errors: ContentError[] = [];
  for (const route of routes) {
    const key = route.url.normalize("NFC").toLowerCase(); // case-insensitive disks (macOS, Windows) clash too
    const owner = owners.get(key);
    if (!owner) {
      owners.set(key, route);
      continue;
    }
    const [first, second] = owner.kind === "post" ? [owner, route] : [route, owner];
    const source = first.kind === "post" ? first.post.source : describe(first);
    errors.push(
      new ContentError(
        source,
        `its URL ${route.url} is also the URL of ${describe(second)}. Give one of them another permalink (or file name).`,
        first.kind === "post" && first.post.permalink !== undefined ? "permalink" : undefined,
        first.kind === "post" ? first.post.fieldLines.get("permalink") : undefined,
      ),
    );
  }
  return errors;
}
