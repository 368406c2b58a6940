// The pipeline's core, in the order data flows: read posts → keep the public ones → taxonomy → routes → images.
import path from "node:path";
import type { DateTime } from "luxon";
import { loadAuthors, type AuthorsData } from "./authors/load-authors.ts";
import { Blog, type AbsoluteHtml } from "./blog.ts";
import type { HelperThread } from "./helper-thread/helper-thread.ts";
import { ImageSet } from "./images/image-set.ts";
import {
  checkImages,
  imageRequests,
  resizeImages,
  type BodyImagesMemo,
  type ImageOptions,
} from "./images/process-images.ts";
import { bodyUrlErrors, type BodyProblemsMemo } from "./posts/body-errors.ts";
import { ContentError, ContentErrorList, sortContentErrors } from "./problems/content-error.ts";
import { loadPosts, type ParsedPosts } from "./posts/load-posts.ts";
import { createMarkdown, markdownOptions, type Markdown } from "./posts/markdown.ts";
import type { Post } from "./posts/post.ts";
import type { PostCache } from "./posts/post-cache.ts";
import { findOwnedPathClaims } from "./pages/reserved-folders.ts";
import { buildRoutes, findUrlClashes, urlClashError, type UrlClash } from "./pages/routes.ts";
import { publishedFileUrl } from "./site-files.ts";
import { loadStandalonePages, type StandalonePage } from "./standalone-pages/load-pages.ts";
import type { SiteSettings } from "./site.ts";
import { buildAuthors } from "./taxonomy/authors.ts";
import { buildTaxonomy, type Taxonomy } from "./taxonomy/terms.ts";
import { interfaceStrings } from "./i18n/interface-strings.ts";
import { navLinks, navMisses, NavSettingError } from "./theme/navigation.ts";

export interface LoadBlogOptions {
  /** Project root: the posts and assets folders are found from it. */
  root: string;
  /** The build time: posts dated after it are left out unless the site includes future posts. */
  now: DateTime;
  /** This project's post layouts (src/posts/layout-names.ts when not given). */
  layouts?: readonly string[];
  /** The Markdown reader; a new one with the site's options when not given. */
  markdown?: Markdown;
  /** How feeds make the URLs in a post's body absolute; without it the blog has no feed content. */
  absoluteHtml?: AbsoluteHtml;
  /** Posts read by an earlier build (watch mode), so unchanged files are not read again. */
  cache?: PostCache;
  /** Posts an earlier one-off build read (the build cache), so unchanged files are not parsed again. */
  stored?: ParsedPosts & { readonly bodyImages?: BodyImagesMemo; readonly bodyProblems?: BodyProblemsMemo };
  /** Watch mode: pages note the posts whose bodies they show (see src/blog/body-recorder.ts). */
  recordBodies?: boolean;
  /** A second thread that renders bodies too (one-off builds of big blogs; see src/helper-thread/). */
  helper?: HelperThread | undefined;
}

/** A project's content as read by the build: every post (drafts and future ones too), the authors file, every error. */
export interface BlogSources {
  /** Every post that could be read, newest first. */
  readonly posts: readonly Post[];
  readonly authors: AuthorsData;
  /** Standalone pages (`pages/about.md`), drafts included. */
  readonly pages: readonly StandalonePage[];
  /** Problems found while reading, in file order. */
  readonly errors: readonly ContentError[];
  /** Problems the build reports without stopping, in file order. */
  readonly warnings?: readonly ContentError[];
  readonly markdown: Markdown;
}

/** The site made from its sources, with every content error of the whole pipeline (reading, then URL clashes). */
export interface AssembledBlog {
  /** Its images are not resized yet: every local image reads as missing until `withImages`. */
  readonly blog: Blog;
  /** Sorted by file and line; the build fails if there is any. */
  readonly errors: readonly ContentError[];
  /** Pages that would write one file, as data (each is one of `errors` too): the importer leaves such posts out. */
  readonly urlClashes: readonly UrlClash[];
}

/** Whether readers may see a post: drafts, unpublished and future posts are kept out unless the site says otherwise. */
export function isPublic(post: Post, site: SiteSettings, now: DateTime): boolean {
  if (post.draft && !site.includeDrafts) return false;
  return site.includeFuture || post.date.toMillis() <= now.toMillis();
}

/** Reads every post and the authors file, collecting content errors instead of throwing. */
export async function readBlogSources(site: SiteSettings, options: LoadBlogOptions): Promise<BlogSources> {
  const markdown = options.markdown ?? createMarkdown(markdownOptions(site));
  const [loaded, authors, pages] = await Promise.all([
    loadPosts({
      site,
      root: options.root,
      layouts: options.layouts,
      markdown,
      cache: options.cache,
      stored: options.stored,
    }),
    loadAuthors(options.root, site.authorsFile),
    loadStandalonePages({
      root: options.root,
      pagesDir: site.pagesDir,
      timeZone: site.timeZone,
      markdown,
      layouts: options.layouts,
      layoutMap: site.layouts,
      limits: site.limits,
    }),
  ]);
  return {
    posts: loaded.posts,
    authors: authors.data,
    pages: pages.pages,
    errors: [...loaded.errors, ...authors.errors, ...pages.errors],
    warnings: loaded.warnings,
    markdown,
  };
}

