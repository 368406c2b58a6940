// Eleventy adapter for the core: reads the posts into a Blog, once per build, as global data `blog`.
import path from "node:path";
import { DateTime } from "luxon";
import type { UserConfig } from "@11ty/eleventy";
import type { Blog } from "../blog.ts";
import { loadBlog } from "../load-blog.ts";
import { routesToRewrite, type BodiesShown } from "../pages/changed-routes.ts";
import type { BuildCache } from "../cache/build-cache.ts";
import type { HelperThread } from "../helper-thread/helper-thread.ts";
import type { ContentError } from "../problems/content-error.ts";
import { formatProblem } from "../problems/problem.ts";
import { createMarkdown, markdownOptions } from "../posts/markdown.ts";
import { PostCache } from "../posts/post-cache.ts";
import { POST_LAYOUT_NAMES } from "../posts/layout-names.ts";
import { RESIZED_IMAGES_URL, siteOrigin } from "../pages/urls.ts";
import { normalisePathPrefix, type SiteSettings } from "../site.ts";
import { absoluteHtmlRewriter } from "./path-prefix.ts";

export interface ContentOptions {
  site: SiteSettings;
  /** Project root: where the posts and assets folders are. */
  root: string;
  /** Told of each problem that does not stop the build (a missing image); printed when not given. */
  onWarning?: (warning: ContentError) => void;
  /** A second thread to share the work of a big one-off build with (src/helper-thread/). */
  helper?: HelperThread | undefined;
  /** A one-off build's persistent cache (src/cache/): it picks the pages to render; the others are reused. */
  buildCache?: BuildCache | undefined;
  /**
   * Told of the blog a build renders, once its posts are read; no page renders before what it returns has
   * settled (the search index makes its shards).
   */
  onBlog?: ((blog: Blog) => void | Promise<void>) | undefined;
}

/** Where warnings go when the caller does not collect them: the terminal. */
export function printWarning(warning: ContentError): void {
  console.warn(`Warning: ${formatProblem(warning)}`);
}

/** The last build that was written, in full or in part, and the posts whose bodies each of its pages shows. */
interface Written {
  blog: Blog;
  shown: BodiesShown;
}

export function contentPlugin(eleventyConfig: UserConfig, options: ContentOptions): void {
  const { root, onWarning = printWarning } = options;
  // The prefix Eleventy applies wins: its --pathprefix flag overrides the setting, and the feeds, the
  // sitemap and the canonical links must carry the same prefix as the HTML that HtmlBasePlugin rewrites.
  const site = {
    ...options.site,
    pathPrefix: normalisePathPrefix(eleventyConfig.pathPrefix || options.site.pathPrefix),
  };
  const postsDir = path.resolve(root, site.postsDir);
  // Posts are not Eleventy templates: src/posts reads them (YAML only, bodies never run through
  // Liquid or Nunjucks). Eleventy still watches them, so `npm start` rebuilds when one changes.
  eleventyConfig.addWatchTarget(`${postsDir}/`);
  eleventyConfig.addWatchTarget(`${root}/layouts/`);
  eleventyConfig.addWatchTarget(`${root}/${site.authorsFile}`);
  // Eleventy has chokidar wait until a changed file's size has been stable for 150 ms (polled every
  // 25 ms) before rebuilding: most of the time from saving a post to its page being written. Editors
  // write a post in one go; if one did not, the next change event rebuilds again.
  eleventyConfig.setChokidarConfig({ awaitWriteFinish: { stabilityThreshold: 40, pollInterval: 10 } });
  // The posts' Markdown reader, made once and kept across watch-mode rebuilds. Eleventy renders no Markdown:
  // no file is its template (.eleventy.ts), so it is given no Markdown library either.
  const markdown = createMarkdown(markdownOptions(site));

  // Watch mode: posts are kept between builds, and a rebuild after bodies-only edits writes only the
  // pages showing those bodies (src/pages/changed-routes.ts). A one-off build does neither.
  let watching = false;
  let onlyPostsChanged = false;
  let written: Written | undefined;
  const cache = new PostCache();
  eleventyConfig.on("eleventy.before", ({ runMode }) => {
    watching = runMode !== "build";
  });
  eleventyConfig.on("eleventy.beforeWatch", ((changed: string[]) => {
    onlyPostsChanged = changed.every((file) => !path.relative(postsDir, path.resolve(root, file)).startsWith(".."));
  }) as never);

  let loading: Promise<Blog> | undefined;
  eleventyConfig.addGlobalData("blog", () => {
    loading = loadBlog(site, {
      root,
      now: DateTime.now(),
      layouts: POST_LAYOUT_NAMES,
      markdown,
      absoluteHtml: absoluteHtmlRewriter(eleventyConfig, siteOrigin(site)),
      // Watch mode rereads only changed posts and renders only the bodies of the pages it rewrites:
      // too little to share with a helper thread, which only one-off builds are given.
      // A build with a persistent cache notes, as watch mode does, the bodies each page shows.
      ...(watching
        ? { cache, recordBodies: true }
        : {
            helper: options.helper,
            recordBodies: options.buildCache !== undefined,
            stored: options.buildCache?.posts,
          }),
    }).then((blog) => {
      if (!watching && options.buildCache) {
        const routes = options.buildCache.plan(blog);
        // Pages that are rendered show the outlines of unchanged bodies as the previous build found them.
        const planned = (routes === blog.routes ? blog : blog.writingOnly(routes)).withKnownOutlines(
          options.buildCache.knownOutline,
        );
        options.buildCache.use(planned);
        return planned;
      }
      const rewrite =
        watching && onlyPostsChanged && written ? routesToRewrite(written.blog, blog, written.shown) : undefined;
      onlyPostsChanged = false;
      return rewrite ? blog.writingOnly(rewrite) : blog;
    });
    return loading.then(async (blog) => {
      blog.warnings.forEach((warning) => onWarning(warning));
      await options.onBlog?.(blog);
      return blog;
    });
  });
  eleventyConfig.on("eleventy.after", async ({ directories }) => {
    const blog = await loading?.catch(() => undefined);
    if (!blog) return;
    blog.bodies.warnings().forEach((warning) => onWarning(warning));
    // Resized images live in a cache that outlasts builds; each build publishes only the ones its
    // pages use, so an image only a draft names never reaches the site.
    await blog.images.copyTo(path.join(directories.output, RESIZED_IMAGES_URL));
    if (watching) {
      // Pages not written this time still show what they showed before.
      const partial = blog.routesToWrite !== blog.routes && written !== undefined;
      written = {
        blog,
        shown: partial ? new Map([...written!.shown, ...blog.recorder.bodiesShown]) : blog.recorder.bodiesShown,
      };
    }
  });
}
