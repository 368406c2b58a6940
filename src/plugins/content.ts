// Eleventy adapter for the core: reads the posts into a Blog, once per build, as global data `blog`.
import { DateTime } from "luxon";
import type { UserConfig } from "@11ty/eleventy";
import { loadBlog } from "../blog.ts";
import { createMarkdown } from "../posts/markdown.ts";
import { POST_LAYOUTS } from "../../layouts/render.tsx";
import { siteOrigin } from "../pages/urls.ts";
import { normalisePathPrefix, type SiteSettings } from "../site.ts";
import { absoluteHtmlRewriter } from "./path-prefix.ts";

export interface ContentOptions {
  site: SiteSettings;
  /** Project root: where the posts and assets folders are. */
  root: string;
}

export function contentPlugin(eleventyConfig: UserConfig, options: ContentOptions): void {
  const { root } = options;
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
  eleventyConfig.addGlobalData("blog", () =>
    loadBlog(site, {
      root,
      now: DateTime.now(),
      layouts: Object.keys(POST_LAYOUTS),
      markdown,
      absoluteHtml: absoluteHtmlRewriter(eleventyConfig, siteOrigin(site)),
    }),
  );
}
