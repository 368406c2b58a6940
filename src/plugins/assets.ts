// Eleventy adapter for static files: the assets folder is published as it is at `/assets/`, each static folder
// at its own name; symbolic links never are.
import path from "node:path";
import type { UserConfig } from "@11ty/eleventy";
import { ContentError } from "../problems/content-error.ts";
import { writeFaviconIco } from "../favicon/favicon-ico.ts";
import { isSymbolicLink } from "../project-files.ts";
import { resolveSiteFile } from "../site-files.ts";
import type { SiteSettings } from "../site.ts";

export interface AssetsOptions {
  site: SiteSettings;
  root: string;
  /** Told of each symbolic link left out of the site. */
  onWarning: (warning: ContentError) => void;
}

export function assetsPlugin(eleventyConfig: UserConfig, { site, root, onWarning }: AssetsOptions): void {
  const published = [[site.assetsDir, "assets"], ...site.staticDirs.map((folder) => [folder, folder])] as const;
  for (const [source, sitePath] of published) {
    const folder = path.join(root, source);
    eleventyConfig.addPassthroughCopy(
      { [folder]: sitePath },
      {
        // Symbolic links are never published: followed, `ln -s /etc assets/etc` would publish the build
        // machine's files; copied as links, the host's upload step would follow them instead.
        filter: (relative: string) => {
          if (!isSymbolicLink(path.join(folder, relative))) return true;
          const shown = [source, ...relative.split(path.sep)].join("/");
          onWarning(
            new ContentError(
              shown,
              "is a symbolic link, and links are never published (one could reach outside the project). Copy the file or folder into the site instead.",
            ),
          );
          return false;
        },
      },
    );
  }
  // The `favicon` setting's file, also at /favicon.ico, where browsers look without asking the page.
  eleventyConfig.on("eleventy.after", async ({ directories }: { directories: { output: string } }) => {
    const icon = resolveSiteFile(site.favicon, site, root);
    if (icon.kind !== "local" || !icon.exists || icon.file === undefined) return;
    await writeFaviconIco(icon.file, directories.output, path.join(root, ".cache", "favicon"));
  });
}
