// Turns a route into its HTML document: picks the layout for the route's kind and renders it with Preact.
import { renderToStaticMarkup } from "preact-render-to-string";
import type { Blog } from "../src/blog.ts";
import { isPostLayoutName, type PostLayoutName } from "../src/posts/layout-names.ts";
import type { FeedRoute, RobotsRoute, Route, SitemapRoute } from "../src/pages/route.ts";
import { renderAtomFeed } from "./feeds/atom-feed.ts";
import { renderJsonFeed } from "./feeds/json-feed.ts";
import { renderRobots, renderSitemap } from "./feeds/sitemap.ts";
import { AuthorPage } from "./author.tsx";
import { ArchiveIndexPage } from "./archive-index.tsx";
import { ArchivePage } from "./archive.tsx";
import { ListPage } from "./list.tsx";
import { NotFoundPage } from "./not-found.tsx";
import { PostPage } from "./post.tsx";
import { StandalonePageLayout } from "./page.tsx";
import { RedirectPage } from "./redirect.tsx";
import { SearchPage } from "./search.tsx";
import { TermIndexPage } from "./term-index.tsx";

/** The component of each post layout (src/posts/layout-names.ts lists the names; the `layouts` setting maps Jekyll's). */
export const POST_LAYOUTS = { post: PostPage } as const satisfies Record<PostLayoutName, unknown>;

/** Routes that are not HTML pages: written as text by their own writers, not by Preact. */
type TextRoute = FeedRoute | SitemapRoute | RobotsRoute;
const TEXT_KINDS: ReadonlySet<Route["kind"]> = new Set<TextRoute["kind"]>(["feed", "sitemap", "robots"]);

/** Whether the route is an HTML page (rendered by a layout), not a feed, the sitemap or robots.txt. */
export function isHtmlRoute(route: Route): route is Exclude<Route, TextRoute> {
  return !TEXT_KINDS.has(route.kind);
}

export function renderRoute(route: Route, blog: Blog): string | Promise<string> {
  switch (route.kind) {
    case "feed":
      return route.format === "atom" ? renderAtomFeed(route, blog) : renderJsonFeed(route, blog);
    case "sitemap":
      return renderSitemap(route, blog);
    case "robots":
      return renderRobots(route, blog);
    default:
      return `<!doctype html>\n${renderToStaticMarkup(page(route, blog))}\n`;
  }
}

function page(route: Exclude<Route, TextRoute>, blog: Blog) {
  switch (route.kind) {
    case "post": {
      const Layout = isPostLayoutName(route.post.layout) ? POST_LAYOUTS[route.post.layout] : PostPage;
      return <Layout route={route} blog={blog} />;
    }
    case "page":
      return <StandalonePageLayout route={route} blog={blog} />;
    case "list":
      return <ListPage route={route} blog={blog} />;
    case "term-index":
      return <TermIndexPage route={route} blog={blog} />;
    case "not-found":
      return <NotFoundPage route={route} blog={blog} />;
    case "author":
      return <AuthorPage route={route} blog={blog} />;
    case "archive":
      return <ArchivePage route={route} blog={blog} />;
    case "archive-index":
      return <ArchiveIndexPage route={route} blog={blog} />;
    case "search":
      return <SearchPage route={route} blog={blog} />;
    case "redirect":
      return <RedirectPage route={route} blog={blog} />;
  }
}
