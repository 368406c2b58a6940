// The home page: every public post but hidden ones, newest first, `postsPerPage` at a time (`/`, `/page/2/`, …).
import { paginate } from "./paginate.ts";
import type { ListRoute, RouteContext } from "./route.ts";
import { homeUrl } from "./urls.ts";

export function homePages({ posts, site }: RouteContext): ListRoute[] {
  // Mediumish's `hidden: true`, as jekyll-paginate reads it: off the paginated home list only; the post
  // keeps its page, its term and archive pages and its feed entries.
  const listed = posts.filter((post) => !post.hidden);
  return paginate(listed, site.postsPerPage, homeUrl()).map((page) => ({ kind: "list", url: page.url, page }));
}
