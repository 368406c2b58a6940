// An image as the view gives it: resized copies in a <picture>, else one <img> as written.
import type { ImageView } from "../../src/views/post-view.ts";
import { Picture } from "./picture.tsx";

export interface ShownImageProps {
  image: ImageView;
  /** The displayed width at each viewport, so the browser fetches the right copy. */
  sizes: string;
  /** Eager only for the image a reader sees first (a post's own); cards load lazily. */
  loading: "lazy" | "eager";
  className: string;
}

export function ShownImage({ image, sizes, loading, className }: ShownImageProps) {
  if (image.kind === "img") {
    return <img class={className} src={image.src} alt={image.alt} loading={loading} decoding="async" />;
  }
  return <Picture className={className} picture={image.picture} alt={image.alt} sizes={sizes} loading={loading} />;
}