/** Keeps the public posts and builds the taxonomy and every page from them. Shared by the build and `npm run check`. */
export function assembleBlog(
  site: SiteSettings,
  sources: BlogSources,
  options: Pick<LoadBlogOptions, "root" | "now" | "absoluteHtml" | "recordBodies" | "stored">,
): AssembledBlog {
  const posts = sources.posts.filter((post) => isPublic(post, site, options.now));
  const taxonomy = buildTaxonomy(posts);
  const authors = buildAuthors(posts, sources.authors, site.author);
  // A page has no date: only `draft: true` keeps it out.
  const pages = sources.pages.filter((page) => !page.draft || site.includeDrafts);
  const routes = buildRoutes({ site, posts, pages, taxonomy, authors });
  const urlClashes = findUrlClashes(routes);
  const errors = sortContentErrors([
    ...sources.errors,
    ...urlClashes.map(urlClashError),
    ...findOwnedPathClaims(routes, site, options.root),
    // Only public posts: a draft's body is not built, so its addresses cannot stop the build.
    ...bodyUrlErrors([...posts, ...pages], sources.markdown, options.stored?.bodyProblems),
    ...socialImageErrors(site, options.root),
    ...navErrors(site, taxonomy, pages),
  ]);
  const blog = new Blog({
    site,
    posts,
    pages,
    taxonomy,
    authors,
    routes,
    markdown: sources.markdown,
    root: options.root,
    now: options.now,
    images: ImageSet.empty({ root: options.root, assetsDir: site.assetsDir, staticDirs: site.staticDirs }),
    warnings: [...(sources.warnings ?? []), ...navWarnings(site, taxonomy, pages)],
    absoluteHtml: options.absoluteHtml,
    recordBodies: options.recordBodies,
  });
  return { blog, errors, urlClashes };
}

/** Reads and checks every post, builds the site's pages and resizes their images; throws every content error at once. */
export async function loadBlog(site: SiteSettings, options: LoadBlogOptions): Promise<Blog> {
  options.helper?.start();
  const { blog, errors } = assembleBlog(site, await readBlogSources(site, options), options);
  const imageOptions: ImageOptions = {
    root: options.root,
    assetsDir: site.assetsDir,
    staticDirs: site.staticDirs,
    widths: site.imageWidths,
    formats: site.imageFormats,
    cacheDir: path.join(options.root, ".cache", "images"),
    strict: site.strictImages,
    progress: (line) => console.error(line),
  };
  // Only public posts' images: a draft's image must not reach the output either.
  const checked = checkImages(
    imageRequests([...blog.posts, ...blog.pages], blog.markdown, options.stored?.bodyImages),
    imageOptions,
  );
  const stopping = [...errors, ...(site.strictImages ? checked.missing : [])];
  if (stopping.length > 0) throw new ContentErrorList(sortContentErrors(stopping));
  // Resizing is the slow part: done only for a build that will happen, cached across builds, and beside
  // the pages' rendering (the build waits for it before publishing).
  const resized = await resizeImages(checked.files, imageOptions);
  if (resized.broken.length > 0) throw new ContentErrorList(sortContentErrors(resized.broken));
  const bodies = options.helper?.renderBodies(
    blog.posts.map((post) => post.body),
    resized.images,
    markdownOptions(site),
  );
  const warnings = sortContentErrors([...blog.warnings, ...(site.strictImages ? [] : checked.missing)]);
  return blog.withImages(resized.images, warnings, bodies);
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

/** A `nav` entry the header cannot read is an error of site.config.ts. */
function navErrors(site: SiteSettings, taxonomy: Taxonomy, pages: readonly Post[]): ContentError[] {
  try {
    navLinks(site, taxonomy, pages, interfaceStrings(site.language, site.strings));
    return [];
  } catch (error) {
    if (error instanceof NavSettingError) return [new ContentError("site.config.ts", error.message, "nav")];
    throw error;
  }
}

/**
 * One that names a category or page the site does not have is only a warning: the header leaves it out, as
 * it must when an author deletes the last post of a category, or imports another blog into a fresh clone.
 */
function navWarnings(site: SiteSettings, taxonomy: Taxonomy, pages: readonly Post[]): ContentError[] {
  const t = interfaceStrings(site.language, site.strings);
  try {
    return navMisses(site, taxonomy, pages, t).map(
      (message) => new ContentError("site.config.ts", message, "nav", undefined, "warning"),
    );
  } catch (error) {
    // An entry the header cannot read at all is navErrors' to report.
    if (error instanceof NavSettingError) return [];
    throw error;
  }
}
