// The pipeline's core, in the order data flows: read posts → keep the public ones → taxonomy → routes.
import type { DateTime } from "luxon";
import { loadAuthors, type AuthorsData } from "./authors/load-authors.ts";
import { ContentError, ContentErrorList, sortContentErrors } from "./posts/content-error.ts";
import { loadPosts } from "./posts/load-posts.ts";
import { createMarkdown, type Markdown } from "./posts/markdown.ts";
import type { Post } from "./posts/post.ts";
import type { Route } from "./pages/route.ts";
import { buildRoutes, findUrlClashes } from "./pages/routes.ts";
import { publishedFileUrl } from "./site-files.ts";
import type { SiteSettings } from "./site.ts";
import { buildAuthors, type Author, type Authors } from "./taxonomy/authors.ts";
import { buildTaxonomy, type Taxonomy } from "./taxonomy/terms.ts";

/**
 * Rewrites every URL in a piece of HTML to an absolute one (with the site's address and path prefix),
 * resolving relative ones against the page at `pageUrl`. Feeds need it: their readers are not on the site.
 */
export type AbsoluteHtml = (html: string, pageUrl: string) => Promise<string>;

/** Why a post that readers would not see is on a page: only previews (`npm start`) show such posts. */
export type PostStatus = "draft" | "scheduled";

interface BlogParts {
  site: SiteSettings;
  /** Public posts, newest first. */
  posts: readonly Post[];
  taxonomy: Taxonomy;
  authors: Authors;
  routes: readonly Route[];
  markdown: Markdown;
  root: string;
  now: DateTime;
  /** Given by the Eleventy adapter (src/plugins/path-prefix.ts), which knows the rules of the HTML output. */
  absoluteHtml?: AbsoluteHtml;
}

/** Everything the pages are made from. A class, so Eleventy passes it by reference instead of merging it. */
export class Blog {
  readonly site: SiteSettings;
  /** Public posts, newest first. */
  readonly posts: readonly Post[];
  readonly taxonomy: Taxonomy;
  readonly authors: Authors;
  readonly routes: readonly Route[];
  readonly markdown: Markdown;
  private readonly root: string;
  private readonly now: DateTime;
  private readonly images: ReadonlyMap<Post, string | undefined>;
  /** The site's default social image as a site URL (`/assets/…`) or a remote URL. */
  private readonly defaultSocialImage: string | undefined;
  private readonly absoluteHtml: AbsoluteHtml | undefined;
  private readonly absoluteBodies = new Map<Post, Promise<string>>();

  constructor(parts: BlogParts) {
    this.site = parts.site;
    this.posts = parts.posts;
    this.taxonomy = parts.taxonomy;
    this.authors = parts.authors;
    this.routes = parts.routes;
    this.markdown = parts.markdown;
    this.root = parts.root;
    this.now = parts.now;
    this.images = new Map(parts.posts.map((post) => [post, publishedFileUrl(post.image, parts.site, parts.root)]));
    this.defaultSocialImage = publishedFileUrl(parts.site.socialImage, parts.site, parts.root);
    this.absoluteHtml = parts.absoluteHtml;
  }

  /** The post's rendered body: HTML from the author's Markdown. */
  renderBody(post: Post): string {
    return this.markdown.render(post.body);
  }

  /** The rendered body with every URL absolute, for feeds; made once per post, however many feeds carry it. */
  absoluteBody(post: Post): Promise<string> {
    const rewrite = this.absoluteHtml;
    if (rewrite === undefined)
      throw new Error("Feeds need loadBlog's absoluteHtml option (src/plugins/content.ts gives it).");
    let body = this.absoluteBodies.get(post);
    if (body === undefined) this.absoluteBodies.set(post, (body = rewrite(this.renderBody(post), post.url)));
    return body;
  }

  /** The image for a page's social card: the post's featured image, else the site's default, else none. */
  socialImage(post?: Post): string | undefined {
    return (post && this.featuredImage(post)) ?? this.defaultSocialImage;
  }

  /** The featured image's URL, only when it is remote or its file exists. */
  featuredImage(post: Post): string | undefined {
    return this.images.get(post);
  }

  /** The author's avatar URL, only when it is remote or its file exists. */
  avatar(author: Author): string | undefined {
    return publishedFileUrl(author.avatar, this.site, this.root);
  }

