// A post as a card in a list: its image, category chip, title, excerpt, byline and tags.
import type { Translate } from "../../src/i18n/interface-strings.ts";
import type { PostSummary } from "../../src/views/post-view.ts";
import { PostMeta } from "./post-meta.tsx";
import { ShownImage } from "./shown-image.tsx";

/** A card's image spans the card: the grid's column width (two columns from 48rem, one on phones). */
const CARD_IMAGE_SIZES = "(min-width: 48rem) 22rem, calc(100vw - 2rem)";
/** A featured card is the list's full width. */
const FEATURED_IMAGE_SIZES = "(min-width: 48rem) 46rem, calc(100vw - 2rem)";
/** How many tinted tiles the stylesheet has (`.post-card__tile--0` …) for cards without an image. */
const TILE_TONES = 6;

/** The same category always gets the same tint, so a tile says which section a post is from. */
function toneOf(name: string): number {
  let sum = 0;
  for (const character of name) sum = (sum * 31 + character.codePointAt(0)!) % 9973;
  return sum % TILE_TONES;
}

export interface PostCardProps {
  post: PostSummary;
  t: Translate;
  language: string;
  headingLevel?: 2 | 3;
  /** Shown large, first in the home page's list (front matter `featured: true`). */
  feature?: boolean;
}

export function PostCard({ post, t, language, headingLevel = 2, feature = false }: PostCardProps) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const category = post.categories[0];
  return (
    <article class={feature ? "post-card post-card--feature" : "post-card"}>
      {post.image && (
        <a class="post-card__image-link" href={post.url} tabindex={-1} aria-hidden="true">
          <ShownImage
            image={{ ...post.image, alt: "" }}
            sizes={feature ? FEATURED_IMAGE_SIZES : CARD_IMAGE_SIZES}
            loading="lazy"
            className="post-card__image"
          />
        </a>
      )}
      {/* In place of a missing image, a tile with the title's first letter: the stylesheet shows it only
          beside image cards in a grid of two or more columns, so the cards' titles line up. */}
      {!post.image && !feature && (
        <div class={`post-card__tile post-card__tile--${toneOf(category?.name ?? "")}`} aria-hidden="true">
          <span class="post-card__tile-letter">{Array.from(post.title.trim())[0] ?? ""}</span>
        </div>
      )}
      <div class="post-card__text">
        {(category !== undefined || (feature && post.featured)) && (
          <p class="post-card__kicker">
            {feature && post.featured && <span class="chip chip--featured">{t("featured")}</span>}
            {category !== undefined && (
              <a class="chip" href={category.url}>
                {category.name}
              </a>
            )}
          </p>
        )}
        <Heading class="post-card__title">
          <a href={post.url}>{post.title}</a>
        </Heading>
        {post.excerpt !== "" && <p class="post-card__excerpt">{post.excerpt}</p>}
        <PostMeta
          className="post-card__meta"
          date={post.date}
          readingMinutes={post.readingMinutes}
          authors={post.authors}
          status={post.status}
          language={language}
          t={t}
        />
        {post.tags.length > 0 && (
          <ul class="post-card__tags" aria-label={t("tagsLabel")}>
            {post.tags.map((tag) => (
              <li>
                <a href={tag.url} rel="tag">
                  #{tag.name}
                </a>
              </li>
            ))}
          </ul>
        )}
      </div>
    </article>
  );
}
