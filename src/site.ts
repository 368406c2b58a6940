// The site's settings: one typed object with defaults, validated once, read everywhere else.
import { IANAZone } from "luxon";
import { z } from "zod";
import { DEFAULT_POST_LIMITS } from "./posts/limits.ts";
import { POST_LAYOUT_NAMES } from "./posts/layout-names.ts";
import { unknownPlaceholders } from "./posts/permalink.ts";

/** What `imageFormats` may list. */
export const IMAGE_FORMATS = ["webp", "avif", "jpeg", "png", "auto"] as const;
export type ImageFormatSetting = (typeof IMAGE_FORMATS)[number];

/** A category or tag page's URL pattern: a folder (its later pages and feed go inside it) named by `:name`. */
const termPermalink = z
  .string()
  .refine(
    (pattern) => /^\/(?:[^?#\\:]*\/)?[^?#\\:]*:name[^?#\\:]*\/$/.test(pattern) && !/(^|\/)\.\.?(\/|$)/.test(pattern),
    {
      error:
        'must be a site path that holds :name once and ends with "/", such as "/tags/:name/" or "/category/:name/".',
    },
  );

/** What an author may set in `site.config.ts`; every key is optional. */
export const siteSettingsSchema = z.object({
  /** The blog's name, shown in the header and in every page title. */
  title: z.string().min(1).default("My Blog"),
  /** One sentence about the blog: the home page's meta description. */
  description: z.string().default(""),
  /**
   * Where the site is deployed, without its subfolder: "https://example.org". Feeds, the sitemap,
   * canonical links and social cards need absolute URLs; a production build refuses to run without it.
   */
  url: z
    .url({ protocol: /^https?$/, error: 'must be an absolute http(s) address, such as "https://example.org".' })
    .refine((url) => /^[^:]+:\/\/[^/?#]+\/?$/.test(url), {
      error:
        'must be the address of the host only, such as "https://example.org"; put a subfolder in pathPrefix: "/blog/".',
    })
    .optional(),
  /** Subfolder the site is served from, e.g. "/blog/"; `npm run build -- --pathprefix=/blog/` overrides it. */
  pathPrefix: z.string().default("/"),
  /** BCP 47 language of the content: `<html lang>`, and the locale dates are written in. */
  language: z.string().default("en"),
  /** IANA zone in which dates without an offset are read and every date is shown. */
  timeZone: z
    .string()
    .default("UTC")
    .refine((zone) => IANAZone.isValidZone(zone), { message: "is not an IANA time zone such as UTC or Europe/Paris" }),
  /** Author shown on posts that name none, and the author of the feeds. */
  author: z.string().optional(),
  /**
   * Image for social cards (Open Graph, Twitter) of pages and posts that have none: a path under the
   * assets folder such as "assets/images/card.png", or an http(s) URL.
   */
  socialImage: z
    .string()
    .refine((value) => /^https?:\/\//i.test(value) || !/^[a-z][a-z0-9+.-]*:/i.test(value), {
      error: 'must be a path such as "assets/images/card.png" or an http(s) URL.',
    })
    .optional(),
  /** How many of the newest posts each feed (site, category, tag) holds. */
  feedSize: z.number().int().positive().default(20),
  /** Posts per page on the home page and on category and tag pages. */
  postsPerPage: z.number().int().positive().default(10),
  /**
   * URL pattern for posts, as Jekyll's `permalink`: a pattern of placeholders (:year :month :day :title
   * :categories :output_ext …) or one of Jekyll's styles ("date", "pretty", "ordinal", "weekdate", "none").
   * A pattern ending in "/" makes folders (`/x/index.html`); any other is a file (`/x.html`), as in Jekyll.
   */
  permalink: z
    .string()
    .default("/:year/:month/:day/:title/")
    .refine((pattern) => unknownPlaceholders(pattern).length === 0, {
      error: (issue) =>
        `has ${unknownPlaceholders(String(issue.input)).join(", ")}, which Jekyll does not know. Use :year :month :day :title :slug :categories :output_ext (and the others the README lists).`,
    }),
  /** URL pattern for category pages, as jekyll-archives' `permalinks.category`; `:name` is the category's slug. */
  categoryPermalink: termPermalink.default("/categories/:name/"),
  /** URL pattern for tag pages, as jekyll-archives' `permalinks.tag`; `:name` is the tag's slug. */
  tagPermalink: termPermalink.default("/tags/:name/"),
  /** Build posts dated after the build time (they are left out by default). */
  includeFuture: z.boolean().default(false),
  /** Build posts marked `draft: true` or `published: false` (for previews only). */
  includeDrafts: z.boolean().default(false),
  /** Folder of Markdown posts, relative to the project root. */
  postsDir: z.string().default("posts"),
  /** Folder copied as it is to `/assets/` (CSS, images, fonts). */
  assetsDir: z.string().default("assets"),
  /**
   * Other top-level folders published as they are at the same path (`["images"]`: `images/x.jpg` at
   * `/images/x.jpg`), so a Jekyll site's `/img/` and `/uploads/` links keep working. The importer adds them.
   */
  staticDirs: z
    .array(
      z.string().refine((name) => /^[^/\\.][^/\\]*$/.test(name) && name !== "assets", {
        error: 'must be the name of one top-level folder, such as "images" (not "assets", which is always published).',
      }),
    )
    .default([]),
  /**
   * YAML file of the blog's authors, relative to the project root, keyed like Mediumish's `site.authors`
   * (a post's `author` is the key). Optional: without it every author is shown by the name posts give.
   */
  authorsFile: z.string().default("authors.yml"),
  /** Reading speed for the "N min read" shown on posts, in words per minute (an adult's average is 200–260). */
  wordsPerMinute: z.number().int().positive().default(230),
  /** Reading speed for Chinese and Japanese text, which has no spaces between words: characters per minute. */
  cjkCharactersPerMinute: z.number().int().positive().default(500),
  /** How many related posts (by shared tags, then categories) a post page lists; 0 turns them off. */
  relatedPosts: z.number().int().min(0).default(3),
  /** Widths, in pixels, of the resized copies made of each local image (never wider than the original). */
  imageWidths: z.array(z.number().int().positive()).min(1).default([400, 800, 1200]),
  /**
   * Formats of those copies, best first: "webp", "avif", "jpeg", "png", or "auto" (the original's own format,
   * which is also what browsers without the others get). AVIF files are smaller but take several times longer
   * to make; ask for them with `["avif", "webp", "auto"]`.
   */
  imageFormats: z.array(z.enum(IMAGE_FORMATS)).min(1).default(["webp", "auto"]),
  /**
   * A post naming a local image that does not exist is built without it and the build warns. With
   * `strictImages: true` the build fails instead, listing every missing image.
   */
  strictImages: z.boolean().default(false),
  /**
   * What one post may hold, so that a single file cannot tie up a build: its size in bytes, its categories
   * and tags together, and how deeply HTML in its body nests. A post over a limit is a content error.
   */
  limits: z
    .object({
      postBytes: z.number().int().positive().default(DEFAULT_POST_LIMITS.postBytes),
      termsPerPost: z.number().int().positive().default(DEFAULT_POST_LIMITS.termsPerPost),
      htmlDepth: z.number().int().positive().default(DEFAULT_POST_LIMITS.htmlDepth),
    })
    .default(DEFAULT_POST_LIMITS),
  /**
   * Jekyll layout names → this project's post layouts (`{ news_post: "post" }`). A post naming a layout
   * that is neither here nor an ordinary post layout (`post`, `default`, `single`, `page`, null) is
   * rendered with `post`, and `npm run check` warns once per name.
   */
  layouts: z
    .record(
      z.string(),
      z.enum(POST_LAYOUT_NAMES, { error: `must be one of this site's layouts: ${POST_LAYOUT_NAMES.join(", ")}.` }),
    )
    .default({}),
  /**
   * Jekyll's front matter defaults: `values` apply to the posts under `scope.path` (relative to the posts
   * folder; "" or none is every post; `*` matches within a folder name). A post's own keys win; among
   * scopes, the longer path wins, then the later entry. `type`, if given, must be "posts" to apply.
   */
  defaults: z
    .array(
      z.object({
        scope: z.object({ path: z.string().optional(), type: z.string().optional() }).default({}),
        values: z.record(z.string(), z.unknown()),
      }),
    )
    .default([]),
  /** Jekyll's `excerpt_separator`: a post's excerpt is the text before it (else its first paragraph). */
  excerptSeparator: z.string().default("<!--more-->"),
  /**
   * Curly quotes (‘ ’ “ ”), dashes (– —), ellipses (…) and guillemets (« ») in post text, as Jekyll's
   * kramdown sets them by default; never inside code, math or HTML. `false` keeps text as typed.
   */
  smartQuotes: z.boolean().default(true),
  /** Full-text search with Pagefind: the index is built after the pages, and a search page and box are added. */
  search: z.boolean().default(true),
});

export type SiteSettingsInput = z.input<typeof siteSettingsSchema>;
export type SiteSettings = z.output<typeof siteSettingsSchema>;

/** Thrown when `site.config.ts` holds a value the build cannot use. */
export class SiteSettingsError extends Error {
  override name = "SiteSettingsError";
}

/** Checks the author's settings, fills in the defaults, and normalises `pathPrefix` to "/x/". */
export function resolveSite(input: SiteSettingsInput = {}): SiteSettings {
  const result = siteSettingsSchema.safeParse(input);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new SiteSettingsError(`site.config.ts has invalid settings:\n${lines.join("\n")}`);
  }
  const site = result.data;
  return { ...site, pathPrefix: normalisePathPrefix(site.pathPrefix), url: site.url?.replace(/\/+$/, "") };
}

/** `blog`, `/blog` and `/blog/` all mean the same subfolder. */
export function normalisePathPrefix(prefix: string): string {
  const trimmed = prefix.replace(/^\/+|\/+$/g, "");
  return trimmed === "" ? "/" : `/${trimmed}/`;
}

/** Typed helper for `site.config.ts`: `export default defineSite({ title: "…" })`. */
export function defineSite(input: SiteSettingsInput): SiteSettingsInput {
  return input;
}

/**
 * A production build (`npm run build -- --production`, or ELEVENTY_ENV=production) is one that will be
 * deployed: feeds, sitemap and canonical links must point at the real site, so `url` is required.
 */
export function checkProductionSettings(site: SiteSettings): void {
  if (site.url !== undefined) return;
  throw new SiteSettingsError(
    "site.config.ts has no url, and a production build needs it: feeds, the sitemap, canonical links and " +
      'social cards are absolute URLs. Add url: "https://your.domain" to site.config.ts, or build with ' +
      "--url=https://your.domain.",
  );
}
