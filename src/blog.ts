// The pipeline's core, in the order data flows: read posts → keep the public ones → taxonomy → routes.
import path from "node:path";
import type { DateTime } from "luxon";
import type { ImageSet } from "./images/image-set.ts";
import { locateImage } from "./images/image-location.ts";
import type { ImageEnvironment } from "./images/markdown-images.ts";
import { checkImages, imageRequests, resizeImages, type ImageOptions } from "./images/process-images.ts";
import { ContentErrorList, sortContentErrors, type ContentError } from "./posts/content-error.ts";
import { loadPosts } from "./posts/load-posts.ts";
import { createMarkdown, type Markdown } from "./posts/markdown.ts";
import { outlineOf, type BodyOutline } from "./posts/outline.ts";
import type { Post } from "./posts/post.ts";
import { readingMinutes } from "./posts/reading-time.ts";
import type { Route } from "./pages/route.ts";
import { buildRoutes, findUrlClashes } from "./pages/routes.ts";
import type { SiteSettings } from "./site.ts";
import { buildTaxonomy, type Taxonomy } from "./taxonomy/terms.ts";

/** Everything the pages are made from. A class, so Eleventy passes it by reference instead of merging it. */
export class Blog {
  /** Headings and length of each body parsed so far: small, so list pages reuse what post pages found. */
  private readonly outlines = new Map<Post, BodyOutline>();

  constructor(
    readonly site: SiteSettings,
    /** Public posts, newest first. */
    readonly posts: readonly Post[],
    readonly taxonomy: Taxonomy,
    readonly routes: readonly Route[],
    readonly markdown: Markdown,
    /** Every local image the posts name, resized; the build publishes the files it lists. */
    readonly images: ImageSet,
    /** Problems that did not stop the build (a missing image), for the author to see. */
    readonly warnings: readonly ContentError[] = [],
  ) {}

  /** The post's rendered body: HTML from the author's Markdown, with its images resized. */
  renderBody(post: Post): string {
    const env: ImageEnvironment = { images: this.images };
    const tokens = this.markdown.parse(post.body, env);
    this.outlines.set(post, outlineOf(tokens));
    return this.markdown.renderer.render(tokens, this.markdown.options, env);
  }

  /** The body's headings (with their anchor ids) and length; parsed once per post and kept. */
  outline(post: Post): BodyOutline {
    let outline = this.outlines.get(post);
    if (outline === undefined) {
      outline = outlineOf(this.markdown.parse(post.body, {}));
      this.outlines.set(post, outline);
    }
    return outline;
  }

  /** "N min read", at the site's reading speed. */
  readingMinutes(post: Post): number {
    return readingMinutes(this.outline(post).length, this.site);
  }

  /** The featured image's URL as written (`/assets/…` or remote), only when it is remote or its file exists. */
  featuredImage(post: Post): string | undefined {
    if (post.image === undefined) return undefined;
    const found = this.images.lookup(post.image);
    if (found.kind === "missing") return undefined;
    const location = locateImage(post.image, { root: "", assetsDir: this.site.assetsDir });
    return location.kind === "local" ? location.sitePath : post.image;
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
  const imageOptions: ImageOptions = {
    root: options.root,
    assetsDir: site.assetsDir,
    widths: site.imageWidths,
    cacheDir: path.join(options.root, ".cache", "images"),
    strict: site.strictImages,
  };
  // Only public posts' images: a draft's image must not reach the output either.
  const checked = checkImages(imageRequests(posts, markdown), imageOptions);
  const errors = [...loaded.errors, ...findUrlClashes(routes), ...(site.strictImages ? checked.missing : [])];
  if (errors.length > 0) throw new ContentErrorList(sortContentErrors(errors));
  // Resizing is the slow part: done only for a build that will happen, and cached across builds.
  const resized = await resizeImages(checked.files, imageOptions);
  if (resized.broken.length > 0) throw new ContentErrorList(sortContentErrors(resized.broken));
  const warnings = site.strictImages ? [] : sortContentErrors(checked.missing);
  return new Blog(site, posts, taxonomy, routes, markdown, resized.images, warnings);
}
