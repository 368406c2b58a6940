// A post's featured image: resized when local, as written when remote, and absent when its file is missing.
import type { Blog } from "../../src/blog.ts";
import type { Post } from "../../src/posts/post.ts";
import { Picture } from "./picture.tsx";

export interface PostImageProps {
  blog: Blog;
  post: Post;
  /** The displayed width at each viewport, so the browser fetches the right copy. */
  sizes: string;
  /** Eager only for the image a reader sees first (the post's own); cards load lazily. */
  loading: "lazy" | "eager";
  className: string;
  /** Show the image's caption and credit under it (on the post's page; a card has no room). */
  withCaption?: boolean;
}

/**
 * Without `alt` in the front matter the featured image is decoration beside the post's title (Mediumish
 * gives it no description), so its text alternative is empty: a screen reader skips it instead of
 * reading a file name.
 */
export function PostImage({ blog, post, sizes, loading, className, withCaption = false }: PostImageProps) {
  if (post.image === undefined) return null;
  const { alt = "", caption, credit } = post.image;
  const found = blog.images.lookup(post.image.src);
  if (found.kind === "missing") return null;
  const image =
    found.kind === "as-is" ? (
      <img class={className} src={found.url} alt={alt} loading={loading} decoding="async" />
    ) : (
      <Picture className={className} picture={found.picture} alt={alt} sizes={sizes} loading={loading} />
    );
  if (!withCaption || (caption === undefined && credit === undefined)) return image;
  return (
    <figure class="post__figure">
      {image}
      <figcaption class="post__caption">
        {caption}
        {caption !== undefined && credit !== undefined && " "}
        {credit !== undefined && <span class="post__credit">{credit}</span>}
      </figcaption>
    </figure>
  );
}
