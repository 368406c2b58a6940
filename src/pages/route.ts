// What a page is, as data: one Route per output file. Layouts render routes; builders make them.
import type { Post } from "../posts/post.ts";
import type { SiteSettings } from "../site.ts";
import type { ArchivePeriod, ArchiveYear } from "../taxonomy/archives.ts";
import type { Taxonomy, Term, TermKind } from "../taxonomy/terms.ts";
import type { Page } from "./paginate.ts";

export interface PostRoute {
  readonly kind: "post";
  readonly url: string;
  readonly post: Post;
  /** The next newer and older posts, for previous/next links. */
  readonly newer?: Post;
  readonly older?: Post;
  /** Posts sharing its tags and categories, best first (at most `relatedPosts`). */
  readonly related: readonly Post[];
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

/** `/2025/` and `/2025/11/`: a paginated list of one year's or one month's posts. */
export interface ArchiveRoute {
  readonly kind: "archive";
  readonly url: string;
  readonly period: ArchivePeriod;
  readonly page: Page<Post>;
}

/** `/archives/`: every year and month with its number of posts. */
export interface ArchiveIndexRoute {
  readonly kind: "archive-index";
  readonly url: string;
  readonly years: readonly ArchiveYear[];
}

/** `/search/`: Pagefind's search box and results. */
export interface SearchRoute {
  readonly kind: "search";
  readonly url: string;
}

export type Route = PostRoute | ListRoute | TermIndexRoute | ArchiveRoute | ArchiveIndexRoute | SearchRoute;

/** What every route builder is given: the public posts (newest first) and their taxonomy. */
export interface RouteContext {
  readonly site: SiteSettings;
  readonly posts: readonly Post[];
  readonly taxonomy: Taxonomy;
}

/** A kind of page: a function from the site's content to its routes. */
export type RouteBuilder = (context: RouteContext) => Route[];
