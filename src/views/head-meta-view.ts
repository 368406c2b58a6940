// What a page tells machines about itself, as plain values: canonical URL, feeds, social cards, JSON-LD.
import type { Blog } from "../blog.ts";
import { formatRfc3339 } from "../dates.ts";
import { feedTitle } from "../pages/feed-pages.ts";
import type { Route } from "../pages/route.ts";
import { absoluteUrl, feedUrl, homeUrl, jsonFeedUrl } from "../pages/urls.ts";
import type { Post } from "../posts/post.ts";
import type { Author } from "../taxonomy/authors.ts";

export interface FeedLink {
  readonly type: "application/atom+xml" | "application/feed+json";
  readonly title: string;
  readonly url: string;
}

/** A post's dates and terms, for Open Graph's `article:` tags. */
export interface ArticleMetaView {
  readonly published: string;
  readonly modified?: string;
  readonly sections: readonly string[];
  readonly tags: readonly string[];
}

export interface HeadMetaView {
  /** Undefined on the 404 page: served at every missing URL, it has no address and must not be indexed. */
  readonly url?: string;
  readonly feeds: readonly FeedLink[];
  readonly siteTitle: string;
  readonly type: "article" | "website";
  /** The page's own title; the site's on the home page. */
  readonly title: string;
  /** Plain text; empty for none. */
  readonly description: string;
  /** The social card's image, absolute. */
  readonly imageUrl?: string;
  readonly article?: ArticleMetaView;
  /** schema.org data for search engines' rich results (posts only). */
  readonly jsonLd?: object;
}

export function headMetaView(route: Route, blog: Blog, title: string | undefined, description: string): HeadMetaView {
  const { site } = blog;
  const post = route.kind === "post" ? route.post : undefined;
  const term = route.kind === "list" ? route.term : undefined;
  const image = blog.files.socialImage(post);
  const imageUrl = image === undefined ? undefined : absoluteUrl(site, image);
  const url = route.kind === "not-found" ? undefined : absoluteUrl(site, route.url);
  const feeds: FeedLink[] = [{ type: "application/atom+xml", title: feedTitle(site), url: feedUrl() }];
  if (route.url === homeUrl())
    feeds.push({ type: "application/feed+json", title: feedTitle(site), url: jsonFeedUrl() });
  if (term !== undefined)
    feeds.push({ type: "application/atom+xml", title: feedTitle(site, term), url: feedUrl(term, site) });
  return {
    ...(url === undefined ? {} : { url }),
    feeds,
    siteTitle: site.title,
    type: post ? "article" : "website",
    title: title ?? site.title,
    description,
    ...(imageUrl === undefined ? {} : { imageUrl }),
    ...(post === undefined ? {} : { article: articleMeta(blog, post) }),
    ...(post === undefined || url === undefined
      ? {}
      : { jsonLd: blogPosting(blog, post, { url, description, image: imageUrl }) }),
  };
}

function articleMeta(blog: Blog, post: Post): ArticleMetaView {
  const { site, taxonomy } = blog;
  return {
    published: formatRfc3339(post.date, site.timeZone),
    ...(post.updated === undefined ? {} : { modified: formatRfc3339(post.updated, site.timeZone) }),
    sections: post.categories.map((name) => taxonomy.term("category", name).name),
    tags: post.tags.map((name) => taxonomy.term("tag", name).name),
  };
}

/** schema.org's BlogPosting: what search engines read for a post's rich result. */
function blogPosting(blog: Blog, post: Post, page: { url: string; description: string; image: string | undefined }) {
  const { site } = blog;
  const published = formatRfc3339(post.date, site.timeZone);
  const authors = blog.authors.of(post);
  return {
    "@context": "https://schema.org",
    "@type": "BlogPosting",
    headline: post.title,
    ...(page.description === "" ? {} : { description: page.description }),
    url: page.url,
    mainEntityOfPage: { "@type": "WebPage", "@id": page.url },
    datePublished: published,
    dateModified: post.updated === undefined ? published : formatRfc3339(post.updated, site.timeZone),
    // One author stays an object, as it always was here; several are a list, as schema.org allows.
    ...(authors.length === 0 ? {} : { author: authors.length === 1 ? person(authors[0]!) : authors.map(person) }),
    publisher: { "@type": "Organization", name: site.title, url: absoluteUrl(site, homeUrl()) },
    ...(page.image === undefined ? {} : { image: page.image }),
    ...(post.categories.length === 0
      ? {}
      : { articleSection: post.categories.map((name) => blog.taxonomy.term("category", name).name) }),
    ...(post.tags.length === 0 ? {} : { keywords: post.tags.map((name) => blog.taxonomy.term("tag", name).name) }),
    inLanguage: site.language,
  };
}

function person(author: Author) {
  return { "@type": "Person", name: author.name };
}
