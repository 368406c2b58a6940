// Post cards as HTML made once per build: a card shows the same on every list that has it.
import { renderToStaticMarkup } from "preact-render-to-string";
import type { Blog } from "../../src/blog.ts";
import type { Post } from "../../src/posts/post.ts";
import { PostCard } from "../components/post-card.tsx";
import { translator } from "./chrome.tsx";
import { postSummary } from "./post-view.ts";

export function cardHtml(blog: Blog, post: Post, options: { headingLevel?: 2 | 3; feature?: boolean } = {}): string {
  const { headingLevel = 2, feature = false } = options;
  // Rendering a card reads the post's body (its reading time): watch mode notes that through `shared`.
  return blog.shared.get(`post-card:${headingLevel}:${feature}:${post.source}`, [post], () =>
    renderToStaticMarkup(
      <PostCard
        post={postSummary(blog, post)}
        t={translator(blog.site)}
        language={blog.site.language}
        headingLevel={headingLevel}
        feature={feature}
      />,
    ),
  );
}

export function cardsHtml(blog: Blog, posts: readonly Post[], headingLevel: 2 | 3 = 2): string[] {
  return posts.map((post) => cardHtml(blog, post, { headingLevel }));
}
