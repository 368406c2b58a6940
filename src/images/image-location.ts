// Where an image a post names really is: a remote URL left alone, or a file in the published assets folder.
import path from "node:path";

export type ImageLocation =
  /** Has a scheme (`https:`, `data:`) or is protocol-relative: shown exactly as written. */
  | { readonly kind: "remote"; readonly url: string }
  /** Under the assets folder, which is published at `/assets/`: `file` is where it should be on disk. */
  | { readonly kind: "local"; readonly sitePath: string; readonly file: string }
  /** A site path outside `/assets/`: no such file is ever published. */
  | { readonly kind: "unpublished"; readonly sitePath: string };

export interface AssetFolder {
  /** Project root. */
  readonly root: string;
  /** The assets folder, relative to the root. */
  readonly assetsDir: string;
}

/**
 * Mediumish writes `image: assets/images/x.jpg` (relative to the site root) and posts write
 * `![](/assets/images/x.jpg)`: both are read from the site root, so a post's own URL never matters.
 * Query strings and fragments are dropped, percent-escapes decoded, and `..` cannot leave the folder.
 */
export function locateImage(reference: string, folder: AssetFolder): ImageLocation {
  if (/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(reference)) return { kind: "remote", url: reference };
  const withoutQuery = reference.replace(/[?#].*$/, "");
  let decoded: string;
  try {
    decoded = decodeURI(withoutQuery);
  } catch {
    decoded = withoutQuery;
  }
  const sitePath = path.posix.normalize(`/${decoded.replace(/^\/+/, "")}`);
  const [, folderName, ...rest] = sitePath.split("/");
  if (folderName !== "assets" || rest.length === 0) return { kind: "unpublished", sitePath };
  return { kind: "local", sitePath, file: path.join(folder.root, folder.assetsDir, ...rest) };
}
