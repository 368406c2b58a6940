// Where each kind of page lives. Every link in the layouts is made here, so URLs change in one place.
import type { Author } from "../taxonomy/authors.ts";
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

/** `/authors/mina-park/`: an author's posts. */
export function authorUrl(author: Pick<Author, "slug">): string {
  return `/authors/${author.slug}/`;
}

/** Page 1 of a list is its base URL; page n is `<base>page/n/`. */
export function pageUrl(base: string, pageNumber: number): string {
  return pageNumber === 1 ? base : `${base}page/${pageNumber}/`;
}
