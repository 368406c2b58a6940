// What the pages are made from: the public posts, their taxonomy and routes, and each body rendered once.
import { AsyncLocalStorage } from "node:async_hooks";
import type { DateTime } from "luxon";
import type { SharedJob } from "./helper-thread/shared-job.ts";
import type { ImageSet } from "./images/image-set.ts";
import { bodyProblemError } from "./posts/body-errors.ts";
import { sortContentErrors, type ContentError } from "./posts/content-error.ts";
import type { Markdown } from "./posts/markdown.ts";
import type { BodyOutline } from "./posts/outline.ts";
import type { Post } from "./posts/post.ts";
import { readingMinutes } from "./posts/reading-time.ts";
import { renderBody, type RenderedBody } from "./posts/render-body.ts";
import type { Route } from "./pages/route.ts";
import { locateSiteFile, publishedFileUrl } from "./site-files.ts";
import type { SiteSettings } from "./site.ts";
import type { StandalonePage } from "./standalone-pages/load-pages.ts";
import type { Author, Authors } from "./taxonomy/authors.ts";
import type { Taxonomy } from "./taxonomy/terms.ts";

/**
 * Rewrites every URL in a piece of HTML to an absolute one (with the site's address and path prefix),
 * resolving relative ones against the page at `pageUrl`. Feeds need it: their readers are not on the site.
 */
export type AbsoluteHtml = (html: string, pageUrl: string) => Promise<string>;

/** Why a post that readers would not see is on a page: only previews (`npm start`) show such posts. */
export type PostStatus = "draft" | "scheduled";

export interface BlogParts {
  site: SiteSettings;
  /** Public posts, newest first. */
  posts: readonly Post[];
  /** Standalone pages (`pages/about.md`), by file path; read as posts, listed nowhere posts are. */
  pages?: readonly StandalonePage[];
  taxonomy: Taxonomy;
  authors: Authors;
  routes: readonly Route[];
  markdown: Markdown;
  root: string;
  now: DateTime;
  /** Every local image the posts name, resized; the build publishes the files it lists. */
  images: ImageSet;
  /** Problems that did not stop the build (a missing image), for the author to see. */
  warnings: readonly ContentError[];
  /** Given by the Eleventy adapter (src/plugins/path-prefix.ts), which knows the rules of the HTML output. */
  absoluteHtml?: AbsoluteHtml;
  /** Watch mode: pages rendered through `recordBodies` note the posts whose bodies they show. */
  recordBodies?: boolean;
  /**
   * Outlines a previous build found, by post (the persistent build cache's, src/cache/build-cache.ts): a list
   * page shows each post's reading time, and with this it need not render the bodies of unchanged posts.
   */
  knownOutline?: ((post: Post) => BodyOutline | undefined) | undefined;
  /** The routes this build writes: all of them, except in a watch-mode rebuild that changed only some pages. */
  routesToWrite?: readonly Route[];
  /** The helper thread's share of rendering the bodies of `posts`, by their index (loadBlog's `helper`). */
  helperBodies?: SharedJob<RenderedBody> | undefined;
}

/** The posts whose bodies the page being rendered shows; it follows the page's render across `await`s. */
const bodiesOfPage = new AsyncLocalStorage<Set<string>>();

/** Everything the pages are made from. A class, so Eleventy passes it by reference instead of merging it. */
export class Blog {
  readonly site: SiteSettings;
  /** Public posts, newest first. */
  readonly posts: readonly Post[];
  /** Standalone pages, by file path. */
  readonly pages: readonly StandalonePage[];
  readonly taxonomy: Taxonomy;
  readonly authors: Authors;
  readonly routes: readonly Route[];
  /** The routes this build writes: all of them, except in a watch-mode rebuild that changed only some pages. */
  readonly routesToWrite: readonly Route[];
  /** Per page URL, the sources of the posts whose bodies the page showed, for pages rendered by `recordBodies`. */
  readonly bodiesShown = new Map<string, ReadonlySet<string>>();
  readonly markdown: Markdown;
  readonly images: ImageSet;
  readonly warnings: readonly ContentError[];
  private readonly root: string;
  private readonly now: DateTime;
  private readonly absoluteHtml: AbsoluteHtml | undefined;
  /** The site's default social image as a site URL (`/assets/…`) or a remote URL. */
  private readonly defaultSocialImage: string | undefined;
  private readonly absoluteBodies = new Map<Post, Promise<string>>();
  /**
   * Each body rendered so far, with its outline. A body is shown on its post's page, and its HTML again
   * in the feeds of its categories and tags, its outline on every list with its reading time: parsed and
   * rendered once, it cost a sixth of a 4,000-post build less. The pages that show it hold the HTML anyway.
   */
  private readonly bodies = new Map<Post, RenderedBody>();
  /** Markup made once and shown on many pages, by key (see `shared`). */
  private readonly sharedParts = new Map<string, string | Promise<string>>();
  /** Where each post is in `posts`: the helper thread knows bodies by that index. */
  private readonly postIndex: ReadonlyMap<Post, number>;

  constructor(private readonly parts: BlogParts) {
    this.site = parts.site;
    this.posts = parts.posts;
    this.pages = parts.pages ?? [];
    this.taxonomy = parts.taxonomy;
    this.authors = parts.authors;
    this.routes = parts.routes;
    this.routesToWrite = parts.routesToWrite ?? parts.routes;
    this.markdown = parts.markdown;
    this.images = parts.images;
    this.warnings = parts.warnings;
    this.root = parts.root;
    this.now = parts.now;
    this.absoluteHtml = parts.absoluteHtml;
    this.defaultSocialImage = publishedFileUrl(parts.site.socialImage, parts.site, parts.root);
    this.postIndex = new Map(parts.posts.map((post, index) => [post, index]));
  }

