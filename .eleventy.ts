// The build pipeline as a list: one plugin per stage, in the order data flows through them.
// No npm script runs Eleventy's own command with this file: `npm run build` and `npm start` (through
// src/cli/run.mjs) call `pipeline` from src/cli/build-site.ts and src/cli/dev-server.ts, with Eleventy's
// programmatic API, the settings they read themselves and an empty input folder (src/cli/eleventy-input.ts).
import type { UserConfig } from "@11ty/eleventy";
import { resolveSite, type SiteSettings } from "./src/site.ts";
import { assetsPlugin } from "./src/plugins/assets.ts";
import { contentPlugin, printWarning, type ContentOptions } from "./src/plugins/content.ts";
import { enginePlugin } from "./src/plugins/engine.ts";
import { pagesPlugin, type PagesOptions } from "./src/plugins/pages.ts";
import { pathPrefixPlugin } from "./src/plugins/path-prefix.ts";

/** What a caller of the pipeline adds: a listener for problems that did not stop the build, a helper thread. */
export type PipelineHooks = Pick<ContentOptions, "onWarning" | "helper" | "buildCache" | "onBlog"> & PagesOptions;

/** The pipeline for any site: `.eleventy.ts` runs it for this blog, the tests for their fixture sites. */
export function pipeline(
  eleventyConfig: UserConfig,
  site: SiteSettings,
  root: string,
  hooks: PipelineHooks = {},
): void {
  // No file is an Eleventy template (posts are read by src/posts, pages are virtual): Eleventy can
  // only take this from the config itself, not from a plugin.
  eleventyConfig.setTemplateFormats([]);
  // 1. Engine: Eleventy itself made safe (no executable front matter, no stray templates).
  eleventyConfig.addPlugin(enginePlugin);
  // 2. Path prefix: every URL in the HTML output gets the subfolder the site is served from.
  eleventyConfig.addPlugin(pathPrefixPlugin);
  // 3. Content: posts read, validated and normalised into a Blog (posts, taxonomy, routes, images).
  eleventyConfig.addPlugin(contentPlugin, {
    site,
    root,
    onWarning: hooks.onWarning,
    helper: hooks.helper,
    buildCache: hooks.buildCache,
    onBlog: hooks.onBlog,
  });
  // 4. Pages: every route rendered by the TSX layouts, feeds and sitemap by their XML writers.
  eleventyConfig.addPlugin(pagesPlugin, { onPage: hooks.onPage, releaseWritten: hooks.releaseWritten });
  // 5. Assets: CSS and images copied as they are.
  eleventyConfig.addPlugin(assetsPlugin, { site, root, onWarning: hooks.onWarning ?? printWarning });
}

/**
 * This file as a config for Eleventy's own command (`eleventy --config=.eleventy.ts` under tsx), which no
 * npm script runs: that command takes its input folder from the command line, not eleventy-input.ts.
 */
export default async function (eleventyConfig: UserConfig): Promise<{ pathPrefix: string }> {
  // Imported here, not at the top: the commands import `pipeline` from this file, and they read the
  // settings themselves (src/cli/load-site.ts), so a broken site.config.ts gets their message.
  const { default: siteConfig } = await import("./site.config.ts");
  const site = resolveSite(siteConfig);
  pipeline(eleventyConfig, site, process.cwd());
  // Eleventy's own `--pathprefix` flag still overrides this, as it does for `npm run build`.
  return { pathPrefix: site.pathPrefix };
}
