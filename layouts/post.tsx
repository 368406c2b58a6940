// A post's page: breadcrumbs, category, title, byline, the featured image, a table of contents on long
// posts, the body and tags; then share, subscribe, the authors, comments, older/newer and related posts.
import type { Blog } from "../src/blog.ts";
import type { PostRoute } from "../src/pages/route.ts";
import { absoluteUrl, feedUrl, jsonFeedUrl, termIndexUrl } from "../src/pages/urls.ts";
import type { Post } from "../src/posts/post.ts";
import type { SiteSettings } from "../src/site.ts";
import { Base } from "./base.tsx";
import { AuthorBox } from "./components/author-box.tsx";
import { Breadcrumbs } from "./components/breadcrumbs.tsx";
import { Comments } from "./components/comments.tsx";
import { bodyShows, FeaturedImage } from "./components/featured-image.tsx";
import { PostList } from "./components/post-list.tsx";
import { PostMeta } from "./components/post-meta.tsx";
import { PostNav } from "./components/post-nav.tsx";
import { Raw } from "./components/raw.tsx";
import { ShareLinks } from "./components/share-links.tsx";
import { SubscribeRow } from "./components/subscribe-row.tsx";
import { TableOfContents } from "./components/table-of-contents.tsx";
import { authorView } from "./view/author-view.ts";
import { cardsHtml } from "./view/cards.tsx";
import { bodyStylesheets, chromeFor, translator } from "./view/chrome.tsx";
import { dateView, postSummary } from "./view/post-view.ts";

/** `toc:` in the front matter decides; else the `tableOfContents` setting shows one on long, sectioned posts. */
export function showsTableOfContents(post: Post, headings: number, minutes: number, site: SiteSettings): boolean {
  if (post.toc !== undefined) return post.toc;
  const auto = site.tableOfContents;
  return auto !== false && headings >= auto.minHeadings && minutes >= auto.minMinutes;
}

export function PostPage({ route, blog }: { route: PostRoute; blog: Blog }) {
  const { post, newer, older, related } = route;
  const { site } = blog;
  const t = translator(site);
  // Rendered first: the body's parse also finds the headings the table of contents lists.
  const body = blog.bodies.html(post);
  const outline = blog.bodies.outline(post);
  const summary = postSummary(blog, post);
  const chrome = chromeFor(route, blog, {
    title: post.title,
    description: post.description ?? post.excerpt,
    stylesheets: bodyStylesheets(body, outline.hasMath),
  });
  const image = summary.image !== undefined && !bodyShows(body, summary.image) ? summary.image : undefined;
  const category = summary.categories[0];
  const authors = blog.authors.of(post).map((author) => authorView(blog, author));
  const toc = showsTableOfContents(post, outline.headings.length, summary.readingMinutes, site);
  return (
    <Base chrome={chrome}>
      {/* Only the article is indexed for search: list pages and navigation would repeat it. */}
      <article class="post" data-pagefind-body="">
        <header class="post__header">
          <Breadcrumbs
            trail={category === undefined ? [] : [{ name: t("categories"), url: termIndexUrl("category") }, category]}
            current={post.title}
            t={t}
          />
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
          <h1 class="post__title">{post.title}</h1>
          {post.description !== undefined && <p class="post__lede">{post.description}</p>}
          <PostMeta
            className="post__meta"
            date={summary.date}
            updated={
              post.updated === undefined ? undefined : dateView(post.updated.setZone(site.timeZone), site.language)
            }
            readingMinutes={summary.readingMinutes}
            authors={summary.authors}
            status={summary.status}
            language={site.language}
            t={t}
            searchMeta
          />
        </header>
        {image !== undefined && (
          <FeaturedImage image={image} caption={post.image?.caption} credit={post.image?.credit} />
        )}
        {toc && <TableOfContents headings={outline.headings} title={t("contents")} />}
        <Raw className="post__body" html={body} />
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
        <ShareLinks url={absoluteUrl(site, post.url)} title={post.title} networks={site.share} t={t} />
        <SubscribeRow
          atom={feedUrl()}
          json={jsonFeedUrl()}
          categoryFeeds={post.categories.map((name) => {
            const term = blog.taxonomy.term("category", name);
            return { name: term.name, url: feedUrl(term, site) };
          })}
          newsletter={site.newsletter}
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
        {site.comments !== undefined && (
          <Comments settings={site.comments} title={post.title} language={site.language} t={t} />
        )}
      </div>
      <PostNav
        older={older && { name: older.title, url: older.url }}
        newer={newer && { name: newer.title, url: newer.url }}
        t={t}
      />
      {related.length > 0 && (
        <aside class="related" aria-labelledby="related-title">
          <h2 class="section-title" id="related-title">
            {t("relatedPosts")}
          </h2>
          <PostList cards={cardsHtml(blog, related, 3)} empty="" />
        </aside>
      )}
    </Base>
  );
}
