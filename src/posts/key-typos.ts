// Front matter keys one slip away from a key the build reads: `draf: true` would otherwise publish a draft.

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
  const lower = key.toLowerCase();
  // Short keys collide by chance (`tab` and `tag`): one slip for them, two for keys of 7 letters or more.
  const limit = lower.length >= 7 ? 2 : 1;
  let best: { key: string; distance: number } | undefined;
  for (const candidate of known) {
    const distance = editDistance(lower, candidate, limit);
    if (distance <= limit && (best === undefined || distance < best.distance)) best = { key: candidate, distance };
  }
  return best?.key;
}

/**
 * Damerau–Levenshtein distance (optimal string alignment: insertions, deletions, substitutions and swaps
 * of two neighbours), stopping early once every path is over `limit`.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    let smallest = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, rows[i - 2]![j - 2]! + 1);
      row.push(value);
      smallest = Math.min(smallest, value);
    }
    if (smallest > limit) return limit + 1;
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}
