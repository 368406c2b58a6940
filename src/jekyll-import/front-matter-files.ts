// The files a post's front matter names: `image` in the shapes themes use (a path, or a map of paths), and theme image keys.
import type { FoundReference } from "./referenced-files.ts";

/** Top-level keys popular themes read an image path from (Mediumish, Minimal Mistakes, Chirpy, al-folio…). */
const IMAGE_KEYS = [
  "image",
  "thumbnail",
  "cover",
  "cover_image",
  "featured_image",
  "feature_image",
  "teaser",
  "og_image",
  "header",
];
/** Keys of an image map (`image: { path, thumbnail }`, Minimal Mistakes' `header: { teaser, overlay_image }`). */
const MAP_KEYS = ["path", "feature", "teaser", "thumbnail", "url", "src", "image", "overlay_image", "og_image", "lqip"];

export function frontMatterFiles(
  data: Readonly<Record<string, unknown>>,
  keyLines: ReadonlyMap<string, number>,
  file: string,
): FoundReference[] {
  const found: FoundReference[] = [];
  const add = (value: unknown, line: number | undefined) => {
    // Chirpy's `lqip` may be a data: URL; those, like http(s) ones, are left alone by referencedSitePath.
    if (typeof value === "string" && value.trim() !== "")
      found.push({ reference: value.trim(), kind: "image", file, line });
  };
  for (const key of IMAGE_KEYS) {
    const value = data[key];
    const line = keyLines.get(key);
    if (typeof value === "string") {
      if (key !== "header") add(value, line);
    } else if (typeof value === "object" && value !== null && !Array.isArray(value)) {
      for (const inner of MAP_KEYS) add((value as Record<string, unknown>)[inner], line);
    }
  }
  return found;
}
