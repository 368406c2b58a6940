// Where each kind of page lives. Every link in the layouts is made here, so URLs change in one place.
import type { DateTime } from "luxon";
import { calendarParts } from "../dates.ts";
import type { ArchivePeriod } from "../taxonomy/archives.ts";
import type { Term, TermKind } from "../taxonomy/terms.ts";

const TERM_FOLDERS: Record<TermKind, string> = { category: "categories", tag: "tags" };

export function homeUrl(): string {
  return "/";
}

/** `/categories/` or `/tags/`: the index of every term of a kind. */
export function termIndexUrl(kind: TermKind): string {
  return `/${TERM_FOLDERS[kind]}/`;
}

/** `/categories/business/`, `/tags/한국/`. */
export function termUrl(term: Pick<Term, "kind" | "slug">): string {
  return `${termIndexUrl(term.kind)}${term.slug}/`;
}

/** `/archives/`: the index of every year and month. */
export function archiveIndexUrl(): string {
  return "/archives/";
}

/** `/2025/` for a year, `/2025/11/` for a month. */
export function archiveUrl(period: Pick<ArchivePeriod, "year"> & { month?: string }): string {
  return period.month === undefined ? `/${period.year}/` : `/${period.year}/${period.month}/`;
}

/** The month archive a post's date links to: the calendar month the author wrote, as in its URL. */
export function monthArchiveUrl(date: DateTime): string {
  const { year, month } = calendarParts(date);
  return archiveUrl({ year, month });
}

/** `/search/`. */
export function searchUrl(): string {
  return "/search/";
}

/** Page 1 of a list is its base URL; page n is `<base>page/n/`. */
export function pageUrl(base: string, pageNumber: number): string {
  return pageNumber === 1 ? base : `${base}page/${pageNumber}/`;
}
