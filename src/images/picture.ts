// A resized image as `<picture>` markup data: one source per modern format, a JPEG `<img>` for the rest.
import type { ImageEntry, ImageMetadata } from "@11ty/eleventy-img";
import { escapeHtml } from "../escape-html.ts";

export interface PictureSource {
  readonly type: string;
  readonly srcset: string;
}

/** What both the layouts (as JSX) and the Markdown renderer (as a string) turn into the same markup. */
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

function attribute(name: string, value: string | number | undefined): string {
  return value === undefined ? "" : ` ${name}="${escapeHtml(String(value))}"`;
}

/** The picture as HTML, for the Markdown renderer (layouts use <Picture>, which makes the same markup). */
export function pictureHtml(picture: Picture, attributes: PictureAttributes): string {
  const sources = picture.sources
    .map(
      (source) =>
        `<source${attribute("type", source.type)}${attribute("srcset", source.srcset)}${attribute("sizes", attributes.sizes)}>`,
    )
    .join("");
  const img =
    `<img${attribute("src", picture.src)}${attribute("srcset", picture.srcset)}${attribute("sizes", attributes.sizes)}` +
    `${attribute("alt", attributes.alt)}${attribute("title", attributes.title)}${attribute("width", picture.width)}` +
    `${attribute("height", picture.height)}${attribute("loading", attributes.loading)} decoding="async">`;
  return `<picture${attribute("class", attributes.className)}>${sources}${img}</picture>`;
}
