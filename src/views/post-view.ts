// A post as the layouts show it: plain values (text, URLs, formatted dates), made from a Post and the blog once.
import type { Blog } from "../blog.ts";
import { postStatus, type PostStatus } from "../blog/site-data.ts";
import { formatDisplayDate, formatIsoDate } from "../dates.ts";
import type { Picture } from "../images/picture.ts";
import { authorUrl, monthArchiveUrl, termUrl } from "../pages/urls.ts";
import type { Post } from "../posts/post.ts";

export interface LinkView {
  readonly name: string;
  readonly url: string;
}

/** A date as shown: the words in the site's language, the ISO day for machines, and its month's archive. */
export interface DateView {
  readonly text: string;
  readonly iso: string;
  readonly archiveUrl: string;
}

/** An image as shown: resized copies in a <picture>, or one file as written (remote, or not resizable). */
export type ImageView =
  | { readonly kind: "picture"; readonly picture: Picture; readonly alt: string }
  | { readonly kind: "img"; readonly src: string; readonly alt: string };

export interface PostSummary {
  readonly url: string;
  readonly title: string;
  /** Plain text. */
  readonly excerpt: string;
  readonly date: DateView;
  readonly readingMinutes: number;
  readonly authors: readonly LinkView[];
  readonly categories: readonly LinkView[];
  readonly tags: readonly LinkView[];
  readonly image?: ImageView;
  readonly status?: PostStatus;
  readonly featured: boolean;
}

export function dateView(date: Post["date"], language: string): DateView {
  return { text: formatDisplayDate(date, language), iso: formatIsoDate(date), archiveUrl: monthArchiveUrl(date) };
}

/** The featured image of a post, resized when local; undefined when it has none or its file is missing. */
export function imageView(blog: Blog, post: Post): ImageView | undefined {
  if (post.image === undefined) return undefined;
  const alt = post.image.alt ?? "";
  const found = blog.images.lookup(post.image.src);
  if (found.kind === "missing") return undefined;
  return found.kind === "as-is"
    ? { kind: "img", src: found.url, alt }
    : { kind: "picture", picture: found.picture, alt };
}

/**
 * The post as its cards show it, made once a build: a card shows the same on every list that has it (and
 * the layouts keep each card's markup by this object). Reading it reads the body (its reading time).
 */
export function postSummary(blog: Blog, post: Post): PostSummary {
  return blog.shared.get(`post-summary:${post.source}`, [post], () => summarise(blog, post));
}

function summarise(blog: Blog, post: Post): PostSummary {
  const { site, taxonomy } = blog;
  const image = imageView(blog, post);
  const status = postStatus(post, blog.now);
  return {
    url: post.url,
    title: post.title,
    excerpt: post.excerpt,
    date: dateView(post.date, site.language),
    readingMinutes: blog.bodies.readingMinutes(post),
    authors: blog.authors.of(post).map((author) => ({ name: author.name, url: authorUrl(author) })),
    categories: post.categories.map((name) => termLink(taxonomy.term("category", name), site)),
    tags: post.tags.map((name) => termLink(taxonomy.term("tag", name), site)),
    ...(image === undefined ? {} : { image }),
    ...(status === undefined ? {} : { status }),
    featured: post.featured,
  };
}

function termLink(term: { kind: "category" | "tag"; slug: string; name: string }, site: Blog["site"]): LinkView {
  return { name: term.name, url: termUrl(term, site) };
}
