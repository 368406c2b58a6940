// Post URLs as Jekyll 4 makes them: its permalink styles and placeholders expanded, normalised and kept inside the site.
import path from "node:path";
import type { DateTime } from "luxon";
import { hasScheme } from "../url-schemes.ts";

/** Jekyll's built-in styles (`Jekyll::Configuration::STYLE_TO_PERMALINK`); `date` is Jekyll's default. */
export const PERMALINK_STYLES: Readonly<Record<string, string>> = {
  date: "/:categories/:year/:month/:day/:title:output_ext",
  pretty: "/:categories/:year/:month/:day/:title/",
  ordinal: "/:categories/:year/:y_day/:title:output_ext",
  weekdate: "/:categories/:year/W:week/:short_day/:title:output_ext",
  none: "/:categories/:title:output_ext",
};

/** A style name (`pretty`) as its pattern; any other value is a pattern already. */
export function permalinkPattern(setting: string): string {
  return PERMALINK_STYLES[setting] ?? setting;
}

/** What a post's URL is made of. */
export interface PermalinkParts {
  /** The post's date in the site's zone: Jekyll reads dates in `timezone` (TZ) before it formats them. */
  date: DateTime;
  /** `:title`: the front matter `slug`, else the file name's, as Jekyll's "pretty" slugify keeps it (case and all). */
  title: string;
  /** `:slug`: the same, as Jekyll's default slugify makes it (lower-case, letters and digits). */
  slug: string;
  /** `:name`: the file name without its extension, date included, slugified. */
  name: string;
  /** Folder categories first, then front matter ones, as Jekyll merges them. */
  categories: readonly string[];
}

/**
 * Jekyll's `Drops::UrlDrop`, placeholder by placeholder; formats as Ruby's strftime writes them
 * (`%V` ISO week, `%u` Monday = 1, `%j` day of the year, English month and day names).
 */
const PLACEHOLDERS: Readonly<Record<string, (parts: PermalinkParts) => string>> = {
  year: ({ date }) => date.toFormat("yyyy"),
  month: ({ date }) => date.toFormat("MM"),
  day: ({ date }) => date.toFormat("dd"),
  hour: ({ date }) => date.toFormat("HH"),
  minute: ({ date }) => date.toFormat("mm"),
  second: ({ date }) => date.toFormat("ss"),
  i_day: ({ date }) => String(date.day),
  i_month: ({ date }) => String(date.month),
  short_month: ({ date }) => date.toFormat("LLL", { locale: "en" }),
  long_month: ({ date }) => date.toFormat("LLLL", { locale: "en" }),
  short_year: ({ date }) => date.toFormat("yy"),
  w_year: ({ date }) => String(date.weekYear),
  week: ({ date }) => String(date.weekNumber).padStart(2, "0"),
  w_day: ({ date }) => String(date.weekday),
  short_day: ({ date }) => date.toFormat("ccc", { locale: "en" }),
  long_day: ({ date }) => date.toFormat("cccc", { locale: "en" }),
  y_day: ({ date }) => String(date.ordinal).padStart(3, "0"),
  title: ({ title }) => title,
  slug: ({ slug }) => slug,
  name: ({ name }) => name,
  // Jekyll lower-cases the names but does not slugify them: "Tech Talk" is the folder "tech talk" (`/tech%20talk/`).
  categories: ({ categories }) => [...new Set(categories.map((name) => name.toLowerCase()))].join("/"),
  collection: () => "posts",
  output_ext: () => ".html",
};

/** The placeholders of a pattern that Jekyll does not know (`:tittle`), for the settings check. */
export function unknownPlaceholders(pattern: string): string[] {
  const names = [...permalinkPattern(pattern).matchAll(/:([a-z_]+)/g)].map((match) => match[1]!);
  return names
    .filter((name) => !PLACEHOLDERS[name] && !(name.endsWith("_") && PLACEHOLDERS[name.slice(0, -1)]))
    .map((name) => `:${name}`);
}

