// Paths the build fills itself: resized images and the search index (whole folders), and each file of the assets
// and static folders. A post (or a redirect_from) that took one would overwrite, or be overwritten by, a file it
// does not own.
import { readdirSync } from "node:fs";
import path from "node:path";
import { ContentError } from "../problems/content-error.ts";
import type { SiteSettings } from "../site.ts";
import type { Route } from "./route.ts";
import { fileKey } from "./routes.ts";
import { RESIZED_IMAGES_URL, SEARCH_BUNDLE_URL } from "./urls.ts";

/** A folder of the site the build fills whole, and with what, for the message. */
interface ReservedFolder {
  readonly url: string;
  readonly filledWith: string;
}

type OwnedSettings = Pick<SiteSettings, "assetsDir" | "staticDirs" | "search">;

/** The folders no post may write into: their names are the build's, whatever they hold. */
export function reservedFolders(site: Pick<SiteSettings, "search">): ReservedFolder[] {
  return [
    { url: RESIZED_IMAGES_URL, filledWith: "resized images" },
    ...(site.search ? [{ url: SEARCH_BUNDLE_URL, filledWith: "the search index" }] : []),
  ];
}

/**
 * Every file the assets and static folders publish, by output key (as routes.ts's fileKey makes them), with
 * the file it comes from. Static folders share their top folder with posts on many Jekyll sites (`/ja/` holds
 * both pages and news), so these are claimed file by file, not as folders.
 */
function staticFiles(site: OwnedSettings, root: string): Map<string, string> {
  const files = new Map<string, string>();
  const published = [[site.assetsDir, "assets"], ...site.staticDirs.map((folder) => [folder, folder])] as const;
  for (const [source, sitePath] of published) {
    let entries;
    try {
      entries = readdirSync(path.join(root, source), { recursive: true, withFileTypes: true });
    } catch {
      continue; // a folder the site does not have publishes nothing
    }
    for (const entry of entries) {
      if (!entry.isFile()) continue;
      const relative = path.relative(path.join(root, source), path.join(entry.parentPath, entry.name));
      const url = `/${[sitePath, ...relative.split(path.sep)].join("/")}`;
      files.set(url.normalize("NFC").toLowerCase(), [source, ...relative.split(path.sep)].join("/"));
    }
  }
  return files;
}

/** Each post or redirect page whose output is a path the build fills itself, as a content error naming both. */
export function findOwnedPathClaims(routes: readonly Route[], site: OwnedSettings, root: string): ContentError[] {
  const folders = reservedFolders(site);
  const files = staticFiles(site, root);
  const errors: ContentError[] = [];
  for (const route of routes) {
    if (route.kind !== "post" && route.kind !== "redirect") continue;
    const key = fileKey(route);
    const folder = folders.find((reserved) => key.startsWith(reserved.url.toLowerCase()));
    const file = files.get(key);
    if (folder === undefined && file === undefined) continue;
    const field =
      route.kind === "redirect" ? route.field : route.post.permalink !== undefined ? "permalink" : undefined;
    const problem =
      folder !== undefined
        ? `its URL ${route.url} is inside ${folder.url}, which the build fills with ${folder.filledWith}. Give it a URL outside ${folders.map((reserved) => reserved.url).join(" and ")}.`
        : `its URL ${route.url} is also the file ${file}, which the build publishes there. Give the post another URL, or move the file.`;
    errors.push(
      new ContentError(
        route.post.source,
        problem,
        field,
        field === undefined ? undefined : route.post.fieldLines.get(field),
      ),
    );
  }
  return errors;
}