  /** The same blog with its images resized, and maybe a helper thread rendering its bodies: what a build renders. */
  withImages(images: ImageSet, warnings: readonly ContentError[], helperBodies?: SharedJob<RenderedBody>): Blog {
    return new Blog({ ...this.parts, images, warnings, helperBodies });
  }

  /** The same blog, writing only `routes` (a watch-mode rebuild: the other pages on disk are still right). */
  writingOnly(routes: readonly Route[]): Blog {
    return new Blog({ ...this.parts, routesToWrite: routes });
  }

  /** The same blog, taking outlines of bodies it has not rendered from `knownOutline` (see BlogParts). */
  withKnownOutlines(knownOutline: (post: Post) => BodyOutline | undefined): Blog {
    return new Blog({ ...this.parts, knownOutline });
  }

  /** The outline of each body rendered so far, for the build cache to keep for the next build. */
  renderedOutlines(): ReadonlyMap<Post, BodyOutline> {
    return new Map([...this.bodies].map(([post, body]) => [post, body.outline]));
  }

  /**
   * Renders the page at `url`. In watch mode, notes the posts whose bodies it shows, in `bodiesShown`:
   * every method below that reads a body (renderBody, absoluteBody, outline, readingMinutes) tells,
   * and a rebuild after a body edit writes only the pages that showed that body.
   */
  recordBodies<T>(url: string, render: () => T): T {
    if (!this.parts.recordBodies) return render();
    const shown = new Set<string>();
    const result = bodiesOfPage.run(shown, render);
    if (!(result instanceof Promise)) {
      this.bodiesShown.set(url, shown);
      return result;
    }
    return result.then((value: unknown) => {
      this.bodiesShown.set(url, shown);
      return value;
    }) as T;
  }

  /**
   * Something many pages show alike (a post's card, its feed entry, the site's header), made the first
   * time `key` is asked for and reused afterwards. Each page that shows it still counts as showing
   * `posts`' bodies, for watch mode's partial rebuilds.
   */
  shared<T extends string | Promise<string>>(key: string, posts: readonly Post[], make: () => T): T {
    const shown = bodiesOfPage.getStore();
    posts.forEach((post) => shown?.add(post.source));
    let value = this.sharedParts.get(key) as T | undefined;
    if (value === undefined) this.sharedParts.set(key, (value = make()));
    return value;
  }

  /** The post's rendered body and outline, from one parse, with its images resized; kept for the build. */
  private rendered(post: Post): RenderedBody {
    bodiesOfPage.getStore()?.add(post.source);
    let rendered = this.bodies.get(post);
    if (rendered === undefined) {
      const index = this.postIndex.get(post);
      rendered =
        (index === undefined ? undefined : this.parts.helperBodies?.take(index)) ??
        renderBody(this.markdown, post.body, this.images);
      this.bodies.set(post, rendered);
    }
    return rendered;
  }

  /**
   * What the renderer found wrong in the bodies rendered so far (TeX that KaTeX cannot read), with each
   * post's file and line. Bodies render with the pages, so these are known only once the pages are.
   */
  bodyWarnings(): ContentError[] {
    const warnings = [...this.bodies].flatMap(([post, body]) =>
      body.problems.map((problem) => bodyProblemError(post, problem)),
    );
    return sortContentErrors(warnings);
  }

  /** The post's rendered body: HTML from the author's Markdown, with its images resized. */
  renderBody(post: Post): string {
    return this.rendered(post).html;
  }

  /** The rendered body with every URL absolute, for feeds; made once per post, however many feeds carry it. */
  absoluteBody(post: Post): Promise<string> {
    bodiesOfPage.getStore()?.add(post.source);
    const rewrite = this.absoluteHtml;
    if (rewrite === undefined)
      throw new Error("Feeds need loadBlog's absoluteHtml option (src/plugins/content.ts gives it).");
    let body = this.absoluteBodies.get(post);
    if (body === undefined) this.absoluteBodies.set(post, (body = rewrite(this.renderBody(post), post.url)));
    return body;
  }

  /** The body's headings (with their anchor ids) and length. */
  outline(post: Post): BodyOutline {
    if (!this.bodies.has(post)) {
      const known = this.parts.knownOutline?.(post);
      if (known !== undefined) {
        bodiesOfPage.getStore()?.add(post.source);
        return known;
      }
    }
    return this.rendered(post).outline;
  }

  /** "N min read", at the site's reading speed. */
  readingMinutes(post: Post): number {
    return readingMinutes(this.outline(post).length, this.site);
  }

  /** The featured image's URL as written (`/assets/…` or remote), only when it is remote or its file exists. */
  featuredImage(post: Post): string | undefined {
    if (post.image === undefined) return undefined;
    const { src } = post.image;
    const found = this.images.lookup(src);
    if (found.kind === "missing") return undefined;
    const location = locateSiteFile(src, {
      root: "",
      assetsDir: this.site.assetsDir,
      staticDirs: this.site.staticDirs,
    });
    return location.kind === "local" ? location.sitePath : src;
  }

  /** The image for a page's social card: the post's featured image, else the site's default, else none. */
  socialImage(post?: Post): string | undefined {
    return (post && this.featuredImage(post)) ?? this.defaultSocialImage;
  }

  /** A file the settings name (the favicon, the logo) as a site URL, only when it is remote or its file exists. */
  siteFile(reference: string | undefined): string | undefined {
    return publishedFileUrl(reference, this.site, this.root);
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
