// The site's settings: one typed object with defaults, validated once, read everywhere else.
import { IANAZone } from "luxon";
import { z } from "zod";
import { closestWord } from "./did-you-mean.ts";
import { DEFAULT_POST_LIMITS } from "./posts/limits.ts";
import { POST_LAYOUT_NAMES } from "./posts/layout-names.ts";
import { unknownPlaceholders } from "./posts/permalink.ts";
import type { Catalogue } from "./i18n/catalogue.ts";
import { STRING_KEYS } from "./i18n/interface-strings.ts";
import { isSitePathOrHttpUrl } from "./url-schemes.ts";

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

/** An interface string: text, or its plural forms ({ one: "{count} post", other: "{count} posts" }). */
const message = z.union([z.string(), z.looseObject({ other: z.string() }).catchall(z.string())]);

/** A file under the site's folders (`assets/images/logo.png`) or an http(s) URL; no other scheme. */
const sitePath = z.string().refine(isSitePathOrHttpUrl, {
  error: 'must be a path such as "assets/images/logo.png" or an http(s) URL.',
});

/** A link readers follow: http(s) only, so no setting can put a script in an href. */
const webUrl = z.url({
  protocol: /^https?$/,
  error: 'must be an http(s) address, such as "https://example.org/newsletter".',
});

/** A GitHub repository, as giscus and utterances name it. */
const repoName = z.string().regex(/^[\w.-]+\/[\w.-]+$/, { error: 'must be a GitHub repository such as "owner/name".' });

/** The networks the share row can link to, each by a plain URL (no script of theirs). */
export const SHARE_NETWORKS = ["mastodon", "bluesky", "linkedin", "x", "email"] as const;

