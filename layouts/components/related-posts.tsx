// "Related posts" under a post: the ones sharing its tags and categories (src/taxonomy/related.ts).
import type { Blog } from "../../src/blog.ts";
import type { Post } from "../../src/posts/post.ts";
import { PostCard } from "./post-card.tsx";

export function RelatedPosts({ posts, blog }: { posts: readonly Post[]; blog: Blog }) {
  if (posts.length === 0) return null;
  return (
    <aside class="related" aria-labelledby="related-title">
      <h2 class="related__title" id="related-title">
        Related posts
      </h2>
      <ol class="post-list">
        {posts.map((post) => (
          <li>
            <PostCard post={post} blog={blog} headingLevel={3} />
          </li>
        ))}
      </ol>
    </aside>
  );
}
