// A post's page: breadcrumbs, category, title, byline, the featured image, a table of contents on long
// posts, the body and tags; then share, subscribe, the authors, comments, older/newer and related posts.
import type { PostPageView } from "../src/views/post-page-view.ts";
import { Base } from "./base.tsx";
import { AuthorBox } from "./components/author-box.tsx";
import { Breadcrumbs } from "./components/breadcrumbs.tsx";
import { Comments } from "./components/comments.tsx";
import { FeaturedImage } from "./components/featured-image.tsx";
import { PostList } from "./components/post-list.tsx";
import { PostMeta } from "./components/post-meta.tsx";
import { PostNav } from "./components/post-nav.tsx";
import { Raw } from "./components/raw.tsx";
import { ShareLinks } from "./components/share-links.tsx";
import { SubscribeRow } from "./components/subscribe-row.tsx";
import { TableOfContents } from "./components/table-of-contents.tsx";

export function PostPage({ view }: { view: PostPageView }) {
  const { chrome, post: summary, figure, authors, related } = view;
  const { t, language } = chrome;
  return (
    <Base chrome={chrome}>
      {/* Only the article is indexed for search: list pages and navigation would repeat it. */}
      <article class="post" data-pagefind-body="">
        <header class="post__header">
          <Breadcrumbs trail={view.trail} current={summary.title} t={t} />
          {summary.categories.length > 0 && (
            <p class="post__categories">
              <span class="visually-hidden" data-pagefind-ignore="">
                {t("categoriesLabel")}{" "}
              </span>
              {summary.categories.map((link, index) => (
                <a class="chip" href={link.url} {...(index === 0 ? { "data-pagefind-meta": "category" } : {})}>
                  {link.name}
                </a>
              ))}
            </p>
          )}
          <h1 class="post__title">{summary.title}</h1>
          {view.lede !== undefined && <p class="post__lede">{view.lede}</p>}
          <PostMeta
            className="post__meta"
            date={summary.date}
            updated={view.updated}
            readingMinutes={summary.readingMinutes}
            authors={summary.authors}
            status={summary.status}
            language={language}
            t={t}
            searchMeta
          />
        </header>
        {figure !== undefined && <FeaturedImage image={figure.image} caption={figure.caption} credit={figure.credit} />}
        {view.contents !== undefined && <TableOfContents headings={view.contents} title={t("contents")} />}
        <Raw className="post__body" html={view.body} />
        {summary.tags.length > 0 && (
          <footer class="post__footer">
            <p class="post__tags">
              <span class="visually-hidden" data-pagefind-ignore="">
                {t("tagsLabel")}{" "}
              </span>
              {summary.tags.map((tag) => (
                <a class="chip chip--tag" href={tag.url} rel="tag">
                  #{tag.name}
                </a>
              ))}
            </p>
          </footer>
        )}
      </article>
      <div class="post-end">
        <ShareLinks url={view.share.url} title={summary.title} networks={view.share.networks} t={t} />
        <SubscribeRow
          atom={view.subscribe.atom}
          json={view.subscribe.json}
          categoryFeeds={view.subscribe.categoryFeeds}
          newsletter={view.subscribe.newsletter}
          t={t}
        />
        {authors.length > 0 && (
          <section class="authors" aria-labelledby="authors-title">
            <h2 class="authors__title" id="authors-title">
              {t("aboutAuthors", { count: authors.length })}
            </h2>
            {authors.map((author) => (
              <AuthorBox author={author} t={t} headingLevel={3} />
            ))}
          </section>
        )}
        {view.comments !== undefined && (
          <Comments settings={view.comments} title={summary.title} language={language} t={t} />
        )}
      </div>
      <PostNav older={view.older} newer={view.newer} t={t} />
      {related.length > 0 && (
        <aside class="related" aria-labelledby="related-title">
          <h2 class="section-title" id="related-title">
            {t("relatedPosts")}
          </h2>
          <PostList posts={related} t={t} language={language} headingLevel={3} empty="" />
        </aside>
      )}
    </Base>
  );
}
