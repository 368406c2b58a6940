// An author's page: who they are, then their posts, paginated.
import type { Blog } from "../src/blog.ts";
import type { AuthorRoute } from "../src/pages/route.ts";
import { Base } from "./base.tsx";
import { AuthorBox } from "./components/author-box.tsx";
import { ListHeader } from "./components/list-header.tsx";
import { Pager } from "./components/pager.tsx";
import { PostList } from "./components/post-list.tsx";
import { cardHtml } from "./view/cards.tsx";
import { chromeFor, translator } from "./view/chrome.tsx";
import { authorView } from "./view/author-view.ts";

export function AuthorPage({ route, blog }: { route: AuthorRoute; blog: Blog }) {
  const { author, page } = route;
  const t = translator(blog.site);
  const count = t("postCount", { count: author.posts.length });
  const suffix = page.number > 1 ? ` (${t("pageNumber", { number: page.number })})` : "";
  const chrome = chromeFor(route, blog, {
    title: t("postsBy", { name: author.name }) + suffix,
    description: author.bio ?? `${count} · ${author.name}.`,
  });
  return (
    <Base chrome={chrome}>
      <ListHeader kind={t("author")} title={author.name} count={count} trail={[]} t={t}>
        <AuthorBox author={authorView(blog, author)} t={t} headingLevel={0} />
      </ListHeader>
      <PostList cards={page.items.map((post) => cardHtml(blog, post))} empty={t("noPosts")} />
      <Pager page={page} t={t} />
    </Base>
  );
}
