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
}

/**
 * The featured image is decoration beside the post's title (Mediumish gives it no description), so its
 * text alternative is empty: a screen reader skips it instead of reading a file name.
 */
export function PostImage({ blog, post, sizes, loading, className }: PostImageProps) {
  if (post.image === undefined) return null;
  const found = blog.images.lookup(post.image);
  if (found.kind === "missing") return null;
  if (found.kind === "as-is")
    return <img class={className} src={found.url} alt="" loading={loading} decoding="async" />;
  return <Picture className={className} picture={found.picture} alt="" sizes={sizes} loading={loading} />;
}
