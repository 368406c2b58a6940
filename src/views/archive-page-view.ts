// A year's or a month's page of posts as plain values; a year's also links to its months.
import type { Blog } from "../blog.ts";
import { formatMonth, formatMonthName } from "../dates.ts";
import type { ArchiveRoute } from "../pages/route.ts";
import { archiveIndexUrl, archiveUrl } from "../pages/urls.ts";
import { chromeFor, translator } from "./chrome.ts";
import { pagerView } from "./list-view.ts";
import { postSummary, type LinkView } from "./post-view.ts";
import type { PostListPageView } from "./term-page-view.ts";

/** A month of a year's archive: its name, page and number of posts. */
export interface MonthLink extends LinkView {
  readonly count: number;
}

export interface ArchivePageView extends PostListPageView {
  /** A year's months, in the year's order; empty on a month's page. */
  readonly months: readonly MonthLink[];
}

export function archivePageView(route: ArchiveRoute, blog: Blog): ArchivePageView {
  const { period, page } = route;
  const { site } = blog;
  const t = translator(site);
  const { language } = site;
  const name = period.kind === "year" ? period.year : formatMonth(period.year, period.month, language);
  const heading = t("postsFrom", { period: name });
  const count = t("postCount", { count: period.posts.length });
  const trail = [{ name: t("archives"), url: archiveIndexUrl() }];
  if (period.kind === "month") trail.push({ name: period.year, url: archiveUrl({ year: period.year }) });
  return {
    chrome: chromeFor(route, blog, {
      title: page.number > 1 ? `${heading} (${t("pageNumber", { number: page.number })})` : heading,
      description: `${count} · ${heading} · ${site.title}.`,
    }),
    header: { kind: t("archive"), title: name, count, trail },
    months:
      period.kind === "year"
        ? period.months.map((month) => ({
            name: formatMonthName(month.month, language),
            url: archiveUrl(month),
            count: month.posts.length,
          }))
        : [],
    posts: page.items.map((post) => postSummary(blog, post)),
    pager: pagerView(page),
  };
}
