// The search page, when the site has search: Pagefind's UI over the index the build writes.
import type { Route, RouteContext } from "./route.ts";
import { searchUrl } from "./urls.ts";

export function searchPage({ site }: RouteContext): Route[] {
  return site.search ? [{ kind: "search", url: searchUrl() }] : [];
}
