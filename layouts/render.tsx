// Turns a route into its HTML document: picks the layout for the route's kind and renders it with Preact.
import { renderToStaticMarkup } from "preact-render-to-string";
import type { Blog } from "../src/blog.ts";
import type { Route } from "../src/pages/route.ts";
import { ArchiveIndexPage } from "./archive-index.tsx";
import { ArchivePage } from "./archive.tsx";
import { ListPage } from "./list.tsx";
import { PostPage } from "./post.tsx";
import { SearchPage } from "./search.tsx";
import { TermIndexPage } from "./term-index.tsx";

/** Layouts a post may name in its front matter (`layout: post`, as Jekyll themes write it). */
export const POST_LAYOUTS = { post: PostPage } as const;

export function renderRoute(route: Route, blog: Blog): string {
  return `<!doctype html>\n${renderToStaticMarkup(page(route, blog))}\n`;
}

function page(route: Route, blog: Blog) {
  switch (route.kind) {
    case "post": {
      const Layout = POST_LAYOUTS[route.post.layout as keyof typeof POST_LAYOUTS];
      return <Layout route={route} blog={blog} />;
    }
    case "list":
      return <ListPage route={route} blog={blog} />;
    case "term-index":
      return <TermIndexPage route={route} blog={blog} />;
    case "archive":
      return <ArchivePage route={route} blog={blog} />;
    case "archive-index":
      return <ArchiveIndexPage route={route} blog={blog} />;
    case "search":
      return <SearchPage blog={blog} />;
  }
}
