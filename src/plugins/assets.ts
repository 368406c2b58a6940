// Eleventy adapter for static files: the assets folder is published as it is at `/assets/`, each static folder at its own name.
import type { UserConfig } from "@11ty/eleventy";
import type { SiteSettings } from "../site.ts";

export function assetsPlugin(eleventyConfig: UserConfig, { site, root }: { site: SiteSettings; root: string }): void {
  eleventyConfig.addPassthroughCopy({ [`${root}/${site.assetsDir}`]: "assets" });
  for (const folder of site.staticDirs) eleventyConfig.addPassthroughCopy({ [`${root}/${folder}`]: folder });
}
