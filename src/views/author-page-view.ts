// An author's page of posts as plain values: who they are, then their cards and the pager.
import type { Blog } from "../blog.ts";
import type { AuthorRoute } from "../pages/route.ts";
import { authorView, type AuthorView } from "./author-view.ts";
import { chromeFor, translator } from "./chrome.ts";
import { pagerView } from "./list-view.ts";
import { postSummary } from "./post-view.ts";
import type { PostListPageView } from "./term-page-view.ts";

export interface AuthorPageView extends PostListPageView {
  readonly author: AuthorView;
}

export function authorPageView(route: AuthorRoute, blog: Blog): AuthorPageView {
  const { author, page } = route;
  const t = translator(blog.site);
  const count = t("postCount", { count: author.posts.length });
  const suffix = page.number > 1 ? ` (${t("pageNumber", { number: page.number })})` : "";
  return {
    chrome: chromeFor(route, blog, {
      title: t("postsBy", { name: author.name }) + suffix,
      description: author.bio ?? `${count} · ${author.name}.`,
    }),
    header: { kind: t("author"), title: author.name, count, trail: [] },
    author: authorView(blog, author),
    posts: page.items.map((post) => postSummary(blog, post)),
    pager: pagerView(page),
  };
}
