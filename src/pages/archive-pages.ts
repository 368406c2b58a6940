// Archives: `/archives/`, then a paginated list per year (`/2025/`) and per month (`/2025/11/`).
import { buildArchives } from "../taxonomy/archives.ts";
import { paginate } from "./paginate.ts";
import type { Route, RouteContext } from "./route.ts";
import { archiveIndexUrl, archiveUrl } from "./urls.ts";

export function archivePages({ posts, site }: RouteContext): Route[] {
  const years = buildArchives(posts);
  const routes: Route[] = [{ kind: "archive-index", url: archiveIndexUrl(), years }];
  for (const period of years.flatMap((year) => [year, ...year.months])) {
    for (const page of paginate(period.posts, site.postsPerPage, archiveUrl(period))) {
      routes.push({ kind: "archive", url: page.url, period, page });
    }
  }
  return routes;
}
