// Links from a post to the one before it and the one after it, by date.
import type { Post } from "../../src/posts/post.ts";

export function PostNav({ older, newer }: { older?: Post; newer?: Post }) {
  if (older === undefined && newer === undefined) return null;
  return (
    <nav class="post-nav" aria-label="Older and newer posts">
      {older !== undefined && (
        <a class="post-nav__link post-nav__older" href={older.url} rel="prev">
          <span class="post-nav__label">← Older post</span>
          <span class="post-nav__title">{older.title}</span>
        </a>
      )}
      {newer !== undefined && (
        <a class="post-nav__link post-nav__newer" href={newer.url} rel="next">
          <span class="post-nav__label">Newer post →</span>
          <span class="post-nav__title">{newer.title}</span>
        </a>
      )}
    </nav>
  );
}