  /** Set only for a post readers would not see (a preview shows it): drafts first, then future posts. */
  status(post: Post): PostStatus | undefined {
    if (post.draft) return "draft";
    return post.date.toMillis() > this.now.toMillis() ? "scheduled" : undefined;
  }
}

export interface LoadBlogOptions {
  /** Project root: the posts and assets folders are found from it. */
  root: string;
  /** The build time: posts dated after it are left out unless the site includes future posts. */
  now: DateTime;
  /** Names a post's `layout` may take. */
  layouts: readonly string[];
  /** The Markdown reader; a new one with the site's options when not given. */
  markdown?: Markdown;
  /** How feeds make the URLs in a post's body absolute; without it the blog has no feed content. */
  absoluteHtml?: AbsoluteHtml;
}

/** A project's content as read by the build: every post (drafts and future ones too), the authors file, every error. */
export interface BlogSources {
  /** Every post that could be read, newest first. */
  readonly posts: readonly Post[];
  readonly authors: AuthorsData;
  /** Problems found while reading, in file order. */
  readonly errors: readonly ContentError[];
  readonly markdown: Markdown;
}

/** The site made from its sources, with every content error of the whole pipeline (reading, then URL clashes). */
export interface AssembledBlog {
  readonly blog: Blog;
  /** Sorted by file and line; the build fails if there is any. */
  readonly errors: readonly ContentError[];
}

/** Whether readers may see a post: drafts, unpublished and future posts are kept out unless the site says otherwise. */
export function isPublic(post: Post, site: SiteSettings, now: DateTime): boolean {
  if (post.draft && !site.includeDrafts) return false;
  return site.includeFuture || post.date.toMillis() <= now.toMillis();
}

/** Reads every post and the authors file, collecting content errors instead of throwing. */
export async function readBlogSources(site: SiteSettings, options: LoadBlogOptions): Promise<BlogSources> {
  const markdown = options.markdown ?? createMarkdown();
  const [loaded, authors] = await Promise.all([
    loadPosts({
      root: options.root,
      postsDir: site.postsDir,
      timeZone: site.timeZone,
      permalink: site.permalink,
      layouts: options.layouts,
      markdown,
    }),
    loadAuthors(options.root, site.authorsFile),
  ]);
  return { posts: loaded.posts, authors: authors.data, errors: [...loaded.errors, ...authors.errors], markdown };
}

/** Keeps the public posts and builds the taxonomy and every page from them. Shared by the build and `npm run check`. */
export function assembleBlog(
  site: SiteSettings,
  sources: BlogSources,
  options: Pick<LoadBlogOptions, "root" | "now" | "absoluteHtml">,
): AssembledBlog {
  const posts = sources.posts.filter((post) => isPublic(post, site, options.now));
  const taxonomy = buildTaxonomy(posts);
  const authors = buildAuthors(posts, sources.authors, site.author);
  const routes = buildRoutes({ site, posts, taxonomy, authors });
  const errors = sortContentErrors([
    ...sources.errors,
    ...findUrlClashes(routes),
    ...socialImageErrors(site, options.root),
  ]);
  const blog = new Blog({
    site,
    posts,
    taxonomy,
    authors,
    routes,
    markdown: sources.markdown,
    root: options.root,
    now: options.now,
    absoluteHtml: options.absoluteHtml,
  });
  return { blog, errors };
}

/** Reads and checks every post, then builds the site's pages; throws every content error at once. */
export async function loadBlog(site: SiteSettings, options: LoadBlogOptions): Promise<Blog> {
  const { blog, errors } = assembleBlog(site, await readBlogSources(site, options), options);
  if (errors.length > 0) throw new ContentErrorList(errors);
  return blog;
}

/** The site's default social image must exist: every page without an image of its own would point to it. */
function socialImageErrors(site: SiteSettings, root: string): ContentError[] {
  if (site.socialImage === undefined || publishedFileUrl(site.socialImage, site, root) !== undefined) return [];
  return [
    new ContentError(
      "site.config.ts",
      `socialImage "${site.socialImage}" is not a file in the ${site.assetsDir}/ folder. Put the image there (e.g. ${site.assetsDir}/images/card.png and socialImage: "assets/images/card.png"), or use an http(s) URL.`,
      "socialImage",
    ),
  ];
}
