// A feed (Atom or JSON Feed) as plain values: its own addresses and dates, and each post's entry.
import { DateTime } from "luxon";
import type { Blog } from "../blog.ts";
import { formatRfc3339 } from "../dates.ts";
import type { FeedRoute } from "../pages/route.ts";
import { absoluteUrl, termIndexUrl } from "../pages/urls.ts";
import type { Post } from "../posts/post.ts";

/** A post as every feed carries it: absolute URLs, RFC 3339 dates. */
export interface FeedEntryView {
  readonly url: string;
  readonly title: string;
  readonly published: string;
  /** When it last changed: `last_modified_at` or `updated`, else when it was published. */
  readonly updated: string;
  /** Only when the front matter gives one (JSON Feed's `date_modified`). */
  readonly modified?: string;
  /** Empty when the post names no author: the feed's author stands for it. */
  readonly authors: readonly string[];
  /** Its categories' and tags' names, each with the address of its index (Atom's `scheme`). */
  readonly terms: readonly { readonly name: string; readonly scheme: string }[];
  /** Its categories and tags as the front matter writes them (JSON Feed's `tags`). */
  readonly tags: readonly string[];
  /** Plain text; empty for none. */
  readonly summary: string;
  /** The featured image, absolute. */
  readonly image?: string;
  /**
   * The body with every URL absolute, made when a feed is written: an entry is kept for the whole build (see
   * `feedView`), and the body only as bytes, in the body store.
   */
  readonly content: () => Promise<string>;
}

export interface FeedView {
  readonly title: string;
  readonly language: string;
  /** The site's description; empty for none. */
  readonly description: string;
  readonly url: string;
  /** The page whose posts the feed carries. */
  readonly pageUrl: string;
  /** The latest change among its entries, so a rebuild writes the same bytes. */
  readonly updated: string;
  /** Who wrote entries that name nobody: the site's author, else the site. */
  readonly author: string;
  readonly entries: readonly FeedEntryView[];
}

/** Atom requires a feed's `updated`: a feed with no entry yet (a new blog) says the epoch. */
const NO_ENTRY_DATE = DateTime.fromMillis(0, { zone: "UTC" });

export function feedView(route: FeedRoute, blog: Blog): FeedView {
  const { site } = blog;
  return {
    title: route.title,
    language: site.language,
    description: site.description,
    url: absoluteUrl(site, route.url),
    pageUrl: absoluteUrl(site, route.pageUrl),
    updated: formatRfc3339(latestChange(route.posts), site.timeZone),
    author: site.author ?? site.title,
    // A post's entry is the same in every feed that carries it (the site's, its categories', its tags'): made once.
    entries: route.posts.map((post) => blog.shared.get(`feed-entry:${post.source}`, [post], () => entry(post, blog))),
  };
}

function latestChange(posts: readonly Post[]): DateTime {
  let latest: DateTime = NO_ENTRY_DATE;
  for (const post of posts) {
    const changed = post.updated !== undefined && post.updated > post.date ? post.updated : post.date;
    if (changed > latest) latest = changed;
  }
  return latest;
}

function entry(post: Post, blog: Blog): FeedEntryView {
  const { site, taxonomy } = blog;
  const published = formatRfc3339(post.date, site.timeZone);
  const modified = post.updated === undefined ? undefined : formatRfc3339(post.updated, site.timeZone);
  const image = blog.files.featuredImage(post);
  const terms = [
    ...post.categories.map((name) => taxonomy.term("category", name)),
    ...post.tags.map((name) => taxonomy.term("tag", name)),
  ];
  return {
    url: absoluteUrl(site, post.url),
    title: post.title,
    published,
    updated: modified ?? published,
    ...(modified === undefined ? {} : { modified }),
    authors: post.authors.length === 0 ? [] : blog.authors.of(post).map((author) => author.name),
    terms: terms.map((term) => ({ name: term.name, scheme: absoluteUrl(site, termIndexUrl(term.kind)) })),
    tags: [...post.categories, ...post.tags],
    summary: post.excerpt,
    ...(image === undefined ? {} : { image: absoluteUrl(site, image) }),
    content: () => blog.bodies.absoluteHtml(post),
  };
}
