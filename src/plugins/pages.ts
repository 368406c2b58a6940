// Eleventy adapter for the pages: one virtual template, paginated over every route, rendered by the TSX layouts.
import { statSync } from "node:fs";
import type { UserConfig } from "@11ty/eleventy";
import type { Blog } from "../blog.ts";
import type { Route } from "../pages/route.ts";
import { isHtmlRoute, renderRoute } from "../views/render-route.tsx";
import { htmlOutputPath } from "../posts/permalink.ts";
import { prefixedHtml } from "./path-prefix.ts";

/**
 * Our own template language. Only the virtual template below has its extension, so Eleventy renders
 * nothing from the input folder and no `.11ty.js` or Markdown file dropped there is ever run.
 */
const EXTENSION = "blogpage";

interface RouteData {
  blog: Blog;
  route: Route;
}

/** A page's file in the output folder (`posts/x/index.html`): `/x/` is `/x/index.html`, and a post at `/2016/x` is `/2016/x.html`, as Jekyll names them. */
export function outputFile(route: Route): string {
  return (isHtmlRoute(route) ? htmlOutputPath(route.url) : route.url).replace(/^\//, "");
}

export interface PagesOptions {
  /**
   * Told of each page as it is rendered: its position in `blog.routes`, its route, its file in the output folder
   * and its HTML (feeds and other files: null). The search index is fed this way while pages still render.
   */
  onPage?: ((position: number, route: Route, file: string, html: string | null) => void) | undefined;
  /** Gives back each page's memory once its file is written (see `release`): one-off builds, not watch mode. */
  releaseWritten?: boolean | undefined;
}

/** How many pages are rendered between two turns of Node's event loop (see `renderPage`). */
const PAGES_BETWEEN_TURNS = 16;

/** Each route's position in the blog's list of routes, for `onPage`. */
const positions = new WeakMap<Blog, Map<Route, number>>();

function positionOf(blog: Blog, route: Route): number {
  let map = positions.get(blog);
  if (map === undefined) positions.set(blog, (map = new Map(blog.routes.map((each, index) => [each, index]))));
  return map.get(route)!;
}

export function pagesPlugin(eleventyConfig: UserConfig, options: PagesOptions = {}): void {
  /**
   * A page as Eleventy keeps it: prefixed, then encoded to UTF-8 once, into memory of its own (never Node's shared
   * pool, so that it can be given back: see `release`). As strings, one letter beyond Latin-1 ("한" in the header)
   * makes a page take two bytes per character, on V8's heap, where the garbage collector copies and marks it
   * again and again; as Buffers it is one byte per ASCII character, outside that heap. At 4,000 posts: peak RSS
   * about 950 → 460 MiB, build 7.1 → 5.8 s.
   */
  let rendered = 0;
  async function renderPage({ blog, route }: RouteData): Promise<Buffer> {
    // Eleventy renders thousands of pages in one run of promise callbacks, during which Node reads no file, pipe
    // or message: every few pages, the rendering makes way for them. Pagefind's process, which is sent the pages
    // to index, then gets them (and is answered) while the build renders, not after it.
    if ((rendered += 1) % PAGES_BETWEEN_TURNS === 0) await new Promise((resolve) => setImmediate(resolve));
    const output = await blog.recorder.record(route.url, () => renderRoute(route, blog));
    const html = isHtmlRoute(route);
    const prefixed = html ? await prefixedHtml(eleventyConfig, blog.site.pathPrefix)(output, route.url) : output;
    options.onPage?.(positionOf(blog, route), route, outputFile(route), html ? prefixed : null);
    const bytes = Buffer.allocUnsafeSlow(Buffer.byteLength(prefixed));
    bytes.write(prefixed);
    return bytes;
  }

  /**
   * Eleventy renders every template before it writes any, and keeps what each rendered until the whole site is
   * written: at 10,000 posts, 360 MiB of pages. So its render step only notes each page's route (by the file it
   * goes to), and the page is made in the last step before its file is written, a transform.
   */
  const toRender = new Map<string, RouteData>();
  /**
   * One-off builds: the pages handed to Eleventy, oldest first. Once a page's file is on disk with all its bytes,
   * its memory is given back (the Buffer Eleventy still holds becomes empty), so the build holds a few pages at a
   * time instead of the site. Not in watch mode, where Eleventy's dev server compares a page's new content
   * with the old.
   */
  const handedOver: Array<{ file: string; bytes: Buffer }> = [];
  function release(): void {
    while (handedOver.length > 0) {
      const { file, bytes } = handedOver[0]!;
      if (statSync(file, { throwIfNoEntry: false })?.size !== bytes.length) return;
      structuredClone(bytes.buffer, { transfer: [bytes.buffer] });
      handedOver.shift();
    }
  }

  eleventyConfig.addTransform("blog-page", async function (this: { page: { outputPath: string | false } }) {
    const file = String(this.page.outputPath);
    const data = toRender.get(file);
    if (data === undefined) throw new Error(`No route was noted for ${file}.`);
    toRender.delete(file);
    if (options.releaseWritten) release();
    const bytes = await renderPage(data);
    if (options.releaseWritten) handedOver.push({ file, bytes });
    return bytes;
  });

  // A custom language rather than an 11ty.js alias: Eleventy's JavaScript engine turns Buffers back into strings.
  eleventyConfig.addExtension(EXTENSION, {
    compile: () => (data: RouteData & { page: { outputPath: string } }) => {
      toRender.set(data.page.outputPath, data);
      // What the transform above replaces with the page (Eleventy warns of a transform that empties a page).
      return data.page.outputPath;
    },
  });
  eleventyConfig.addTemplateFormats(EXTENSION);
  eleventyConfig.addTemplate(`routes.${EXTENSION}`, "", {
    // One route per page: Eleventy's pagination turns the list into output files. Every route,
    // except in a watch-mode rebuild that changed only some pages (see the content plugin).
    pagination: { data: "blog.routesToWrite", size: 1, alias: "route" },
    permalink: (data: RouteData) => `/${outputFile(data.route)}`,
    // The routes are the collections: keep Eleventy from building `collections.all` over them.
    eleventyExcludeFromCollections: true,
  });
}
