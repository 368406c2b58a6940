// Eleventy adapter for subfolder hosting: Eleventy's HtmlBasePlugin puts the path prefix on every URL of the output.
import { HtmlBasePlugin, type UserConfig } from "@11ty/eleventy";
import type { AbsoluteHtml } from "../blog.ts";

export function pathPrefixPlugin(eleventyConfig: UserConfig): void {
  // Layouts and post bodies write site URLs ("/tags/ai/", "/assets/x.png"). With pathPrefix "/blog/" this
  // rewrites every href, src and srcset of every .html file to "/blog/tags/ai/"; with "/" it does nothing.
  eleventyConfig.addPlugin(HtmlBasePlugin);
}

type HtmlBaseFilter = (html: string, base: string, pageUrl: string) => Promise<string>;

/**
 * For feeds: the same rewriting as the pages get, but to absolute URLs (`https://example.org/blog/x/`).
 * It is HtmlBasePlugin's own `transformWithHtmlBase` filter, which eleventy-plugin-rss also relies on:
 * that plugin's older htmlToAbsoluteUrls helper would drop the path prefix from root-relative links.
 */
export function absoluteHtmlRewriter(eleventyConfig: UserConfig, origin: string): AbsoluteHtml {
  return (html, pageUrl) => {
    const transform = eleventyConfig.getFilter("transformWithHtmlBase") as HtmlBaseFilter | undefined;
    if (transform === undefined) throw new Error("pathPrefixPlugin must be in the pipeline before feeds are rendered.");
    return transform(html, `${origin}/`, pageUrl);
  };
}
