// The sitemap and robots.txt: every public page, with when it last changed, for search engines.
import type { DateTime } from "luxon";
import type { Post } from "../posts/post.ts";
import type { Route, RouteContext, RobotsRoute, SitemapEntry, SitemapRoute } from "./route.ts";
import { robotsUrl, sitemapUrl } from "./urls.ts";

export function sitemapPages({ routes, posts }: RouteContext): [SitemapRoute, RobotsRoute] {
  const entries = routes.flatMap((route) => {
    const entry = sitemapEntry(route, posts);
    return entry === undefined ? [] : [entry];
  });
  return [
    { kind: "sitemap", url: sitemapUrl(), entries },
    { kind: "robots", url: robotsUrl(), sitemapUrl: sitemapUrl() },
  ];
}

/** The newest date among posts given newest first. */
function newest(posts: readonly Post[]): DateTime | undefined {
  return posts[0]?.date;
}

/**
 * Whether and how a route is listed. Every kind of route is named here, so a new kind does not
 * type-check until someone decides whether search engines should see it.
 */
function sitemapEntry(route: Route, posts: readonly Post[]): SitemapEntry | undefined {
  switch (route.kind) {
    case "post":
      return { url: route.url, lastModified: route.post.updated ?? route.post.date };
    case "page":
      return { url: route.url, lastModified: route.page.updated };
    case "author":
      return { url: route.url, lastModified: newest(route.author.posts) };
    case "archive":
      return { url: route.url, lastModified: newest(route.period.posts) };
    case "archive-index":
      return { url: route.url, lastModified: newest(posts) };
    case "list":
      // A new post shifts every page of its lists, so each page changes with the list's newest post.
      return { url: route.url, lastModified: newest(route.term?.posts ?? posts) };
    case "term-index":
      return {
        url: route.url,
        lastModified: newest(route.terms.flatMap((term) => term.posts.slice(0, 1)).sort(byDate)),
      };
    case "feed":
    case "sitemap":
    case "robots":
    case "not-found":
    case "search":
    case "redirect":
      return undefined; // not pages a search result should lead to
    default: {
      const unhandled: never = route;
      throw new Error(`The sitemap does not know the route ${JSON.stringify(unhandled)}.`);
    }
  }
}

function byDate(a: Post, b: Post): number {
  return b.date.toMillis() - a.date.toMillis();
}
