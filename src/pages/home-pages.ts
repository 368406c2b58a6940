// The home page: every public post but hidden ones, featured ones first, then newest first, `postsPerPage` at a time (`/`, `/page/2/`, …).
import { paginate } from "./paginate.ts";
import type { ListRoute, RouteContext } from "./route.ts";
import { homeUrl } from "./urls.ts";

export function homePages({ posts, site }: RouteContext): ListRoute[] {
  // Mediumish's `hidden: true`, as jekyll-paginate reads it: off the paginated home list only; the post
  // keeps its page, its term and archive pages and its feed entries.
  const listed = posts.filter((post) => !post.hidden);
  // Mediumish's `featured: true`: those posts lead the list (newest first among them), the rest follow by date.
  const ordered = [...listed.filter((post) => post.featured), ...listed.filter((post) => !post.featured)];
  return paginate(ordered, site.postsPerPage, homeUrl()).map((page) => ({ kind: "list", url: page.url, page }));
}
