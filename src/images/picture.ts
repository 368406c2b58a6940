// A resized image as `<picture>` markup data: one source per modern format, a JPEG `<img>` for the rest.
import type { ImageEntry, ImageMetadata } from "@11ty/eleventy-img";
import { escapeHtml } from "../escape-html.ts";

export interface PictureSource {
  readonly type: string;
  readonly srcset: string;
}

/** A resized image's copies: what `pictureMarkup` lays out for the layouts and the Markdown renderer alike. */
export interface Picture {
  /** AVIF first, then WebP: a browser takes the first it supports. */
  readonly sources: readonly PictureSource[];
  /** The fallback: the widest copy, with every width in `srcset`, and its size against layout shift. */
  readonly src: string;
  readonly srcset: string;
  readonly width: number;
  readonly height: number;
}

/** Modern formats, best first; the fallback format is the last one present. */
const SOURCE_ORDER = ["avif", "webp"] as const;
const FALLBACK_ORDER = ["jpeg", "png", "webp", "avif"] as const;

export function pictureFrom(metadata: ImageMetadata): Picture {
  const fallbackFormat = FALLBACK_ORDER.find((format) => (metadata[format]?.length ?? 0) > 0);
  if (fallbackFormat === undefined) throw new Error("eleventy-img made no copy of the image.");
  const fallback = metadata[fallbackFormat]!;
  const widest = fallback.at(-1)!;
  return {
    sources: SOURCE_ORDER.filter((format) => format !== fallbackFormat && (metadata[format]?.length ?? 0) > 0).map(
      (format) => ({ type: metadata[format]![0]!.sourceType, srcset: srcset(metadata[format]!) }),
    ),
    src: widest.url,
    srcset: srcset(fallback),
    width: widest.width,
    height: widest.height,
  };
}

function srcset(entries: readonly ImageEntry[]): string {
  return entries.map((entry) => entry.srcset).join(", ");
}

/** How an image sits in its page. */
export interface PictureAttributes {
  readonly alt: string;
  /** The image's displayed width at each viewport: lets the browser pick the right copy. */
  readonly sizes: string;
  /** Lazy below the fold; eager for the image a reader sees first. */
  readonly loading: "lazy" | "eager";
  readonly title?: string;
  readonly className?: string;
}

/** An element's attributes in the order they are written; undefined ones are left out. */
export type MarkupAttributes = Readonly<Record<string, string | number | undefined>>;

/** The elements of a `<picture>`, as data: the one description both the string and the TSX renderers write. */
export interface PictureMarkup {
  readonly picture: MarkupAttributes;
  readonly sources: readonly MarkupAttributes[];
  readonly img: MarkupAttributes;
}

export function pictureMarkup(picture: Picture, attributes: PictureAttributes): PictureMarkup {
  const { sizes, loading } = attributes;
  return {
    picture: { class: attributes.className },
    sources: picture.sources.map((source) => ({ type: source.type, srcset: source.srcset, sizes })),
    img: {
      src: picture.src,
      srcset: picture.srcset,
      sizes,
      alt: attributes.alt,
      title: attributes.title,
      width: picture.width,
      height: picture.height,
      loading,
      decoding: "async",
      // The image a reader sees first is fetched before the page's other images.
      fetchpriority: loading === "eager" ? "high" : undefined,
    },
  };
}

function attributesHtml(attributes: MarkupAttributes): string {
  return Object.entries(attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeHtml(String(value))}"`)
    .join("");
}

/** The picture as HTML, for the Markdown renderer (layouts use <Picture>, which writes the same `pictureMarkup`). */
export function pictureHtml(picture: Picture, attributes: PictureAttributes): string {
  const markup = pictureMarkup(picture, attributes);
  const sources = markup.sources.map((source) => `<source${attributesHtml(source)}>`).join("");
  return `<picture${attributesHtml(markup.picture)}>${sources}<img${attributesHtml(markup.img)}></picture>`;
}
