// A category's or tag's page of posts as plain values: its header, its cards, its pager.
import type { Blog } from "../blog.ts";
import type { ListRoute } from "../pages/route.ts";
import { feedUrl, termIndexUrl } from "../pages/urls.ts";
import type { Term } from "../taxonomy/terms.ts";
import { chromeFor, translator, type Chrome } from "./chrome.ts";
import { pagerView, type ListHeaderView, type PagerView } from "./list-view.ts";
import { postSummary, type PostSummary } from "./post-view.ts";

/** Any list of posts with a header and a pager: term pages, archives, authors' pages. */
export interface PostListPageView {
  readonly chrome: Chrome;
  readonly header: ListHeaderView;
  readonly posts: readonly PostSummary[];
  readonly pager: PagerView;
}

export function termPageView(route: ListRoute, term: Term, blog: Blog): PostListPageView {
  const { page } = route;
  const t = translator(blog.site);
  const title = t(term.kind === "category" ? "postsInCategory" : "postsTagged", { name: term.name });
  const count = t("postCount", { count: term.posts.length });
  const suffix = page.number > 1 ? ` (${t("pageNumber", { number: page.number })})` : "";
  return {
    chrome: chromeFor(route, blog, { title: title + suffix, description: `${count} · ${title}.` }),
    header: {
      kind: t(term.kind),
      title: term.name,
      count,
      feed: { name: t("listFeed", { name: term.name }), url: feedUrl(term, blog.site) },
      trail: [{ name: t(term.kind === "category" ? "categories" : "tags"), url: termIndexUrl(term.kind) }],
    },
    posts: page.items.map((post) => postSummary(blog, post)),
    pager: pagerView(page),
  };
}
