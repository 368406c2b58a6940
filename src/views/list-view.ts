// What every list of posts shows besides its cards: its header and its pager, as plain values.
import type { Page } from "../pages/paginate.ts";
import type { LinkView } from "./post-view.ts";

/** The header every list page shares (see layouts/components/list-header.tsx). */
export interface ListHeaderView {
  /** "Category", "Tag", "Archive"…: shown small above the title. */
  readonly kind?: string;
  readonly title: string;
  /** "12 posts", or none on a list that is not of posts. */
  readonly count?: string;
  /** The list's own Atom feed. */
  readonly feed?: LinkView;
  readonly trail: readonly LinkView[];
}

/** Where a page of a list is among its pages. */
export interface PagerView {
  readonly number: number;
  readonly total: number;
  readonly previousUrl?: string;
  readonly nextUrl?: string;
}

export function pagerView(page: Page<unknown>): PagerView {
  return {
    number: page.number,
    total: page.total,
    ...(page.previousUrl === undefined ? {} : { previousUrl: page.previousUrl }),
    ...(page.nextUrl === undefined ? {} : { nextUrl: page.nextUrl }),
  };
}
