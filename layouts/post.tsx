// A post's page: categories, title, date, author and reading time, the featured image, an optional
// table of contents, the body and tags; then older/newer links and related posts.
import type { Blog } from "../src/blog.ts";
import { KATEX_STYLESHEET } from "../src/markdown/math-render.ts";
import type { PostRoute } from "../src/pages/route.ts";
import { Base } from "./base.tsx";
import { AuthorLinks } from "./components/author-link.tsx";
import { DateLink } from "./components/date-link.tsx";
import { PostImage } from "./components/post-image.tsx";
import { PostNav } from "./components/post-nav.tsx";
import { PostStatusBadge } from "./components/post-status.tsx";
import { Raw } from "./components/raw.tsx";
import { ReadingTime } from "./components/reading-time.tsx";
import { RelatedPosts } from "./components/related-posts.tsx";
import { TableOfContents } from "./components/table-of-contents.tsx";
import { TermLinks } from "./components/term-links.tsx";
import { UpdatedDate } from "./components/updated-date.tsx";

/** The featured image spans the text column: 42rem on wide screens, the screen less its margins on phones. */
const FEATURED_IMAGE_SIZES = "(min-width: 46rem) 42rem, calc(100vw - 2rem)";

export function PostPage({ route, blog }: { route: PostRoute; blog: Blog }) {
  const { post, newer, older, related } = route;
  const categories = post.categories.map((name) => blog.taxonomy.term("category", name));
  const tags = post.tags.map((name) => blog.taxonomy.term("tag", name));
  const authors = blog.authors.of(post);
  // Rendered first: the body's parse also finds the headings the table of contents lists.
  const body = blog.renderBody(post);
  return (
    <Base
      blog={blog}
      route={route}
      title={post.title}
      description={post.description ?? post.excerpt}
      stylesheets={blog.outline(post).hasMath ? [KATEX_STYLESHEET] : []}
    >
      {/* Only the article is indexed for search: list pages and navigation would repeat it. */}
      <article class="post" data-pagefind-body="">
        <header class="post__header">
          <TermLinks terms={categories} label="Categories" site={blog.site} />
          <h1 class="post__title">{post.title}</h1>
          <p class="post__meta" data-pagefind-ignore="">
            <PostStatusBadge status={blog.status(post)} />
            <DateLink date={post.date} language={blog.site.language} />
            {post.updated !== undefined && (
              <>
                <span aria-hidden="true"> · </span>
                <UpdatedDate date={post.updated} site={blog.site} />
              </>
            )}
            {authors.length > 0 && (
              <>
                <span aria-hidden="true"> · </span>
                <AuthorLinks authors={authors} language={blog.site.language} className="post__author" />
              </>
            )}
            <span aria-hidden="true"> · </span>
            <ReadingTime blog={blog} post={post} />
          </p>
        </header>
        <PostImage
          blog={blog}
          post={post}
          sizes={FEATURED_IMAGE_SIZES}
          loading="eager"
          className="post__image"
          withCaption
        />
        {post.toc && <TableOfContents headings={blog.outline(post).headings} />}
        <Raw className="post__body" html={body} />
        <footer class="post__footer">
          <TermLinks terms={tags} label="Tags" site={blog.site} />
        </footer>
      </article>
      <PostNav older={older} newer={newer} />
      <RelatedPosts posts={related} blog={blog} />
    </Base>
  );
}
