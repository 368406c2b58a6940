// Archives by year and by month: the calendar day in the site's zone (the one in the post's URL), newest first.
import { calendarParts } from "../dates.ts";
import { compareStrings } from "../order.ts";
import type { Post } from "../posts/post.ts";

export interface ArchiveMonth {
  readonly kind: "month";
  /** "2025". */
  readonly year: string;
  /** "01"–"12". */
  readonly month: string;
  /** Newest first. */
  readonly posts: readonly Post[];
}

export interface ArchiveYear {
  readonly kind: "year";
  readonly year: string;
  readonly posts: readonly Post[];
  /** Only months with posts, newest first. */
  readonly months: readonly ArchiveMonth[];
}

export type ArchivePeriod = ArchiveYear | ArchiveMonth;

/** Groups posts (newest first) by year and month, in one pass; years and months newest first. */
export function buildArchives(posts: readonly Post[]): ArchiveYear[] {
  const years = new Map<string, { posts: Post[]; months: Map<string, Post[]> }>();
  for (const post of posts) {
    const { year, month } = calendarParts(post.date);
    let entry = years.get(year);
    if (!entry) years.set(year, (entry = { posts: [], months: new Map() }));
    entry.posts.push(post);
    const monthPosts = entry.months.get(month) ?? [];
    monthPosts.push(post);
    entry.months.set(month, monthPosts);
  }
  // Posts are ordered by instant, but calendar days written with different offsets can disagree
  // with it by a day: the periods are sorted by their own names.
  const newestFirst = (a: string, b: string) => compareStrings(b, a);
  return [...years.keys()].sort(newestFirst).map((year) => {
    const entry = years.get(year)!;
    const months = [...entry.months.keys()]
      .sort(newestFirst)
      .map((month): ArchiveMonth => ({ kind: "month", year, month, posts: entry.months.get(month)! }));
    return { kind: "year", year, posts: entry.posts, months };
  });
}
