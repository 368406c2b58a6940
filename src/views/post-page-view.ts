// A post's page as plain values: its summary, body, figure, contents, share and subscribe links, authors, neighbours.
import type { Blog } from "../blog.ts";
import type { PostRoute, StandalonePageRoute } from "../pages/route.ts";
import { absoluteUrl, feedUrl, jsonFeedUrl, termIndexUrl } from "../pages/urls.ts";
import type { BodyOutline, Heading } from "../posts/outline.ts";
import type { Post } from "../posts/post.ts";
import type { SiteSettings } from "../site.ts";
import { authorView, type AuthorView } from "./author-view.ts";
import { bodyStylesheets, chromeFor, type Chrome } from "./chrome.ts";
import { dateView, postSummary, type DateView, type ImageView, type LinkView, type PostSummary } from "./post-view.ts";

/** The featured image with the words the front matter gives it. */
export interface FigureView {
  readonly image: ImageView;
  readonly caption?: string;
  readonly credit?: string;
}

export interface PostPageView {
  readonly chrome: Chrome;
  readonly post: PostSummary;
  /** The lede under the title: the front matter's `description`. */
  readonly lede?: string;
  readonly updated?: DateView;
  /** The breadcrumbs before the title: the categories index and the post's first category. */
  readonly trail: readonly LinkView[];
  /** Left out when the body itself shows the image. */
  readonly figure?: FigureView;
  /** The table of contents' headings; undefined when the page has none. */
  readonly contents?: readonly Heading[];
  /** The rendered body: the site's own HTML. */
  readonly body: string;
  readonly share: { readonly url: string; readonly networks: SiteSettings["share"] };
  readonly subscribe: {
    readonly atom: string;
    readonly json: string;
    readonly categoryFeeds: readonly LinkView[];
    readonly newsletter?: string;
  };
  readonly authors: readonly AuthorView[];
  readonly comments?: NonNullable<SiteSettings["comments"]>;
  readonly older?: LinkView;
  readonly newer?: LinkView;
  readonly related: readonly PostSummary[];
}

/** `toc:` in the front matter decides; else the `tableOfContents` setting shows one on long, sectioned posts. */
export function showsTableOfContents(post: Post, headings: number, minutes: number, site: SiteSettings): boolean {
  if (post.toc !== undefined) return post.toc;
  const auto = site.tableOfContents;
  return auto !== false && headings >= auto.minHeadings && minutes >= auto.minMinutes;
}

/** Whether a rendered body already shows the image (the Markdown's own `![…](same file)`): then it is not repeated. */
export function bodyShows(bodyHtml: string, image: ImageView): boolean {
  const src = image.kind === "picture" ? image.picture.src : image.src;
  return bodyHtml.includes(`src="${src}"`);
}

export function postPageView(route: PostRoute, blog: Blog): PostPageView {
  const { post, newer, older, related } = route;
  const { site } = blog;
  const { chrome, body, outline, head } = articleParts(route, blog, post);
  const summary = postSummary(blog, post);
  const category = summary.categories[0];
  const image = summary.image !== undefined && !bodyShows(body, summary.image) ? summary.image : undefined;
  const toc = showsTableOfContents(post, outline.headings.length, summary.readingMinutes, site);
  return {
    chrome,
    post: summary,
    ...head,
    trail: category === undefined ? [] : [{ name: chrome.t("categories"), url: termIndexUrl("category") }, category],
    ...(image === undefined ? {} : { figure: figureView(image, post) }),
    ...(toc ? { contents: outline.headings } : {}),
    body,
    share: { url: absoluteUrl(site, post.url), networks: site.share },
    subscribe: {
      atom: feedUrl(),
      json: jsonFeedUrl(),
      categoryFeeds: post.categories.map((name) => {
        const term = blog.taxonomy.term("category", name);
        return { name: term.name, url: feedUrl(term, site) };
      }),
      ...(site.newsletter === undefined ? {} : { newsletter: site.newsletter }),
    },
    authors: blog.authors.of(post).map((author) => authorView(blog, author)),
    ...(site.comments === undefined ? {} : { comments: site.comments }),
    ...(older === undefined ? {} : { older: { name: older.title, url: older.url } }),
    ...(newer === undefined ? {} : { newer: { name: newer.title, url: newer.url } }),
    related: related.map((each) => postSummary(blog, each)),
  };
}

/** What a post's page and a standalone page share: the body with its outline, the chrome, the lede and "Updated". */
export interface ArticleParts {
  readonly chrome: Chrome;
  readonly body: string;
  readonly outline: BodyOutline;
  readonly head: { readonly lede?: string; readonly updated?: DateView };
}

export function articleParts(route: PostRoute | StandalonePageRoute, blog: Blog, post: Post): ArticleParts {
  const { site } = blog;
  // Rendered first: the body's parse also finds the headings the table of contents lists.
  const body = blog.bodies.html(post);
  const outline = blog.bodies.outline(post);
  const chrome = chromeFor(route, blog, {
    title: post.title,
    description: post.description ?? post.excerpt,
    stylesheets: bodyStylesheets(body, outline.hasMath),
  });
  return {
    chrome,
    body,
    outline,
    head: {
      ...(post.description === undefined ? {} : { lede: post.description }),
      ...(post.updated === undefined ? {} : { updated: dateView(post.updated.setZone(site.timeZone), site.language) }),
    },
  };
}

export function figureView(image: ImageView, post: Post): FigureView {
  return {
    image,
    ...(post.image?.caption === undefined ? {} : { caption: post.image.caption }),
    ...(post.image?.credit === undefined ? {} : { credit: post.image.credit }),
  };
}
