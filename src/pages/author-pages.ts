// One paginated list of posts per author (`/authors/<slug>/`, `/authors/<slug>/page/2/`, …).
import { paginate } from "./paginate.ts";
import type { AuthorRoute, RouteContext } from "./route.ts";
import { authorUrl } from "./urls.ts";

export function authorPages({ authors, site }: RouteContext): AuthorRoute[] {
  return authors.list.flatMap((author) =>
    paginate(author.posts, site.postsPerPage, authorUrl(author)).map((page): AuthorRoute => ({
      kind: "author",
      url: page.url,
      author,
      page,
    })),
  );
}
