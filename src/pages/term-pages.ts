// Category and tag pages: an index of each kind, and a paginated list of posts per term.
import { paginate } from "./paginate.ts";
import type { Route, RouteContext } from "./route.ts";
import { termIndexUrl, termUrl } from "./urls.ts";

export function termPages({ taxonomy, site }: RouteContext): Route[] {
  const routes: Route[] = [];
  for (const [termKind, terms] of [
    ["category", taxonomy.categories],
    ["tag", taxonomy.tags],
  ] as const) {
    routes.push({ kind: "term-index", url: termIndexUrl(termKind), termKind, terms });
    for (const term of terms) {
      for (const page of paginate(term.posts, site.postsPerPage, termUrl(term, site))) {
        routes.push({ kind: "list", url: page.url, term, page });
      }
    }
  }
  return routes;
}
