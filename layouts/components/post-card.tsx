// A post as a card in a list: its image, category chip, title, excerpt, byline and tags.
import type { Translate } from "../../src/i18n/interface-strings.ts";
import type { PostSummary } from "../../src/views/post-view.ts";
import { PostMeta } from "./post-meta.tsx";
import { ShownImage } from "./shown-image.tsx";

/** A card's image spans the card: the grid's column width (two columns from 48rem, one on phones). */
const CARD_IMAGE_SIZES = "(min-width: 48rem) 22rem, calc(100vw - 2rem)";
/** A featured card is the list's full width. */
const FEATURED_IMAGE_SIZES = "(min-width: 48rem) 46rem, calc(100vw - 2rem)";

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
