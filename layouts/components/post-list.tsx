// A grid of post cards: the home page, term pages, archives, related posts. Each card is markup made once.
import { Raw } from "./raw.tsx";

export interface PostListProps {
  /** Each card's HTML (see layouts/view/cards.tsx, which renders a card once per build). */
  cards: readonly string[];
  empty: string;
  className?: string;
}

export function PostList({ cards, empty, className = "post-list" }: PostListProps) {
  if (cards.length === 0) return <p class="empty">{empty}</p>;
  return (
    <ol class={className}>
      {cards.map((html) => (
        <Raw as="li" html={html} />
      ))}
    </ol>
  );
}
