// Where a site path points on disk: the assets folder is published at `/assets/`, and each of `staticDirs` at its own name.
// The build (images), the head metadata (social images) and `npm run check` all ask here, so they agree.
import { statSync } from "node:fs";
import path from "node:path";
import { projectFile } from "./project-files.ts";
import type { SiteSettings } from "./site.ts";
import { isElsewhere } from "./url-schemes.ts";

/** The published assets folder of a project. */
export interface AssetFolder {
  /** Project root. */
  readonly root: string;
  /** The assets folder, relative to the root. */
  readonly assetsDir: string;
  /** Top-level folders published at the same path (`images` at `/images/`). */
  readonly staticDirs?: readonly string[];
}

export type SiteFileLocation =
  /** Has a scheme (`https:`, `data:`) or is protocol-relative: somebody else's file, used exactly as written. */
  | { readonly kind: "remote"; readonly url: string }
  /** Under the assets folder (published at `/assets/`) or a static folder: `file` is where it should be on disk. */
  | { readonly kind: "local"; readonly sitePath: string; readonly file: string }
  /** A site path outside `/assets/` and the static folders: no such file is ever published. */
  | { readonly kind: "unpublished"; readonly sitePath: string };

/**
 * Mediumish writes `image: assets/images/x.jpg` (relative to the site root) and posts write
 * `![](/assets/images/x.jpg)`: both are read from the site root, so a post's own URL never matters.
 * Query strings and fragments are dropped, percent-escapes decoded, and `..` cannot leave the folder.
 */
export function locateSiteFile(reference: string, folder: AssetFolder): SiteFileLocation {
  if (isElsewhere(reference)) return { kind: "remote", url: reference };
  const withoutQuery = reference.replace(/[?#].*$/, "");
  let decoded: string;
  try {
    decoded = decodeURI(withoutQuery);
  } catch {
    decoded = withoutQuery; // a malformed escape is kept as written
  }
  const sitePath = path.posix.normalize(`/${decoded.replace(/^\/+/, "")}`);
  const [, folderName = "", ...rest] = sitePath.split("/");
  if (rest.length === 0) return { kind: "unpublished", sitePath };
  if (folderName === "assets")
    return { kind: "local", sitePath, file: path.join(folder.root, folder.assetsDir, ...rest) };
  if (folder.staticDirs?.includes(folderName)) {
    return { kind: "local", sitePath, file: path.join(folder.root, folderName, ...rest) };
  }
  return { kind: "unpublished", sitePath };
}

/** What an `image`, `avatar` or link to a file refers to, and whether its file exists. */
export type FileReference =
  | { readonly kind: "remote"; readonly url: string }
  | {
      readonly kind: "local";
      /** Site URL as written, without the path prefix: `/assets/images/x.jpg`. */
      readonly url: string;
      /** The file that would be published at that URL; undefined when the URL is outside the assets folder. */
      readonly file: string | undefined;
      readonly exists: boolean;
    };

export function resolveSiteFile(reference: string, site: SiteSettings, root: string): FileReference {
  const location = locateSiteFile(reference, { root, assetsDir: site.assetsDir, staticDirs: site.staticDirs });
  if (location.kind === "remote") return { kind: "remote", url: location.url };
  const url = `/${reference.replace(/^\/+/, "")}`;
  if (location.kind === "unpublished") return { kind: "local", url, file: undefined, exists: false };
  return {
    kind: "local",
    url,
    file: location.file,
    exists: projectFile(location.file, root).kind === "inside" && statSync(location.file).isFile(),
  };
}

/** The URL to show for a reference: remote ones always, local ones only when their file exists. */
export function publishedFileUrl(reference: string | undefined, site: SiteSettings, root: string): string | undefined {
  if (reference === undefined) return undefined;
  const resolved = resolveSiteFile(reference, site, root);
  if (resolved.kind === "remote") return resolved.url;
  return resolved.exists ? resolved.url : undefined;
}
