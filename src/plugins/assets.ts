// Eleventy adapter for static files: the assets folder is published as it is at `/assets/`, links excepted.
import path from "node:path";
import type { UserConfig } from "@11ty/eleventy";
import { ContentError } from "../posts/content-error.ts";
import { isSymbolicLink } from "../project-files.ts";
import type { SiteSettings } from "../site.ts";

export interface AssetsOptions {
  site: SiteSettings;
  root: string;
  /** Told of each symbolic link left out of the site. */
  onWarning: (warning: ContentError) => void;
}

export function assetsPlugin(eleventyConfig: UserConfig, { site, root, onWarning }: AssetsOptions): void {
  const folder = path.join(root, site.assetsDir);
  eleventyConfig.addPassthroughCopy(
    { [folder]: "assets" },
    {
      // Symbolic links are never published: followed, `ln -s /etc assets/etc` would publish the build
      // machine's files; copied as links, the host's upload step would follow them instead.
      filter: (relative: string) => {
        if (!isSymbolicLink(path.join(folder, relative))) return true;
        const shown = [site.assetsDir, ...relative.split(path.sep)].join("/");
        onWarning(
          new ContentError(
            shown,
            "is a symbolic link, and links are never published (one could reach outside the project). Copy the file or folder into the assets folder instead.",
          ),
        );
        return false;
      },
    },
  );
}
