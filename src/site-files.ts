// Where a site path points on disk: only the assets folder is published as files, at `/assets/`.
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import type { SiteSettings } from "./site.ts";

/** What an `image`, `avatar` or link to a file refers to. */
export type FileReference =
  | { readonly kind: "remote"; readonly url: string }
  | {
      readonly kind: "local";
      /** Site URL, without the path prefix: `/assets/images/x.jpg`. */
      readonly url: string;
      /** The file that would be published at that URL; undefined when the URL is outside the assets folder. */
      readonly file: string | undefined;
      readonly exists: boolean;
    };

/** `https://…` and `//host/…` are somebody else's files. */
export function isRemote(reference: string): boolean {
  return /^(https?:)?\/\//i.test(reference);
}

/**
 * Mediumish writes `image: assets/images/x.jpg`, relative to the site root, and links write
 * `/assets/images/x.jpg`: both are the file `<assetsDir>/images/x.jpg`.
 */
export function resolveSiteFile(reference: string, site: SiteSettings, root: string): FileReference {
  if (isRemote(reference)) return { kind: "remote", url: reference };
  // The URL keeps the reference as written; the file is found from its decoded path.
  const url = `/${reference.replace(/^\/+/, "")}`;
  const sitePath = safeDecode(url.replace(/[?#].*$/, "")).replace(/^\/+/, "");
  const [folder, ...rest] = sitePath.split("/");
  if (folder !== "assets" || rest.some((part) => part === ".."))
    return { kind: "local", url, file: undefined, exists: false };
  const file = path.join(root, site.assetsDir, ...rest);
  return { kind: "local", url, file, exists: existsSync(file) && statSync(file).isFile() };
}

/** `%20` in a link is a space in the file name; a malformed escape is kept as written. */
function safeDecode(text: string): string {
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
}

/** The URL to show for a reference: remote ones always, local ones only when their file exists. */
export function publishedFileUrl(reference: string | undefined, site: SiteSettings, root: string): string | undefined {
  if (reference === undefined) return undefined;
  const resolved = resolveSiteFile(reference, site, root);
  if (resolved.kind === "remote") return resolved.url;
  return resolved.exists ? resolved.url : undefined;
}
