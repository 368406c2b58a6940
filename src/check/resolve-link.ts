// What a link in a post points to on this site: somebody else's page, a file of the site, a page, or a post's file.
import path from "node:path";
import type { Route } from "../pages/route.ts";
import type { Post } from "../posts/post.ts";
import { resolveSiteFile, type FileReference } from "../site-files.ts";
import type { SiteSettings } from "../site.ts";
import { isElsewhere } from "../url-schemes.ts";

export type LinkTarget =
  | { readonly kind: "elsewhere" }
  | { readonly kind: "file"; readonly path: string; readonly file: FileReference }
  | { readonly kind: "page"; readonly path: string; readonly route: Route | undefined }
  | { readonly kind: "post-file"; readonly path: string; readonly post: Post | undefined };

export interface SiteIndex {
  readonly site: SiteSettings;
  readonly root: string;
  /** Every page of the site by URL (NFC). */
  readonly routes: ReadonlyMap<string, Route>;
  /** Every post by its file name (`2025-11-03-welcome.md`). */
  readonly postFiles: ReadonlyMap<string, Post>;
}

export function siteIndex(
  site: SiteSettings,
  root: string,
  routes: readonly Route[],
  posts: readonly Post[],
): SiteIndex {
  return {
    site,
    root,
    routes: new Map(routes.map((route) => [route.url.normalize("NFC"), route])),
    postFiles: new Map(posts.map((post) => [path.posix.basename(post.source), post])),
  };
}

/** Resolves `href` as a browser would on the page at `fromUrl`, then finds what the site has there. */
export function resolveLink(href: string, fromUrl: string, index: SiteIndex): LinkTarget {
  if (href === "" || href.startsWith("#") || isElsewhere(href)) {
    return { kind: "elsewhere" };
  }
  const sitePath = withoutPathPrefix(
    decodePath(new URL(href, `http://site.invalid${encodeURI(fromUrl)}`).pathname),
    index.site,
  );
  if (sitePath.startsWith("/assets/")) {
    return { kind: "file", path: sitePath, file: resolveSiteFile(sitePath, index.site, index.root) };
  }
  if (/\.(md|markdown)$/i.test(sitePath)) {
    return { kind: "post-file", path: sitePath, post: index.postFiles.get(path.posix.basename(sitePath)) };
  }
  const route = pageCandidates(sitePath)
    .map((candidate) => index.routes.get(candidate.normalize("NFC")))
    .find((found) => found !== undefined);
  if (route === undefined && path.posix.extname(sitePath) !== "" && !sitePath.endsWith(".html")) {
    return { kind: "file", path: sitePath, file: resolveSiteFile(sitePath, index.site, index.root) };
  }
  return { kind: "page", path: sitePath, route };
}

/** `/a`, `/a/` and `/a/index.html` are one page. */
function pageCandidates(sitePath: string): string[] {
  if (sitePath.endsWith("/index.html")) return [sitePath.slice(0, -"index.html".length)];
  if (sitePath.endsWith("/") || path.posix.extname(sitePath) !== "") return [sitePath];
  return [sitePath, `${sitePath}/`];
}

/** Links may be written with the site's path prefix (`/blog/2025/…`); routes are without it. */
function withoutPathPrefix(sitePath: string, site: SiteSettings): string {
  if (site.pathPrefix === "/" || !sitePath.startsWith(site.pathPrefix)) return sitePath;
  return `/${sitePath.slice(site.pathPrefix.length)}`;
}

function decodePath(pathname: string): string {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}
