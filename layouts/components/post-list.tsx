// A list of post cards: the home page, term pages and archives.
import type { Blog } from "../../src/blog.ts";
import type { Post } from "../../src/posts/post.ts";
import { PostCard } from "./post-card.tsx";

export function PostList({ posts, blog }: { posts: readonly Post[]; blog: Blog }) {
  if (posts.length === 0) return <p class="empty">No posts yet.</p>;
  return (
    <ol class="post-list">
      {posts.map((post) => (
        <li>
          <PostCard post={post} blog={blog} />
        </li>
      ))}
    </ol>
  );
}