/** What an author may set in `site.config.ts`; every key is optional. */
export const siteSettingsSchema = z.strictObject({
  /** The blog's name, shown in the header and in every page title. */
  title: z.string().min(1).default("My Blog"),
  /** One sentence about the blog: the home page's meta description. */
  description: z.string().default(""),
  /**
   * Where the site is deployed, without its subfolder: "https://example.org". Feeds, the sitemap,
   * canonical links and social cards need absolute URLs; a production build refuses to run without it.
   */
  url: z
    .url({
      protocol: /^https?$/,
      // One message per wrong value: the host-only check below says nothing about an address that is not one.
      abort: true,
      error: (issue) =>
        typeof issue.input === "string" && !issue.input.includes("://")
          ? `must start with https:// or http://, such as "https://${issue.input.replace(/^\/+/, "")}".`
          : 'must be an absolute http(s) address, such as "https://example.org".',
    })
    .refine((url) => /^[^:]+:\/\/[^/?#]+\/?$/.test(url), {
      error:
        'must be the address of the host only, such as "https://example.org"; put a subfolder in pathPrefix: "/blog/".',
    })
    .optional(),
  /** Subfolder the site is served from, e.g. "/blog/"; `npm run build -- --pathprefix=/blog/` overrides it. */
  pathPrefix: z.string().default("/"),
  /** BCP 47 language of the content: `<html lang>`, and the locale dates are written in. */
  language: z
    .string()
    .refine(isKnownLanguage, {
      error: (issue) =>
        `"${String(issue.input)}" is not a BCP 47 language tag of a real language. Write a tag such as "en", "de", "pt-BR" or "zh-Hant".`,
    })
    .default("en"),
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
    .refine(isSitePathOrHttpUrl, {
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
      z.string().refine((name) => /^[^/\\.][^/\\]*$/.test(name) && name !== "assets" && name !== "pagefind", {
        error:
          'must be the name of one top-level folder, such as "images" (not "assets", which is always published, nor "pagefind", where the search index goes).',
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
    .strictObject({
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
  /**
   * For blogs that publish posts from people they do not trust (open pull requests, guest authors): bodies are
   * cleaned of scripts, event handlers, inline styles, iframes and script URLs. Off by default: an author's
   * own HTML (embeds, widgets) is theirs to write.
   */
  sanitize: z.boolean().default(false),
  /** Full-text search with Pagefind: the index is built after the pages, and a search page and box are added. */
  search: z.boolean().default(true),

  // ── The theme: what the layouts show around the posts (README's "Theme settings") ──────────────────
  /** Interface strings that replace the `language`'s own, by key (src/i18n/en.ts lists every key). */
  strings: z
    .record(z.string(), message)
    .default({})
    .superRefine((strings, context) => {
      for (const key of Object.keys(strings)) {
        if ((STRING_KEYS as readonly string[]).includes(key)) continue;
        context.addIssue({
          code: "custom",
          path: [key],
          message: `is not an interface string. The keys are those of src/i18n/en.ts, such as ${STRING_KEYS.slice(0, 3).join(", ")}.`,
        });
      }
    })
    .transform((strings) => strings as Partial<Catalogue>),
  /** The site's icon, a file under the assets folder (SVG or PNG); also published as /favicon.ico. */
  favicon: sitePath.default("assets/favicon.svg"),
  /** An avatar or logo shown beside the site's title in the home page's introduction (a file or an http(s) URL). */
  logo: sitePath.optional(),
  /**
   * The header's links, in order: "categories", "tags", "archives", "search", "category:<name>",
   * "page:<file name>" (a page in `pagesDir`), or { title, url }. Without it: the `navCategories`
   * biggest categories, the pages, then Categories, Tags, Archives and Search.
   */
  nav: z.array(z.union([z.string().min(1), z.object({ title: z.string().min(1), url: z.string().min(1) })])).optional(),
  /** How many of the biggest categories the default `nav` lists. */
  navCategories: z.number().int().min(0).default(3),
  /** Folder of standalone Markdown pages (`pages/about.md` is `/about/`), relative to the project root. */
  pagesDir: z.string().default("pages"),
  /** The table of contents shown on long posts that do not say `toc:`; `false` shows it only with `toc: true`. */
  tableOfContents: z
    .union([
      z.literal(false),
      z.object({
        /** At least this many level 2 and 3 headings… */
        minHeadings: z.number().int().positive().default(3),
        /** …and at least this long, in minutes of reading. */
        minMinutes: z.number().int().min(0).default(4),
      }),
    ])
    .default({ minHeadings: 3, minMinutes: 4 }),
  /** Where the share row under a post links to; [] leaves it out (copy-link and the device's own share stay). */
  share: z.array(z.enum(SHARE_NETWORKS)).default([...SHARE_NETWORKS]),
  /** A newsletter sign-up page (http(s)), linked from the subscribe row under each post. */
  newsletter: webUrl.optional(),
  /**
   * Comments under posts, optional: giscus or utterances (their script is loaded only when a reader reaches
   * or opens the comments), or a "reply by email" link. Without it, posts have no comments and no request.
   */
  comments: z
    .discriminatedUnion("provider", [
      z.object({
        provider: z.literal("giscus"),
        repo: repoName,
        repoId: z.string().min(1),
        category: z.string().min(1),
        categoryId: z.string().min(1),
        mapping: z.enum(["pathname", "url", "title", "og:title"]).default("pathname"),
      }),
      z.object({
        provider: z.literal("utterances"),
        repo: repoName,
        issueTerm: z.enum(["pathname", "url", "title", "og:title"]).default("pathname"),
      }),
      z.object({ provider: z.literal("email"), address: z.email() }),
    ])
    .optional(),
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
    const lines = result.error.issues.flatMap(describeSettingIssue);
    throw new SiteSettingsError(`site.config.ts has invalid settings:\n${lines.join("\n")}`);
  }
  const site = result.data;
  return { ...site, pathPrefix: normalisePathPrefix(site.pathPrefix), url: site.url?.replace(/\/+$/, "") };
}

/** One line per problem: the key, what is wrong, and for an unknown key the setting it was likely meant to be. */
function describeSettingIssue(issue: z.core.$ZodIssue): string[] {
  if (issue.code !== "unrecognized_keys") return [`  ${issue.path.join(".")}: ${issue.message}`];
  const known = Object.keys(settingsShapeAt(issue.path));
  return issue.keys.map((key) => {
    const meant = closestWord(key, known);
    const where = [...issue.path, key].join(".");
    const hint = meant === undefined ? `The settings are: ${known.join(", ")}.` : `Did you mean ${meant}?`;
    return `  ${where}: is not a setting. ${hint}`;
  });
}

/** The keys a settings object may have at `path` (the top level, or a nested object such as `limits`). */
function settingsShapeAt(path: readonly PropertyKey[]): Record<string, unknown> {
  let shape: Record<string, unknown> = siteSettingsSchema.shape;
  for (const key of path) {
    let field = shape[String(key)] as z.ZodType | undefined;
    while (field instanceof z.ZodDefault || field instanceof z.ZodOptional) field = field.unwrap() as z.ZodType;
    if (!(field instanceof z.ZodObject)) return {};
    shape = field.shape;
  }
  return shape;
}

/**
 * A well-formed BCP 47 tag whose language is one ICU knows by name: `german` is well-formed (a
 * five-to-eight letter language subtag) but names no language, and `<html lang="german">` helps no reader.
 */
function isKnownLanguage(tag: string): boolean {
  let language: string;
  try {
    language = new Intl.Locale(tag).language;
  } catch {
    return false;
  }
  try {
    const name = new Intl.DisplayNames(["en"], { type: "language", fallback: "none" }).of(language);
    return name !== undefined && name !== language;
  } catch {
    return false;
  }
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
