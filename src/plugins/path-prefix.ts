// Eleventy adapter for subfolder hosting: Eleventy's HtmlBasePlugin puts the path prefix on every URL of the output.
import { HtmlBasePlugin, type UserConfig } from "@11ty/eleventy";
import type { AbsoluteHtml } from "../blog.ts";

export function pathPrefixPlugin(eleventyConfig: UserConfig): void {
  // Only HtmlBasePlugin's filters are used: the pages plugin applies the prefix to each page as it renders it
  // (see `prefixedHtml`), because it hands Eleventy the page as UTF-8 bytes, which Eleventy's HTML transforms
  // cannot read. A base of "/" turns the plugin's own transform off; the filters take the base as an argument.
  eleventyConfig.addPlugin(HtmlBasePlugin, { baseHref: "/" });
}

type HtmlBaseFilter = (html: string, base: string, pageUrl: string) => Promise<string>;

function htmlBaseFilter(eleventyConfig: UserConfig): HtmlBaseFilter {
  const transform = eleventyConfig.getFilter("transformWithHtmlBase") as HtmlBaseFilter | undefined;
  if (transform === undefined) throw new Error("pathPrefixPlugin must be in the pipeline before pages are rendered.");
  return transform;
}

/**
 * For pages: every href, src and srcset that is a site URL ("/tags/ai/", "/assets/x.png") gets the path
 * prefix ("/blog/tags/ai/"). Layouts and post bodies write site URLs; this is the only place the prefix is added.
 */
export function prefixedHtml(eleventyConfig: UserConfig, pathPrefix: string): AbsoluteHtml {
  if (pathPrefix === "/") return (html) => Promise.resolve(html);
  return (html, pageUrl) => htmlBaseFilter(eleventyConfig)(html, pathPrefix, pageUrl);
}

/**
 * For feeds: the same rewriting as the pages get, but to absolute URLs (`https://example.org/blog/x/`).
 * It is HtmlBasePlugin's own `transformWithHtmlBase` filter, which eleventy-plugin-rss also relies on:
 * that plugin's older htmlToAbsoluteUrls helper would drop the path prefix from root-relative links.
 */
export function absoluteHtmlRewriter(eleventyConfig: UserConfig, origin: string): AbsoluteHtml {
  return (html, pageUrl) => htmlBaseFilter(eleventyConfig)(html, `${origin}/`, pageUrl);
}
