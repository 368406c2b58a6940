// "4 min read": how long a post takes, at the site's reading speed.
import type { Blog } from "../../src/blog.ts";
import type { Post } from "../../src/posts/post.ts";

export function ReadingTime({ blog, post }: { blog: Blog; post: Post }) {
  return <span class="reading-time">{blog.readingMinutes(post)} min read</span>;
}
