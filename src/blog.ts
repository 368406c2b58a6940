// The pipeline's core, in the order data flows: read posts → keep the public ones → taxonomy → routes.
import { existsSync } from "node:fs";
import path from "node:path";
import type { DateTime } from "luxon";
import { ContentErrorList, sortContentErrors } from "./posts/content-error.ts";
import { loadPosts } from "./posts/load-posts.ts";
import { createMarkdown, type Markdown } from "./posts/markdown.ts";
import type { Post } from "./posts/post.ts";
import type { PostCache } from "./posts/post-cache.ts";
import type { Route } from "./pages/route.ts";
import { buildRoutes, findUrlClashes } from "./pages/routes.ts";
import type { SiteSettings } from "./site.ts";
import { buildTaxonomy, type Taxonomy } from "./taxonomy/terms.ts";

/** Everything the pages are made from. A class, so Eleventy passes it by reference instead of merging it. */
export class Blog {
  /** Per page URL, the sources of the posts whose bodies the page showed, for pages rendered by `recordBodies`. */
  readonly bodiesShown = new Map<string, ReadonlySet<string>>();
  #shownNow: Set<string> | undefined;

  constructor(
    readonly site: SiteSettings,
    /** Public posts, newest first. */
    readonly posts: readonly Post[],
    readonly taxonomy: Taxonomy,
    readonly routes: readonly Route[],
    readonly markdown: Markdown,
    private readonly images: ReadonlyMap<Post, string>,
    /** The routes this build writes: all of them, except in a watch-mode rebuild that changed only some pages. */
    readonly routesToWrite: readonly Route[] = routes,
  ) {}

  /**
   * The post's rendered body: HTML from the author's Markdown. Pages show a body only through this
   * method: it is how watch mode knows which pages an edited body appears on.
   */
  renderBody(post: Post): string {
    this.#shownNow?.add(post.source);
    return this.markdown.render(post.body);
  }

  /** The featured image's URL, only when it is remote or its file exists. */
  featuredImage(post: Post): string | undefined {
    return this.images.get(post);
  }

  /** Renders the page at `url`, noting the posts whose bodies it shows (in `bodiesShown`). */
  recordBodies<T>(url: string, render: () => T): T {
    const shown = new Set<string>();
    this.#shownNow = shown;
    try {
      return render();
    } finally {
      this.#shownNow = undefined;
      this.bodiesShown.set(url, shown);
    }
  }

  /** The same blog, writing only `routes` (a watch-mode rebuild: the other pages on disk are still right). */
  writingOnly(routes: readonly Route[]): Blog {
    return new Blog(this.site, this.posts, this.taxonomy, this.routes, this.markdown, this.images, routes);
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
  /** Posts read by an earlier build (watch mode), so unchanged files are not read again. */
  cache?: PostCache;
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
    cache: options.cache,
  });
  const posts = loaded.posts.filter((post) => isPublic(post, site, options.now));
  const taxonomy = buildTaxonomy(posts);
  const routes = buildRoutes({ site, posts, taxonomy });
  const errors = [...loaded.errors, ...findUrlClashes(routes)];
  if (errors.length > 0) throw new ContentErrorList(sortContentErrors(errors));
  return new Blog(site, posts, taxonomy, routes, markdown, featuredImages(posts, site, options.root));
}

/**
 * Mediumish writes `image: assets/images/x.jpg`, relative to the site root; the assets folder is
 * published at `/assets/`. A local image is shown only if its file exists; remote ones always are.
 */
function featuredImages(posts: readonly Post[], site: SiteSettings, root: string): Map<Post, string> {
  const images = new Map<Post, string>();
  for (const post of posts) {
    if (post.image === undefined) continue;
    if (/^(https?:)?\/\//i.test(post.image)) {
      images.set(post, post.image);
      continue;
    }
    const sitePath = post.image.replace(/^\/+/, "");
    const [folder, ...rest] = sitePath.split("/");
    if (folder === "assets" && existsSync(path.join(root, site.assetsDir, ...rest))) images.set(post, `/${sitePath}`);
  }
  return images;
}
