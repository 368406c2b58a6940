// Post URLs: Jekyll-style patterns (`/:year/:month/:day/:title/`) expanded, normalised and kept inside the site.
import path from "node:path";
import type { DateTime } from "luxon";
import { calendarParts } from "../dates.ts";
import { slug } from "./slug.ts";

export interface PermalinkParts {
  date: DateTime;
  slug: string;
  categories: readonly string[];
}

const PLACEHOLDER = /:(year|short_year|month|i_month|day|i_day|hour|minute|second|title|slug|categories)(?![a-z_])/g;

/** Thrown for a permalink that cannot be a page of this site; the message says what to write. */
export class PermalinkError extends Error {
  override name = "PermalinkError";
}

/** Fills in a pattern's placeholders from the post; the calendar parts are the ones the author wrote. */
export function expandPermalink(pattern: string, parts: PermalinkParts): string {
  const { year, month, day } = calendarParts(parts.date);
  // Made only when the pattern names them: luxon's formatting is most of this function's time.
  const values: Record<string, () => string> = {
    year: () => year,
    short_year: () => year.slice(2),
    month: () => month,
    i_month: () => String(Number(month)),
    day: () => day,
    i_day: () => String(Number(day)),
    hour: () => parts.date.toFormat("HH"),
    minute: () => parts.date.toFormat("mm"),
    second: () => parts.date.toFormat("ss"),
    title: () => parts.slug,
    slug: () => parts.slug,
    categories: () => parts.categories.map(slug).join("/"),
  };
  return normaliseUrl(pattern.replace(PLACEHOLDER, (_, name: string) => values[name]?.() ?? ""));
}

/**
 * Turns a permalink into a site URL: one leading slash, no empty segments, a trailing slash unless it
 * names a file (`/feed.xml`). Refuses anything that would be written outside the output folder.
 */
export function normaliseUrl(permalink: string): string {
  if (/[\\\0?#]/.test(permalink) || /^[a-z][a-z0-9+.-]*:/i.test(permalink)) {
    throw new PermalinkError(
      `"${permalink}" is not a site path. Write a path such as /2025/my-post/, without a scheme, "?", "#" or "\\".`,
    );
  }
  const segments = permalink.split("/").filter((segment) => segment !== "");
  if (segments.some((segment) => segment === "." || segment === "..")) {
    throw new PermalinkError(`"${permalink}" would be written outside the site's folder. Remove the "." and ".." segments.`);
  }
  if (segments.length === 0) return "/";
  const joined = `/${segments.join("/")}`;
  return path.posix.extname(segments.at(-1)!) === "" ? `${joined}/` : joined;
}
