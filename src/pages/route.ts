// What a page is, as data: one Route per output file. Layouts render routes; builders make them.
import type { Post } from "../posts/post.ts";
import type { SiteSettings } from "../site.ts";
import type { Author, Authors } from "../taxonomy/authors.ts";
import type { Taxonomy, Term, TermKind } from "../taxonomy/terms.ts";
import type { Page } from "./paginate.ts";

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

/** `/categories/` and `/tags/`. */
export interface TermIndexRoute {
  readonly kind: "term-index";
  readonly url: string;
  readonly termKind: TermKind;
  readonly terms: readonly Term[];
}

/** `/authors/<slug>/`: an author's posts, paginated. */
export interface AuthorRoute {
  readonly kind: "author";
  readonly url: string;
  readonly author: Author;
  readonly page: Page<Post>;
}

export type Route = PostRoute | ListRoute | TermIndexRoute | AuthorRoute;

/** What every route builder is given: the public posts (newest first) and their taxonomy. */
export interface RouteContext {
  readonly site: SiteSettings;
  readonly posts: readonly Post[];
  readonly taxonomy: Taxonomy;
  readonly authors: Authors;
}

/** A kind of page: a function from the site's content to its routes. */
export type RouteBuilder = (context: RouteContext) => Route[];
