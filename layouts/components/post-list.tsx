// A grid of post cards: the home page, term pages, archives, related posts. Each card is markup made once.
import { renderToStaticMarkup } from "preact-render-to-string";
import { flatString } from "../../src/flat-string.ts";
import type { Translate } from "../../src/i18n/interface-strings.ts";
import type { PostSummary } from "../../src/views/post-view.ts";
import { PostCard } from "./post-card.tsx";
import { Raw } from "./raw.tsx";

export interface PostListProps {
  posts: readonly PostSummary[];
  t: Translate;
  language: string;
  /** 3 under a post (related posts), where the page's sections are h2s. */
  headingLevel?: 2 | 3;
  /** Shown large (the home page's featured posts). */
  feature?: boolean;
  empty: string;
  className?: string;
}

/**
 * Each card's markup, by its post's summary and how it is shown. A summary is made once a build (see
 * src/views/post-view.ts), so a card that many lists show is rendered once, not once per list page.
 */
const cards = new WeakMap<PostSummary, Map<string, string>>();

function cardHtml(post: PostSummary, props: PostListProps, headingLevel: 2 | 3, feature: boolean): string {
  let shown = cards.get(post);
  if (shown === undefined) cards.set(post, (shown = new Map()));
  const key = `${headingLevel}:${feature}`;
  let html = shown.get(key);
  if (html === undefined) {
    // Kept for the whole build: flat, not the tree of parts Preact concatenated it from.
    html = flatString(
      renderToStaticMarkup(
        <PostCard post={post} t={props.t} language={props.language} headingLevel={headingLevel} feature={feature} />,
      ),
    );
    shown.set(key, html);
  }
  return html;
}

export function PostList(props: PostListProps) {
  const { posts, empty, className = "post-list", headingLevel = 2, feature = false } = props;
  if (posts.length === 0) return <p class="empty">{empty}</p>;
  return (
    <ol class={className}>
      {posts.map((post) => (
        <Raw as="li" html={cardHtml(post, props, headingLevel, feature)} />
      ))}
    </ol>
  );
}
