// The pipeline's core, in the order data flows: read posts → keep the public ones → taxonomy → routes.
import { existsSync } from "node:fs";
import path from "node:path";
import type { DateTime } from "luxon";
import { ContentErrorList, sortContentErrors } from "./posts/content-error.ts";
import { loadPosts } from "./posts/load-posts.ts";
import { createMarkdown, type Markdown } from "./posts/markdown.ts";
import type { Post } from "./posts/post.ts";
import type { Route } from "./pages/route.ts";
import { buildRoutes, findUrlClashes } from "./pages/routes.ts";
import type { SiteSettings } from "./site.ts";
import { buildTaxonomy, type Taxonomy } from "./taxonomy/terms.ts";

/** Everything the pages are made from. A class, so Eleventy passes it by reference instead of merging it. */
export class Blog {
  constructor(
    readonly site: SiteSettings,
    /** Public posts, newest first. */
    readonly posts: readonly Post[],
    readonly taxonomy: Taxonomy,
    readonly routes: readonly Route[],
    readonly markdown: Markdown,
    private readonly images: ReadonlyMap<Post, string>,
  ) {}

  /** The post's rendered body: HTML from the author's Markdown. */
  renderBody(post: Post): string {
    return this.markdown.render(post.body);
  }

  /** The featured image's URL, only when it is remote or its file exists. */
  featuredImage(post: Post): string | undefined {
    return this.images.get(post);
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
