// The pipeline's core, in the order data flows: read posts → keep the public ones → taxonomy → routes.
import { existsSync } from "node:fs";
import path from "node:path";
import type { DateTime } from "luxon";
import { ContentError, ContentErrorList, sortContentErrors } from "./posts/content-error.ts";
import { loadPosts } from "./posts/load-posts.ts";
import { createMarkdown, type Markdown } from "./posts/markdown.ts";
import type { Post } from "./posts/post.ts";
import type { Route } from "./pages/route.ts";
import { buildRoutes, findUrlClashes } from "./pages/routes.ts";
import type { SiteSettings } from "./site.ts";
import { buildTaxonomy, type Taxonomy } from "./taxonomy/terms.ts";

/**
 * Rewrites every URL in a piece of HTML to an absolute one (with the site's address and path prefix),
 * resolving relative ones against the page at `pageUrl`. Feeds need it: their readers are not on the site.
 */
export type AbsoluteHtml = (html: string, pageUrl: string) => Promise<string>;

/** What the pages need besides the posts, each resolved once per build. */
export interface BlogExtras {
  /** The site's default social image as a site URL (`/assets/…`) or a remote URL. */
  socialImage?: string;
  /** Given by the Eleventy adapter (src/plugins/path-prefix.ts), which knows the rules of the HTML output. */
  absoluteHtml?: AbsoluteHtml;
}

/** Everything the pages are made from. A class, so Eleventy passes it by reference instead of merging it. */
export class Blog {
  private readonly absoluteBodies = new Map<Post, Promise<string>>();

  constructor(
    readonly site: SiteSettings,
    /** Public posts, newest first. */
    readonly posts: readonly Post[],
    readonly taxonomy: Taxonomy,
    readonly routes: readonly Route[],
    readonly markdown: Markdown,
    private readonly images: ReadonlyMap<Post, string>,
    private readonly extras: BlogExtras = {},
  ) {}

  /** The post's rendered body: HTML from the author's Markdown. */
  renderBody(post: Post): string {
    return this.markdown.render(post.body);
  }

  /** The rendered body with every URL absolute, for feeds; made once per post, however many feeds carry it. */
  absoluteBody(post: Post): Promise<string> {
    const rewrite = this.extras.absoluteHtml;
    if (rewrite === undefined)
      throw new Error("Feeds need loadBlog's absoluteHtml option (src/plugins/content.ts gives it).");
    let body = this.absoluteBodies.get(post);
    if (body === undefined) this.absoluteBodies.set(post, (body = rewrite(this.renderBody(post), post.url)));
    return body;
  }

  /** The featured image's URL, only when it is remote or its file exists. */
  featuredImage(post: Post): string | undefined {
    return this.images.get(post);
  }

  /** The image for a page's social card: the post's featured image, else the site's default, else none. */
  socialImage(post?: Post): string | undefined {
    return (post && this.featuredImage(post)) ?? this.extras.socialImage;
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

/** Whether readers may see a post: drafts, unpublished and future posts are kept out unless the site says otherwise. */
export function isPublic(post: Post, site: SiteSettings, now: DateTime): boolean {
  if (post.draft && !site.includeDrafts) return false;
  return site.includeFuture || post.date.toMillis() <= now.toMillis();
}

/** Reads and checks every post, then builds the site's pages; throws every content error at once. */
export async function loadBlog(site: SiteSettings, options: LoadBlogOptions): Promise<Blog> {
  const markdown = options.markdown ?? createMarkdown();
  const loaded = await loadPosts({
    root: options.root,
    postsDir: site.postsDir,
    timeZone: site.timeZone,
    permalink: site.permalink,
    layouts: options.layouts,
    markdown,
  });
  const posts = loaded.posts.filter((post) => isPublic(post, site, options.now));
  const taxonomy = buildTaxonomy(posts);
  const routes = buildRoutes({ site, posts, taxonomy });
  const socialImage = site.socialImage === undefined ? undefined : siteImage(site.socialImage, site, options.root);
  const errors = [...loaded.errors, ...findUrlClashes(routes)];
  if (site.socialImage !== undefined && socialImage === undefined) {
    errors.push(
      new ContentError(
        "site.config.ts",
        `socialImage "${site.socialImage}" is not a file in the ${site.assetsDir}/ folder. Put the image there (e.g. ${site.assetsDir}/images/card.png and socialImage: "assets/images/card.png"), or use an http(s) URL.`,
        "socialImage",
      ),
    );
  }
  if (errors.length > 0) throw new ContentErrorList(sortContentErrors(errors));
  return new Blog(site, posts, taxonomy, routes, markdown, featuredImages(posts, site, options.root), {
    socialImage,
    absoluteHtml: options.absoluteHtml,
  });
}

/**
 * Mediumish writes `image: assets/images/x.jpg`, relative to the site root; the assets folder is
 * published at `/assets/`. A local image is shown only if its file exists; remote ones always are.
 */
function featuredImages(posts: readonly Post[], site: SiteSettings, root: string): Map<Post, string> {
  const images = new Map<Post, string>();
  for (const post of posts) {
    const image = post.image === undefined ? undefined : siteImage(post.image, site, root);
    if (image !== undefined) images.set(post, image);
  }
  return images;
}

/** An image reference as a URL: remote ones as they are, local ones (`assets/…`) only if their file exists. */
function siteImage(reference: string, site: SiteSettings, root: string): string | undefined {
  if (/^(https?:)?\/\//i.test(reference)) return reference;
  const sitePath = reference.replace(/^\/+/, "");
  const [folder, ...rest] = sitePath.split("/");
  return folder === "assets" && existsSync(path.join(root, site.assetsDir, ...rest)) ? `/${sitePath}` : undefined;
}
