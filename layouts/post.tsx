// A post's page: title, date, author, featured image, categories and tags, the body, previous/next.
import type { Blog } from "../src/blog.ts";
import type { PostRoute } from "../src/pages/route.ts";
import { Base } from "./base.tsx";
import { AuthorLink } from "./components/author-link.tsx";
import { PostDate } from "./components/post-date.tsx";
import { PostStatusBadge } from "./components/post-status.tsx";
import { Raw } from "./components/raw.tsx";
import { TermLinks } from "./components/term-links.tsx";

export function PostPage({ route, blog }: { route: PostRoute; blog: Blog }) {
  const { post, newer, older } = route;
  const image = blog.featuredImage(post);
  const categories = post.categories.map((name) => blog.taxonomy.term("category", name));
  const tags = post.tags.map((name) => blog.taxonomy.term("tag", name));
  const author = blog.authors.of(post);
  return (
    <Base blog={blog} route={route} title={post.title} description={post.excerpt}>
      <article class="post">
        <header class="post__header">
          <h1 class="post__title">{post.title}</h1>
          <p class="post__meta">
            <PostStatusBadge status={blog.status(post)} />
            <PostDate date={post.date} language={blog.site.language} />
            {author !== undefined && (
              <>
                {" · "}
                <AuthorLink author={author} className="post__author" />
              </>
            )}
          </p>
          <TermLinks terms={categories} label="Categories" />
        </header>
        {image !== undefined && <img class="post__image" src={image} alt="" />}
        <Raw className="post__body" html={blog.renderBody(post)} />
        <footer class="post__footer">
          <TermLinks terms={tags} label="Tags" />
        </footer>
      </article>
      {(newer ?? older) !== undefined && (
        <nav class="post-nav" aria-label="More posts">
          {older !== undefined && (
            <a class="post-nav__older" href={older.url} rel="prev">
              ← {older.title}
            </a>
          )}
          {newer !== undefined && (
            <a class="post-nav__newer" href={newer.url} rel="next">
              {newer.title} →
            </a>
          )}
        </nav>
      )}
    </Base>
  );
}
