// What the site is made of, as read and checked: settings, public posts and pages, taxonomy, authors, routes.
import type { DateTime } from "luxon";
import type { ImageSet } from "../images/image-set.ts";
import type { ContentError } from "../problems/content-error.ts";
import type { Markdown } from "../posts/markdown.ts";
import type { Post } from "../posts/post.ts";
import type { Route } from "../pages/route.ts";
import type { SiteSettings } from "../site.ts";
import type { StandalonePage } from "../standalone-pages/load-pages.ts";
import type { Authors } from "../taxonomy/authors.ts";
import type { Taxonomy } from "../taxonomy/terms.ts";

export interface SiteData {
  readonly site: SiteSettings;
  /** Public posts, newest first. */
  readonly posts: readonly Post[];
  /** Standalone pages (`pages/about.md`), by file path; read as posts, listed nowhere posts are. */
  readonly pages: readonly StandalonePage[];
  readonly taxonomy: Taxonomy;
  readonly authors: Authors;
  readonly routes: readonly Route[];
  readonly markdown: Markdown;
  /** The project's folder: the files the settings name are found from it. */
  readonly root: string;
  /** The build time: what is dated after it is not published yet. */
  readonly now: DateTime;
  /** Every local image the posts name, resized; the build publishes the files it lists. */
  readonly images: ImageSet;
  /** Problems that did not stop the build (a missing image), for the author to see. */
  readonly warnings: readonly ContentError[];
}

/** Why a post that readers would not see is on a page: only previews (`npm start`) show such posts. */
export type PostStatus = "draft" | "scheduled";

/** Set only for a post readers would not see (a preview shows it): drafts first, then future posts. */
export function postStatus(post: Post, now: DateTime): PostStatus | undefined {
  if (post.draft) return "draft";
  return post.date.toMillis() > now.toMillis() ? "scheduled" : undefined;
}
