// What the pages are made from: the site's data, plus the per-build stores the pages share (src/blog/).
import type { SharedJob } from "./helper-thread/shared-job.ts";
import type { ImageSet } from "./images/image-set.ts";
import type { ContentError } from "./problems/content-error.ts";
import type { RenderedBody } from "./posts/render-body.ts";
import type { Route } from "./pages/route.ts";
import type { StandalonePage } from "./standalone-pages/load-pages.ts";
import { BodyRecorder } from "./blog/body-recorder.ts";
import { BodyStore, type AbsoluteHtml, type KnownOutline } from "./blog/body-store.ts";
import { FileUrls } from "./blog/file-urls.ts";
import { SharedParts } from "./blog/shared-parts.ts";
import type { SiteData } from "./blog/site-data.ts";

export type { AbsoluteHtml } from "./blog/body-store.ts";
export type { PostStatus } from "./blog/site-data.ts";

export interface BlogParts extends Omit<SiteData, "pages"> {
  pages?: readonly StandalonePage[];
  /** How feeds make the URLs in a body absolute (see AbsoluteHtml). */
  absoluteHtml?: AbsoluteHtml | undefined;
  /** Watch mode: pages rendered through `recorder.record` note the posts whose bodies they show. */
  recordBodies?: boolean | undefined;
  /** The routes this build writes: all of them, except in a watch-mode rebuild that changed only some pages. */
  routesToWrite?: readonly Route[];
  /** The helper thread's share of rendering the bodies of `posts`, by their index (loadBlog's `helper`). */
  helperBodies?: SharedJob<RenderedBody> | undefined;
  /** Outlines a previous build found, by post (see BodyStoreOptions.knownOutline). */
  knownOutline?: KnownOutline | undefined;
}

/**
 * One build's site: its data, and the stores its pages share, each made new with it (a rebuild starts
 * empty). A class, so Eleventy passes it by reference instead of merging it.
 */
export class Blog implements SiteData {
  readonly site: SiteData["site"];
  readonly posts: SiteData["posts"];
  readonly pages: SiteData["pages"];
  readonly taxonomy: SiteData["taxonomy"];
  readonly authors: SiteData["authors"];
  readonly routes: SiteData["routes"];
  readonly markdown: SiteData["markdown"];
  readonly root: string;
  readonly now: SiteData["now"];
  readonly images: ImageSet;
  readonly warnings: readonly ContentError[];
  /** The routes this build writes: all of them, except in a watch-mode rebuild that changed only some pages. */
  readonly routesToWrite: readonly Route[];
  /** Each body rendered once. */
  readonly bodies: BodyStore;
  /** Markup and views made once and shown on many pages. */
  readonly shared = new SharedParts();
  /** Which page showed which bodies (watch mode and the build cache). */
  readonly recorder: BodyRecorder;
  /** The URLs pages show for the files the posts and settings name. */
  readonly files: FileUrls;

  constructor(private readonly parts: BlogParts) {
    this.site = parts.site;
    this.posts = parts.posts;
    this.pages = parts.pages ?? [];
    this.taxonomy = parts.taxonomy;
    this.authors = parts.authors;
    this.routes = parts.routes;
    this.markdown = parts.markdown;
    this.root = parts.root;
    this.now = parts.now;
    this.images = parts.images;
    this.warnings = parts.warnings;
    this.routesToWrite = parts.routesToWrite ?? parts.routes;
    this.bodies = new BodyStore({
      markdown: parts.markdown,
      images: parts.images,
      posts: parts.posts,
      readingSpeed: parts.site,
      absoluteHtml: parts.absoluteHtml,
      helperBodies: parts.helperBodies,
      knownOutline: parts.knownOutline,
    });
    this.recorder = new BodyRecorder(parts.recordBodies ?? false);
    this.files = new FileUrls(parts.site, parts.root, parts.images);
  }

  /** The same blog with its images resized, and maybe a helper thread rendering its bodies: what a build renders. */
  withImages(images: ImageSet, warnings: readonly ContentError[], helperBodies?: SharedJob<RenderedBody>): Blog {
    return new Blog({ ...this.parts, images, warnings, helperBodies });
  }

  /** The same blog, writing only `routes` (a watch-mode rebuild: the other pages on disk are still right). */
  writingOnly(routes: readonly Route[]): Blog {
    return new Blog({ ...this.parts, routesToWrite: routes });
  }

  /** The same blog, taking outlines of bodies it has not rendered from `knownOutline` (see BodyStoreOptions). */
  withKnownOutlines(knownOutline: KnownOutline): Blog {
    return new Blog({ ...this.parts, knownOutline });
  }
}
