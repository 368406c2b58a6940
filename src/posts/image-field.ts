// A post's featured image in every shape popular Jekyll themes write it, read into one `PostImage`.
import { decodeHTML } from "entities";
import { isSitePathOrHttpUrl } from "../url-schemes.ts";

/** The featured image, whatever shape the front matter gave it. */
export interface PostImage {
  /** A path under the site (`assets/images/x.jpg`, `/assets/x.jpg`) or an http(s) URL. */
  readonly src: string;
  /** Text alternative; without it the image is decoration and gets `alt=""`. */
  readonly alt?: string;
  readonly caption?: string;
  readonly credit?: string;
  /** A smaller image for lists (Minimal Mistakes' `teaser`, Chirpy's and others' `thumbnail`). */
  readonly thumbnail?: string;
}

/** A problem with one part of the image, named by its key (`image`, `image.alt`, `header.teaser`). */
export interface ImageIssue {
  readonly key: string;
  readonly message: string;
}

/**
 * Where themes put the file: `image: x.jpg`; `image: {path: …}` (Chirpy), `{feature: …}` (So Simple, HPSTR),
 * `{url: …}`, `{src: …}` or `{image_path: …}` (others); only a `teaser` or `thumbnail` when that is all there is.
 */
const SOURCE_KEYS = ["path", "feature", "url", "src", "image_path"] as const;
const THUMBNAIL_KEYS = ["thumbnail", "teaser"] as const;

/** Reads `image`, else Minimal Mistakes' `header: {image | overlay_image, teaser, image_description, caption}`. */
export function readImage(image: unknown, header: unknown): { image?: PostImage; issues: ImageIssue[] } {
  const issues: ImageIssue[] = [];
  if (image !== undefined && image !== null) {
    if (typeof image === "string" || typeof image === "number") {
      const src = reference(image, "image", issues);
      return { image: src === undefined ? undefined : { src }, issues };
    }
    if (!isMap(image)) {
      issues.push({
        key: "image",
        message:
          "image must be a path such as assets/images/photo.jpg, an http(s) URL, or a map such as {path: …, alt: …}.",
      });
      return { issues };
    }
    const src = firstReference(image, SOURCE_KEYS, "image", issues);
    const thumbnail = firstReference(image, THUMBNAIL_KEYS, "image", issues);
    return { image: build(src ?? thumbnail, thumbnail, image, ["alt", "caption", "credit"], "image", issues), issues };
  }
  // Minimal Mistakes keeps its images under `header`, with other settings of the page header.
  if (!isMap(header)) return { issues };
  const src = firstReference(header, ["image", "overlay_image"], "header", issues);
  const thumbnail = firstReference(header, ["teaser"], "header", issues);
  return {
    image: build(src ?? thumbnail, thumbnail, header, ["image_description", "caption", "credit"], "header", issues),
    issues,
  };
}

function build(
  src: string | undefined,
  thumbnail: string | undefined,
  map: Record<string, unknown>,
  [altKey, captionKey, creditKey]: readonly [string, string, string],
  parent: string,
  issues: ImageIssue[],
): PostImage | undefined {
  if (src === undefined) return undefined;
  const alt = words(map[altKey], `${parent}.${altKey}`, issues);
  const caption = words(map[captionKey], `${parent}.${captionKey}`, issues);
  const credit = words(map[creditKey], `${parent}.${creditKey}`, issues);
  return {
    src,
    ...(alt === undefined ? {} : { alt }),
    ...(caption === undefined ? {} : { caption }),
    ...(credit === undefined ? {} : { credit }),
    ...(thumbnail === undefined ? {} : { thumbnail }),
  };
}

function firstReference(
  map: Record<string, unknown>,
  keys: readonly string[],
  parent: string,
  issues: ImageIssue[],
): string | undefined {
  for (const key of keys) {
    const value = map[key];
    if (value === undefined || value === null) continue;
    const src = reference(value, `${parent}.${key}`, issues);
    if (src !== undefined) return src;
  }
  return undefined;
}

/** A path under the site or an http(s) URL; never `javascript:` or another scheme a browser would run. */
function reference(value: unknown, key: string, issues: ImageIssue[]): string | undefined {
  const text = typeof value === "string" || typeof value === "number" ? String(value).trim() : undefined;
  if (text === "") return undefined;
  if (text === undefined || !isSitePathOrHttpUrl(text)) {
    issues.push({ key, message: `${key} must be a path such as assets/images/photo.jpg or an http(s) URL.` });
    return undefined;
  }
  return text;
}

/** Alt text, a caption, a credit: plain text, with the HTML entities Jekyll authors write decoded. */
function words(value: unknown, key: string, issues: ImageIssue[]): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string" && typeof value !== "number") {
    issues.push({ key, message: `${key} must be text, such as ${key.split(".").pop()}: "…".` });
    return undefined;
  }
  const text = decodeHTML(String(value)).trim();
  return text === "" ? undefined : text;
}

function isMap(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
