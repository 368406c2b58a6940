// Eleventy adapter for the pages: one virtual template, paginated over every route, rendered by the TSX layouts.
import type { UserConfig } from "@11ty/eleventy";
import type { Blog } from "../blog.ts";
import type { Route } from "../pages/route.ts";
import { renderRoute } from "../../layouts/render.tsx";

/**
 * Our own extension, run as an 11ty.js template. Only virtual templates have it, so Eleventy renders
 * nothing from the input folder and no `.11ty.js` or Markdown file dropped there is ever run.
 */
const EXTENSION = "blogpage";

interface RouteData {
  blog: Blog;
  route: Route;
}

export function pagesPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.addExtension(EXTENSION, { key: "11ty.js" });
  eleventyConfig.addTemplateFormats(EXTENSION);
  eleventyConfig.addTemplate(`routes.${EXTENSION}`, {
    data: {
      // One route per page: Eleventy's pagination turns the list into output files. Every route,
      // except in a watch-mode rebuild that changed only some pages (see the content plugin).
      pagination: { data: "blog.routesToWrite", size: 1, alias: "route" },
      permalink: (data: RouteData) => data.route.url,
      // The routes are the collections: keep Eleventy from building `collections.all` over them.
      eleventyExcludeFromCollections: true,
    },
    render: (data: RouteData) => data.blog.recordBodies(data.route.url, () => renderRoute(data.route, data.blog)),
  });
}
