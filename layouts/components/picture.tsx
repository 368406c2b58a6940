// A resized image as <picture>: the same markup the Markdown renderer writes (src/images/picture.ts).
import type { Picture as PictureData, PictureAttributes } from "../../src/images/picture.ts";

export function Picture({ picture, alt, sizes, loading, className }: { picture: PictureData } & PictureAttributes) {
  return (
    <picture class={className}>
      {picture.sources.map((source) => (
        <source type={source.type} srcset={source.srcset} sizes={sizes} />
      ))}
      <img
        src={picture.src}
        srcset={picture.srcset}
        sizes={sizes}
        alt={alt}
        width={picture.width}
        height={picture.height}
        loading={loading}
        decoding="async"
        {...(loading === "eager" ? { fetchpriority: "high" } : {})}
      />
    </picture>
  );
}