/** Thrown for a permalink that cannot be a page of this site; the message says what to write. */
export class PermalinkError extends Error {
  override name = "PermalinkError";
}

/**
 * Fills in a pattern's placeholders as Jekyll's `URL#generate_url_from_drop` does: `:` and lower-case
 * letters or `_` name one; `:month_:day` is `:month` then `_` when no `month_` exists. Unknown names
 * are refused, as Jekyll refuses them ("The URL template doesn't have … keys").
 */
export function expandPermalink(pattern: string, parts: PermalinkParts): string {
  const expanded = pattern.replace(/:([a-z_]+)/g, (match, name: string) => {
    if (PLACEHOLDERS[name]) return PLACEHOLDERS[name](parts);
    const shorter = name.slice(0, -1);
    if (name.endsWith("_") && PLACEHOLDERS[shorter]) return `${PLACEHOLDERS[shorter](parts)}_`;
    throw new PermalinkError(
      `"${pattern}" has the placeholder ${match}, which Jekyll does not know. Use ${Object.keys(PLACEHOLDERS)
        .map((key) => `:${key}`)
        .join(" ")}.`,
    );
  });
  return normalisePostUrl(expanded);
}

/** Where a name such as `/feed.xml` or `/2016/01/05/x.html` ends: a file, not a folder. */
function namesFile(segments: readonly string[]): boolean {
  return path.posix.extname(segments.at(-1) ?? "") !== "";
}

/** Splits a permalink into segments, refusing what is not a path inside the site. */
/** A segment with its percent-escapes decoded; one whose escapes do not decode is judged as written. */
function decodedSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function segmentsOf(permalink: string): string[] {
  if (/[\\\0?#]/.test(permalink) || hasScheme(permalink)) {
    throw new PermalinkError(
      `"${permalink}" is not a site path. Write a path such as /2025/my-post/, without a scheme, "?", "#" or "\\".`,
    );
  }
  const segments = permalink.split("/").filter((segment) => segment !== "");
  // Read as a server reads it: `%2e%2e` is `..` to a host that decodes the path, and `%2f` a slash.
  if (segments.some((segment) => /^\.\.?$/.test(segment) || /[/\\\0]|^\.\.?$/.test(decodedSegment(segment)))) {
    throw new PermalinkError(
      `"${permalink}" would be written outside the site's folder. Remove the "." and ".." segments (also written %2e) and encoded slashes (%2f, %5c).`,
    );
  }
  return segments;
}

/**
 * Turns a permalink into a site URL: one leading slash, no empty segments, a trailing slash unless it
 * names a file (`/feed.xml`). Refuses anything that would be written outside the output folder.
 */
export function normaliseUrl(permalink: string): string {
  const segments = segmentsOf(permalink);
  if (segments.length === 0) return "/";
  const joined = `/${segments.join("/")}`;
  return namesFile(segments) ? joined : `${joined}/`;
}

/**
 * A post's (or redirect page's) URL as Jekyll serves it: a trailing slash is kept where the permalink has
 * one and never added, so `/:year/:title` stays `/2016/hello` (written as `/2016/hello.html`, see
 * `outputPath`), as Jekyll's `URL#sanitize_url` leaves it. Empty segments (no categories) collapse.
 */
export function normalisePostUrl(permalink: string): string {
  const segments = segmentsOf(permalink);
  if (segments.length === 0) return "/";
  const joined = `/${segments.join("/")}`;
  return permalink.endsWith("/") ? `${joined}/` : joined;
}

/**
 * The file an HTML page's URL is written to, as Jekyll's `Document#destination` and `Page#destination`
 * choose it: `/x/` is `/x/index.html`, `/x.html` is itself, and any other name gets `.html` added
 * (`/2016/hello` → `/2016/hello.html`, which static hosts serve at `/2016/hello`).
 */
export function htmlOutputPath(url: string): string {
  if (url.endsWith("/")) return `${url}index.html`;
  return url.endsWith(".html") ? url : `${url}.html`;
}
