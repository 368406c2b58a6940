// Every page of the site as data: one Route per output file, built from the posts and the taxonomy.
import { ContentError } from "../posts/content-error.ts";
import type { Post } from "../posts/post.ts";
import type { Taxonomy, Term, TermKind } from "../taxonomy/terms.ts";
import { paginate, type Page } from "./paginate.ts";
import { homeUrl, termIndexUrl, termUrl } from "./urls.ts";

export interface PostRoute {
  readonly kind: "post";
  readonly url: string;
  readonly post: Post;
  /** The next newer and older posts, for previous/next links. */
  readonly newer?: Post;
  readonly older?: Post;
}

/** The home page and each category or tag page: a paginated list of posts. */
export interface ListRoute {
  readonly kind: "list";
  readonly url: string;
  /** Undefined on the home page. */
  readonly term?: Term;
  readonly page: Page<Post>;
}

export interface TermIndexRoute {
  readonly kind: "term-index";
  readonly url: string;
  readonly termKind: TermKind;
  readonly terms: readonly Term[];
}

export type Route = PostRoute | ListRoute | TermIndexRoute;

/** The posts (public ones, newest first) and their taxonomy, as pages. */
export function buildRoutes(posts: readonly Post[], taxonomy: Taxonomy, postsPerPage: number): Route[] {
  const routes: Route[] = posts.map((post, index) => ({
    kind: "post",
    url: post.url,
    post,
    newer: posts[index - 1],
    older: posts[index + 1],
  }));
  for (const page of paginate(posts, postsPerPage, homeUrl())) routes.push({ kind: "list", url: page.url, page });
  for (const [termKind, terms] of [
    ["category", taxonomy.categories],
    ["tag", taxonomy.tags],
  ] as const) {
    routes.push({ kind: "term-index", url: termIndexUrl(termKind), termKind, terms });
    for (const term of terms) {
      for (const page of paginate(term.posts, postsPerPage, termUrl(term))) {
        routes.push({ kind: "list", url: page.url, term, page });
      }
    }
  }
  return routes;
}

/** Where a route comes from, for an error message: the post's file, or the page it is. */
function describe(route: Route): string {
  if (route.kind === "post") return route.post.source;
  if (route.kind === "term-index") return `the ${route.termKind} index`;
  return route.term ? `the page of ${route.term.kind} "${route.term.name}"` : "the home page";
}

/** Two routes writing one URL would overwrite each other: each clash is a content error naming both. */
export function findUrlClashes(routes: readonly Route[]): ContentError[] {
  const owners = new Map<string, Route>();
  const errors: ContentError[] = [];
  for (const route of routes) {
    const key = route.url.normalize("NFC").toLowerCase(); // case-insensitive disks (macOS, Windows) clash too
    const owner = owners.get(key);
    if (!owner) {
      owners.set(key, route);
      continue;
    }
    const [first, second] = owner.kind === "post" ? [owner, route] : [route, owner];
    const source = first.kind === "post" ? first.post.source : describe(first);
    errors.push(
      new ContentError(
        source,
        `its URL ${route.url} is also the URL of ${describe(second)}. Give one of them another permalink (or file name).`,
        first.kind === "post" && first.post.permalink !== undefined ? "permalink" : undefined,
      ),
    );
  }
  return errors;
}
