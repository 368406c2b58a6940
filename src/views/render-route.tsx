// Turns a route into its file: builds the plain view its layout takes (from the route and the blog), then renders it.
import { renderToStaticMarkup } from "preact-render-to-string";
import type { Blog } from "../blog.ts";
import { isPostLayoutName, type PostLayoutName } from "../posts/layout-names.ts";
import type { FeedRoute, RobotsRoute, Route, SitemapRoute } from "../pages/route.ts";
import { renderAtomFeed } from "../../layouts/feeds/atom-feed.ts";
import { renderJsonFeed } from "../../layouts/feeds/json-feed.ts";
import { renderRobots, renderSitemap } from "../../layouts/feeds/sitemap.ts";
import { AuthorPage } from "../../layouts/author.tsx";
import { ArchiveIndexPage } from "../../layouts/archive-index.tsx";
import { ArchivePage } from "../../layouts/archive.tsx";
import { HomePage, ListPage } from "../../layouts/list.tsx";
import { NotFoundPage } from "../../layouts/not-found.tsx";
import { PostPage } from "../../layouts/post.tsx";
import { StandalonePageLayout } from "../../layouts/page.tsx";
import { RedirectPage } from "../../layouts/redirect.tsx";
import { SearchPage } from "../../layouts/search.tsx";
import { TermIndexPage } from "../../layouts/term-index.tsx";
import { archivePageView } from "./archive-page-view.ts";
import { authorPageView } from "./author-page-view.ts";
import { feedView } from "./feed-view.ts";
import { homePageView } from "./home-page-view.ts";
import { archiveIndexView, notFoundView, termIndexView } from "./index-page-views.ts";
import { postPageView } from "./post-page-view.ts";
import { redirectView, searchPageView } from "./simple-page-views.ts";
import { standalonePageView } from "./standalone-page-view.ts";
import { termPageView } from "./term-page-view.ts";

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
    case "feed": {
      const feed = feedView(route, blog);
      return route.format === "atom" ? renderAtomFeed(feed) : renderJsonFeed(feed);
    }
    case "sitemap":
      return renderSitemap(route, blog.site);
    case "robots":
      return renderRobots(route, blog.site);
    default:
      return `<!doctype html>\n${renderToStaticMarkup(page(route, blog))}\n`;
  }
}

function page(route: Exclude<Route, TextRoute>, blog: Blog) {
  switch (route.kind) {
    case "post": {
      const Layout = isPostLayoutName(route.post.layout) ? POST_LAYOUTS[route.post.layout] : PostPage;
      return <Layout view={postPageView(route, blog)} />;
    }
    case "page":
      return <StandalonePageLayout view={standalonePageView(route, blog)} />;
    case "list":
      return route.term === undefined ? (
        <HomePage view={homePageView(route, blog)} />
      ) : (
        <ListPage view={termPageView(route, route.term, blog)} />
      );
    case "term-index":
      return <TermIndexPage view={termIndexView(route, blog)} />;
    case "not-found":
      return <NotFoundPage view={notFoundView(route, blog)} />;
    case "author":
      return <AuthorPage view={authorPageView(route, blog)} />;
    case "archive":
      return <ArchivePage view={archivePageView(route, blog)} />;
    case "archive-index":
      return <ArchiveIndexPage view={archiveIndexView(route, blog)} />;
    case "search":
      return <SearchPage view={searchPageView(route, blog)} />;
    case "redirect":
      return <RedirectPage view={redirectView(route, blog)} />;
  }
}
