// What a page is, as data: one Route per output file. Layouts render routes; builders make them.
import type { DateTime } from "luxon";
import type { Post } from "../posts/post.ts";
import type { SiteSettings } from "../site.ts";
import type { StandalonePage } from "../standalone-pages/load-pages.ts";
import type { Author, Authors } from "../taxonomy/authors.ts";
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

/** A standalone page (`pages/about.md` → `/about/`). */
export interface StandalonePageRoute {
  readonly kind: "page";
  readonly url: string;
  readonly page: StandalonePage;
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

/** A feed of the newest posts: the whole site's (Atom and JSON Feed), or one category's or tag's (Atom). */
export interface FeedRoute {
  readonly kind: "feed";
  readonly url: string;
  readonly format: "atom" | "json";
  readonly title: string;
  /** Undefined for the site's feeds. */
  readonly term?: Term;
  /** The page whose posts the feed carries: the home page or the term's page. */
  readonly pageUrl: string;
  /** The newest posts, newest first, at most `feedSize`. */
  readonly posts: readonly Post[];
}

/** `/authors/<slug>/`: an author's posts, paginated. */
export interface AuthorRoute {
  readonly kind: "author";
  readonly url: string;
  readonly author: Author;
  readonly page: Page<Post>;
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

/** One page in the sitemap: its site URL and when its content last changed. */
export interface SitemapEntry {
  readonly url: string;
  /** Undefined for a page without posts (an empty blog's home page). */
  readonly lastModified?: DateTime;
}

/** `/sitemap.xml`: every public page, for search engines. */
export interface SitemapRoute {
  readonly kind: "sitemap";
  readonly url: string;
  readonly entries: readonly SitemapEntry[];
}

/** `/robots.txt`: lets crawlers in and points them to the sitemap. */
export interface RobotsRoute {
  readonly kind: "robots";
  readonly url: string;
  readonly sitemapUrl: string;
}

/** `/404.html`: what static hosts serve for a URL the site does not have. */
export interface NotFoundRoute {
  readonly kind: "not-found";
  readonly url: string;
}

/**
 * A jekyll-redirect-from page: at each `redirect_from` path of a post (sending readers to the post), or
 * at the URL of a post with `redirect_to` (sending them there instead of showing it).
 */
export interface RedirectRoute {
  readonly kind: "redirect";
  readonly url: string;
  /** Where readers go: a site URL (without the path prefix) or an http(s) URL. */
  readonly to: string;
  /** The post whose front matter asked for the page, and the key that did. */
  readonly post: Post;
  readonly field: "redirect_from" | "redirect_to";
}

export type Route =
  | PostRoute
  | StandalonePageRoute
  | ListRoute
  | TermIndexRoute
  | AuthorRoute
  | ArchiveRoute
  | ArchiveIndexRoute
  | SearchRoute
  | FeedRoute
  | SitemapRoute
  | RobotsRoute
  | NotFoundRoute
  | RedirectRoute;

/** What every route builder is given: the public posts (newest first), their taxonomy, and the routes so far. */
export interface RouteContext {
  readonly site: SiteSettings;
  readonly posts: readonly Post[];
  /** Standalone pages readers may see, by file path. */
  readonly pages: readonly StandalonePage[];
  readonly taxonomy: Taxonomy;
  /** The routes made by the builders listed before this one (the sitemap is made from them). */
  readonly routes: readonly Route[];
  readonly authors: Authors;
}

/** A kind of page: a function from the site's content to its routes. */
export type RouteBuilder = (context: RouteContext) => Route[];
