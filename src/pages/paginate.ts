// Splits a list into numbered pages with the URLs a pager needs.
import { pageUrl } from "./urls.ts";

export interface Page<T> {
  readonly items: readonly T[];
  /** 1-based. */
  readonly number: number;
  readonly total: number;
  readonly url: string;
  readonly previousUrl?: string;
  readonly nextUrl?: string;
}

/** An empty list still has one (empty) page, so a home page exists before the first post. */
export function paginate<T>(items: readonly T[], perPage: number, baseUrl: string): Page<T>[] {
  const total = Math.max(1, Math.ceil(items.length / perPage));
  return Array.from({ length: total }, (_, index) => {
    const number = index + 1;
    return {
      items: items.slice(index * perPage, number * perPage),
      number,
      total,
      url: pageUrl(baseUrl, number),
      previousUrl: number > 1 ? pageUrl(baseUrl, number - 1) : undefined,
      nextUrl: number < total ? pageUrl(baseUrl, number + 1) : undefined,
    };
  });
}
