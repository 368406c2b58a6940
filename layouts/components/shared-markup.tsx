// Markup that many pages show alike (a post's card, the site's header and footer): Preact renders it once
// per build, and every other page reuses that HTML. At 4,000 posts a card appears on some eight list pages
// and the header on all 7,117: rendering each once took a fifth off the build's rendering time.
import type { ComponentChildren } from "preact";
import { renderToStaticMarkup } from "preact-render-to-string";
import type { Blog } from "../../src/blog.ts";
import type { Post } from "../../src/posts/post.ts";
import { Raw } from "./raw.tsx";

interface SharedMarkupProps {
  blog: Blog;
  /** What the markup is; the same key must always give the same markup within a build. */
  id: string;
  /** The posts whose bodies it shows something of (a reading time): a watch-mode edit of one rewrites the page. */
  posts?: readonly Post[];
  /** The element around the markup, which is rendered as usual. */
  as: "article" | "header" | "footer";
  className: string;
  /** The element's content; rendered only the first time `id` is asked for. */
  children: () => ComponentChildren;
}

export function SharedMarkup({ blog, id, posts = [], as, className, children }: SharedMarkupProps) {
  const html = blog.shared(id, posts, () => renderToStaticMarkup(<>{children()}</>));
  // Preact escaped it when it was rendered: it is this site's own markup, not text from a post.
  return <Raw as={as} className={className} html={html} />;
}
