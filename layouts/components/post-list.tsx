// A list of post summaries: title, date, excerpt. Used by the home page and the term pages.
import type { Blog } from "../../src/blog.ts";
import type { Post } from "../../src/posts/post.ts";
import { AuthorLink } from "./author-link.tsx";
import { PostDate } from "./post-date.tsx";
import { PostStatusBadge } from "./post-status.tsx";

export function PostList({ posts, blog }: { posts: readonly Post[]; blog: Blog }) {
  if (posts.length === 0) return <p class="empty">No posts yet.</p>;
  return (
    <ol class="post-list">
      {posts.map((post) => (
        <li class="post-summary">
          <h2 class="post-summary__title">
            <a href={post.url}>{post.title}</a>
          </h2>
          <p class="post-summary__meta">
            <PostStatusBadge status={blog.status(post)} />
            <PostDate date={post.date} language={blog.site.language} />
            <PostAuthor post={post} blog={blog} />
          </p>
          {post.excerpt !== "" && <p class="post-summary__excerpt">{post.excerpt}</p>}
        </li>
      ))}
    </ol>
  );
}

function PostAuthor({ post, blog }: { post: Post; blog: Blog }) {
  const author = blog.authors.of(post);
  if (author === undefined) return null;
  return (
    <>
      {" · "}
      <AuthorLink author={author} />
    </>
  );
}
