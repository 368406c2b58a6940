// Front matter keys one slip away from a key the build reads: `draf: true` would otherwise publish a draft.
import { closestWord } from "../did-you-mean.ts";

/**
 * Keys that popular Jekyll themes and plugins read (Minimal Mistakes, Chirpy, Mediumish, al-folio,
 * jekyll-seo-tag…). They are close to keys this build reads but are not typos of them, so they never warn.
 */
const THEME_KEYS: ReadonlySet<string> = new Set([
  "comments", // most themes: Disqus and friends on or off
  "share", // Minimal Mistakes: share buttons
  "mathjax", // al-folio and many others: load MathJax
  "math",
  "toc_sticky", // Minimal Mistakes' table of contents options
  "toc_label",
  "toc_icon",
  "sidebar", // Minimal Mistakes, al-folio
  "classes", // Minimal Mistakes: `classes: wide`
  "header", // Minimal Mistakes: header image and overlay (read for the featured image too)
  "feature", // a featured flag or image in several themes, one letter from Mediumish's `featured`
  "images", // galleries, one letter from `image`
  "related", // Minimal Mistakes: related posts on or off
  "slug", // Jekyll's own: replaces the file name's slug
  "lang", // jekyll-polyglot, Chirpy
  "pin", // Chirpy: pinned posts
  "top", // pinned posts in Chinese themes (NexT), one letter from `toc`
  "tab", // tabbed pages in documentation themes, one letter from `tag`
  "data", // a page's own data in several themes, one letter from `date`
  "modified", // several themes' last-modified date
]);

/** Keys worth suggesting: the ones the build reads. */
export type KnownKeys = readonly string[];

/** The known key `key` was most likely meant to be, or undefined when it is no near miss (or itself known). */
export function suggestKey(key: string, known: KnownKeys): string | undefined {
  if (known.includes(key) || THEME_KEYS.has(key.toLowerCase())) return undefined;
  return closestWord(key, known);
}
