// Folders the build fills itself: the assets and static folders, resized images, the search index. A post (or a
// redirect_from) that took a path inside one would overwrite, or be overwritten by, a file it does not own.
import { ContentError } from "../posts/content-error.ts";
import type { SiteSettings } from "../site.ts";
import type { Route } from "./route.ts";
import { RESIZED_IMAGES_URL, SEARCH_BUNDLE_URL } from "./urls.ts";

/** A folder of the site and what fills it, for the message. */
interface ReservedFolder {
  readonly url: string;
  readonly filledWith: string;
}

/** Every folder the build fills from something other than posts, for this site's settings. */
export function reservedFolders(site: Pick<SiteSettings, "assetsDir" | "staticDirs" | "search">): ReservedFolder[] {
  return [
    { url: "/assets/", filledWith: `the files of ${site.assetsDir}/` },
    ...site.staticDirs.map((folder) => ({ url: `/${folder}/`, filledWith: `the files of ${folder}/ (staticDirs)` })),
    { url: RESIZED_IMAGES_URL, filledWith: "resized images" },
    ...(site.search ? [{ url: SEARCH_BUNDLE_URL, filledWith: "the search index" }] : []),
  ];
}

/** Each post or redirect page whose URL lies inside a reserved folder, as a content error naming both owners. */
export function findReservedPathClaims(routes: readonly Route[], folders: readonly ReservedFolder[]): ContentError[] {
  const errors: ContentError[] = [];
  for (const route of routes) {
    if (route.kind !== "post" && route.kind !== "redirect") continue;
    const url = route.url.normalize("NFC").toLowerCase();
    const folder = folders.find((reserved) => url.startsWith(reserved.url.toLowerCase()));
    if (folder === undefined) continue;
    const field =
      route.kind === "redirect" ? route.field : route.post.permalink !== undefined ? "permalink" : undefined;
    const others = folders.map((reserved) => reserved.url).join(", ");
    errors.push(
      new ContentError(
        route.post.source,
        `its URL ${route.url} is inside ${folder.url}, which the build fills with ${folder.filledWith}. Give it a URL outside ${others}.`,
        field,
        field === undefined ? undefined : route.post.fieldLines.get(field),
      ),
    );
  }
  return errors;
}
