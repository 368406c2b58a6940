// The home page: every public post, newest first, `postsPerPage` at a time (`/`, `/page/2/`, …).
import { paginate } from "./paginate.ts";
import type { ListRoute, RouteContext } from "./route.ts";
import { homeUrl } from "./urls.ts";

export function homePages({ posts, site }: RouteContext): ListRoute[] {
  return paginate(posts, site.postsPerPage, homeUrl()).map((page) => ({ kind: "list", url: page.url, page }));
}
