// A post's featured image at the top of its page, with its caption and credit when the front matter gives them.
import type { ImageView } from "../../src/views/post-view.ts";
import { ShownImage } from "./shown-image.tsx";

/** The featured image spans the text column: 46rem on wide screens, the screen less its margins on phones. */
const FEATURED_IMAGE_SIZES = "(min-width: 50rem) 46rem, calc(100vw - 2rem)";

export function FeaturedImage({ image, caption, credit }: { image: ImageView; caption?: string; credit?: string }) {
  return (
    <figure class="post__figure">
      <ShownImage image={image} sizes={FEATURED_IMAGE_SIZES} loading="eager" className="post__image" />
      {(caption !== undefined || credit !== undefined) && (
        <figcaption class="post__caption">
          {caption}
          {caption !== undefined && credit !== undefined && " "}
          {credit !== undefined && <span class="post__credit">{credit}</span>}
        </figcaption>
      )}
    </figure>
  );
}
