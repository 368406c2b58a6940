// A page of posts: the home page (an introduction, featured posts first) and every category and tag page.
import type { Blog } from "../src/blog.ts";
import type { ListRoute } from "../src/pages/route.ts";
import { feedUrl, termIndexUrl } from "../src/pages/urls.ts";
import { Base } from "./base.tsx";
import { ListHeader } from "./components/list-header.tsx";
import { Pager } from "./components/pager.tsx";
import { PostList } from "./components/post-list.tsx";
import { cardHtml } from "./view/cards.tsx";
import { chromeFor, translator } from "./view/chrome.tsx";
import { HomeIntro } from "./components/home-intro.tsx";

export function ListPage({ route, blog }: { route: ListRoute; blog: Blog }) {
  const { term, page } = route;
  const t = translator(blog.site);
  if (term === undefined) return <HomePage route={route} blog={blog} />;
  const title = t(term.kind === "category" ? "postsInCategory" : "postsTagged", { name: term.name });
  const count = t("postCount", { count: term.posts.length });
  const suffix = page.number > 1 ? ` (${t("pageNumber", { number: page.number })})` : "";
  const chrome = chromeFor(route, blog, { title: title + suffix, description: `${count} · ${title}.` });
  return (
    <Base chrome={chrome}>
      <ListHeader
        kind={t(term.kind)}
        title={term.name}
        count={count}
        feed={{ name: t("listFeed", { name: term.name }), url: feedUrl(term, blog.site) }}
        trail={[{ name: t(term.kind === "category" ? "categories" : "tags"), url: termIndexUrl(term.kind) }]}
        t={t}
      />
      <PostList cards={page.items.map((post) => cardHtml(blog, post))} empty={t("noPosts")} />
      <Pager page={page} t={t} />
    </Base>
  );
}

function HomePage({ route, blog }: { route: ListRoute; blog: Blog }) {
  const { page } = route;
  const t = translator(blog.site);
  const first = page.number === 1;
  const chrome = chromeFor(route, blog, {
    title: first ? undefined : t("pageNumber", { number: page.number }),
    description: blog.site.description,
  });
  // `featured: true` posts lead the first page, large; the list below keeps every other post in date order.
  const featured = first ? page.items.filter((post) => post.featured) : [];
  const rest = page.items.filter((post) => !featured.includes(post));
  return (
    <Base chrome={chrome}>
      {first ? (
        <HomeIntro title={blog.site.title} description={blog.site.description} logo={blog.files.siteFile(blog.site.logo)} />
      ) : (
        <h1 class="visually-hidden">{blog.site.title}</h1>
      )}
      {featured.length > 0 && (
        <section class="featured" aria-label={t("featured")}>
          <PostList
            cards={featured.map((post) => cardHtml(blog, post, { feature: true }))}
            empty=""
            className="post-list post-list--featured"
          />
        </section>
      )}
      <section class="latest" aria-labelledby="latest-title">
        <h2 class="section-title" id="latest-title">
          {first ? t("latestPosts") : t("pageOf", { number: page.number, total: page.total })}
        </h2>
        <PostList cards={rest.map((post) => cardHtml(blog, post))} empty={featured.length > 0 ? "" : t("noPosts")} />
      </section>
      <Pager page={page} t={t} />
    </Base>
  );
}
