// A post as a card in a list: title, excerpt, date, reading time and author, with its image beside them.
import type { Blog } from "../../src/blog.ts";
import type { Post } from "../../src/posts/post.ts";
import { AuthorLinks } from "./author-link.tsx";
import { DateLink } from "./date-link.tsx";
import { PostImage } from "./post-image.tsx";
import { PostStatusBadge } from "./post-status.tsx";
import { ReadingTime } from "./reading-time.tsx";
import { SharedMarkup } from "./shared-markup.tsx";

/** A card's image is a thumbnail: 10rem wide on wide screens, 6rem on phones (the CSS sizes). */
const CARD_IMAGE_SIZES = "(min-width: 40rem) 10rem, 6rem";

export function PostCard({ post, blog, headingLevel = 2 }: { post: Post; blog: Blog; headingLevel?: 2 | 3 }) {
  return (
    <SharedMarkup
      blog={blog}
      id={`post-card:${headingLevel}:${post.source}`}
      posts={[post]}
      as="article"
      className="post-card"
    >
      {() => <PostCardContent post={post} blog={blog} headingLevel={headingLevel} />}
    </SharedMarkup>
  );
}

function PostCardContent({ post, blog, headingLevel }: { post: Post; blog: Blog; headingLevel: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const authors = blog.authors.of(post);
  return (
    <>
      <div class="post-card__text">
        <Heading class="post-card__title">
          <a href={post.url}>{post.title}</a>
        </Heading>
        {post.excerpt !== "" && <p class="post-card__excerpt">{post.excerpt}</p>}
        <p class="post-card__meta">
          <PostStatusBadge status={blog.status(post)} />
          <DateLink date={post.date} language={blog.site.language} />
          <span aria-hidden="true"> · </span>
          <ReadingTime blog={blog} post={post} />
          {authors.length > 0 && (
            <>
              <span aria-hidden="true"> · </span>
              <AuthorLinks authors={authors} language={blog.site.language} className="post-card__author" />
            </>
          )}
        </p>
      </div>
      <PostImage blog={blog} post={post} sizes={CARD_IMAGE_SIZES} loading="lazy" className="post-card__image" />
    </>
  );
}
