// The pages that index the site rather than list posts: the archives, the categories and tags grids, the 404.
import type { Blog } from "../blog.ts";
import { formatMonthName } from "../dates.ts";
import type { ArchiveIndexRoute, NotFoundRoute, TermIndexRoute } from "../pages/route.ts";
import { archiveUrl, feedUrl, termUrl } from "../pages/urls.ts";
import type { TermKind } from "../taxonomy/terms.ts";
import { chromeFor, translator, type Chrome } from "./chrome.ts";
import type { ListHeaderView } from "./list-view.ts";
import { dateView, type DateView, type LinkView } from "./post-view.ts";

/** A link with a number of posts: a year, a term tile. */
export interface CountedLink extends LinkView {
  readonly count: number;
}

export interface ArchiveIndexView {
  readonly chrome: Chrome;
  readonly header: ListHeaderView;
  readonly years: readonly (CountedLink & {
    readonly year: string;
    readonly months: readonly (LinkView & {
      readonly posts: readonly { readonly title: string; readonly url: string; readonly date: DateView }[];
    })[];
  })[];
}

export function archiveIndexView(route: ArchiveIndexRoute, blog: Blog): ArchiveIndexView {
  const t = translator(blog.site);
  const { language } = blog.site;
  const title = t("archives");
  const total = route.years.reduce((sum, year) => sum + year.posts.length, 0);
  return {
    chrome: chromeFor(route, blog, { title, description: t("archivesDescription", { site: blog.site.title }) }),
    header: {
      title,
      count: t("postCount", { count: total }),
      feed: { name: t("atomFeed"), url: feedUrl() },
      trail: [],
    },
    years: route.years.map((year) => ({
      year: year.year,
      name: year.year,
      url: archiveUrl(year),
      count: year.posts.length,
      months: year.months.map((month) => ({
        name: formatMonthName(month.month, language),
        url: archiveUrl(month),
        posts: month.posts.map((post) => ({ title: post.title, url: post.url, date: dateView(post.date, language) })),
      })),
    })),
  };
}

export interface TermIndexView {
  readonly chrome: Chrome;
  readonly header: ListHeaderView;
  readonly termKind: TermKind;
  /** Biggest first, so the grid reads as a map of what the blog is about; ties keep the taxonomy's order. */
  readonly terms: readonly CountedLink[];
}

export function termIndexView(route: TermIndexRoute, blog: Blog): TermIndexView {
  const t = translator(blog.site);
  const category = route.termKind === "category";
  const title = t(category ? "categories" : "tags");
  return {
    chrome: chromeFor(route, blog, {
      title,
      description: t(category ? "categoriesDescription" : "tagsDescription", { site: blog.site.title }),
    }),
    header: { title, count: t(category ? "categoryCount" : "tagCount", { count: route.terms.length }), trail: [] },
    termKind: route.termKind,
    terms: [...route.terms]
      .sort((a, b) => b.posts.length - a.posts.length)
      .map((term) => ({ name: term.name, url: termUrl(term, blog.site), count: term.posts.length })),
  };
}

export interface NotFoundView {
  readonly chrome: Chrome;
  /** The categories, offered as ways back in. */
  readonly categories: readonly CountedLink[];
}

export function notFoundView(route: NotFoundRoute, blog: Blog): NotFoundView {
  const t = translator(blog.site);
  return {
    chrome: chromeFor(route, blog, { title: t("notFoundTitle"), description: "" }),
    categories: blog.taxonomy.categories.map((term) => ({
      name: term.name,
      url: termUrl(term, blog.site),
      count: term.posts.length,
    })),
  };
}
