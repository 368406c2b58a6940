// A list of post summaries: title, date, excerpt. Used by the home page and the term pages.
import type { Blog } from "../../src/blog.ts";
import type { Post } from "../../src/posts/post.ts";
import { PostDate } from "./post-date.tsx";

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
            <PostDate date={post.date} language={blog.site.language} />
            {post.author !== undefined && <> · {post.author}</>}
          </p>
          {post.excerpt !== "" && <p class="post-summary__excerpt">{post.excerpt}</p>}
        </li>
      ))}
    </ol>
  );
}
