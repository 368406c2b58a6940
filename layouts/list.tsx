// A page of posts: the home page (an introduction, featured posts first) and every category and tag page.
import type { HomePageView } from "../src/views/home-page-view.ts";
import type { PostListPageView } from "../src/views/term-page-view.ts";
import { Base } from "./base.tsx";
import { ListHeader } from "./components/list-header.tsx";
import { Pager } from "./components/pager.tsx";
import { PostList } from "./components/post-list.tsx";
import { HomeIntro } from "./components/home-intro.tsx";

/** A category's or tag's page; archives and authors' pages share its shape and add to its header. */
export function ListPage({ view }: { view: PostListPageView }) {
  const { chrome, header } = view;
  const { t, language } = chrome;
  return (
    <Base chrome={chrome}>
      <ListHeader
        kind={header.kind}
        title={header.title}
        count={header.count}
        feed={header.feed}
        trail={header.trail}
        t={t}
      />
      <PostList posts={view.posts} t={t} language={language} empty={t("noPosts")} />
      <Pager page={view.pager} t={t} />
    </Base>
  );
}

export function HomePage({ view }: { view: HomePageView }) {
  const { chrome, intro, featured, pager } = view;
  const { t, language } = chrome;
  return (
    <Base chrome={chrome}>
      {view.first ? (
        <HomeIntro title={intro.title} description={intro.description} logo={intro.logo} />
      ) : (
        <h1 class="visually-hidden">{intro.title}</h1>
      )}
      {featured.length > 0 && (
        <section class="featured" aria-label={t("featured")}>
          <PostList
            posts={featured}
            t={t}
            language={language}
            feature
            empty=""
            className="post-list post-list--featured"
          />
        </section>
      )}
      <section class="latest" aria-labelledby="latest-title">
        <h2 class="section-title" id="latest-title">
          {view.first ? t("latestPosts") : t("pageOf", { number: pager.number, total: pager.total })}
        </h2>
        <PostList posts={view.latest} t={t} language={language} empty={featured.length > 0 ? "" : t("noPosts")} />
      </section>
      <Pager page={pager} t={t} />
    </Base>
  );
}
