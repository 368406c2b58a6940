// A big blog's search index is split into shards of about PAGES_PER_SHARD pages, each a Pagefind index of its own
// that the search page merges (Pagefind's `mergeIndex`). Pagefind cannot update an index: after one post is
// edited, only that post's shard is indexed again, and the others are taken from the build cache.

/**
 * About this many pages per shard. A shard of 500 post pages takes Pagefind about 1.9 s to index on one core,
 * against 15.7 s for all 4,000; a reader's search asks each shard for its part of the index (one small file
 * per shard and word), so shards are not made smaller than that.
 */
export const PAGES_PER_SHARD = 500;

/** Written beside the first shard (`/pagefind/shards.json`): the other shards' folders, relative to it. */
export const SHARDS_FILE = "shards.json";

/**
 * How many shards a site of `pages` indexed pages has: a power of two, so that a growing blog changes it
 * (and so indexes everything again) only when it doubles. One up to `perShard` pages.
 */
export function searchShardCount(pages: number, perShard = PAGES_PER_SHARD): number {
  let shards = 1;
  while (shards * perShard < pages) shards *= 2;
  return shards;
}

/**
 * The shard a page belongs to, from its file alone (FNV-1a of `posts/x/index.html`): a page stays in its shard
 * whatever other posts are added, edited or removed, so the other shards' indexes stay as they were.
 */
export function shardOf(file: string, shards: number): number {
  if (shards === 1) return 0;
  let hash = 0x811c9dc5;
  for (let index = 0; index < file.length; index += 1) {
    hash ^= file.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % shards;
}

/** A shard's folder inside the search bundle: the first is the bundle itself (`""`), the others `shard-1/`, … */
export function shardFolder(shard: number): string {
  return shard === 0 ? "" : `shard-${shard}/`;
}
