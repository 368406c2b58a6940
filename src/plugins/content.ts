// Eleventy adapter for the core: reads the posts into a Blog, once per build, as global data `blog`.
import path from "node:path";
import { DateTime } from "luxon";
import type { UserConfig } from "@11ty/eleventy";
import { loadBlog, type Blog } from "../blog.ts";
import { IMAGE_URL_PATH } from "../images/process-images.ts";
import type { ContentError } from "../posts/content-error.ts";
import { createMarkdown } from "../posts/markdown.ts";
import { POST_LAYOUTS } from "../../layouts/render.tsx";
import { siteOrigin } from "../pages/urls.ts";
import { normalisePathPrefix, type SiteSettings } from "../site.ts";
import { absoluteHtmlRewriter } from "./path-prefix.ts";

export interface ContentOptions {
  site: SiteSettings;
  /** Project root: where the posts and assets folders are. */
  root: string;
  /** Told of each problem that does not stop the build (a missing image); printed when not given. */
  onWarning?: (warning: ContentError) => void;
}

function printWarning(warning: ContentError): void {
  console.warn(`Warning: ${warning.message}`);
}

export function contentPlugin(eleventyConfig: UserConfig, options: ContentOptions): void {
  const { root, onWarning = printWarning } = options;
  // The prefix Eleventy applies wins: its --pathprefix flag overrides the setting, and the feeds, the
  // sitemap and the canonical links must carry the same prefix as the HTML that HtmlBasePlugin rewrites.
  const site = {
    ...options.site,
    pathPrefix: normalisePathPrefix(eleventyConfig.pathPrefix || options.site.pathPrefix),
  };
  // Posts are not Eleventy templates: src/posts reads them (YAML only, bodies never run through
  // Liquid or Nunjucks). Eleventy still watches them, so `npm start` rebuilds when one changes.
  eleventyConfig.addWatchTarget(`${root}/${site.postsDir}/`);
  eleventyConfig.addWatchTarget(`${root}/layouts/`);
  eleventyConfig.addWatchTarget(`${root}/${site.authorsFile}`);
  // One Markdown reader for the posts and for anything Eleventy itself renders as Markdown.
  const markdown = createMarkdown();
  eleventyConfig.setLibrary("md", markdown);
  let loading: Promise<Blog> | undefined;
  eleventyConfig.addGlobalData("blog", () => {
    loading = loadBlog(site, {
      root,
      now: DateTime.now(),
      layouts: Object.keys(POST_LAYOUTS),
      markdown,
      absoluteHtml: absoluteHtmlRewriter(eleventyConfig, siteOrigin(site)),
    });
    return loading.then((blog) => {
      blog.warnings.forEach((warning) => onWarning(warning));
      return blog;
    });
  });
  // Resized images live in a cache that outlasts builds; each build publishes only the ones its
  // pages use, so an image only a draft names never reaches the site.
  eleventyConfig.on("eleventy.after", async ({ directories }) => {
    const blog = await loading?.catch(() => undefined);
    if (blog) await blog.images.copyTo(path.join(directories.output, IMAGE_URL_PATH));
  });
}
