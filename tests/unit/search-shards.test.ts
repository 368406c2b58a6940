// How a big blog's search index is split: the number of shards grows in powers of two, and a page's shard
// depends on its file alone, so adding or editing other posts never moves it.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { PAGES_PER_SHARD, searchShardCount, shardFolder, shardOf } from "../../src/search/shards.ts";

describe("search shards", () => {
  it("keeps one index up to PAGES_PER_SHARD pages, then doubles the shards as the blog doubles", () => {
    assert.equal(searchShardCount(0), 1);
    assert.equal(searchShardCount(PAGES_PER_SHARD), 1);
    assert.equal(searchShardCount(PAGES_PER_SHARD + 1), 2);
    assert.equal(searchShardCount(4 * PAGES_PER_SHARD), 4);
    assert.equal(searchShardCount(4 * PAGES_PER_SHARD + 1), 8);
    assert.equal(searchShardCount(14, 2), 8);
  });

  it("puts a page in the same shard whatever else the blog holds, and spreads pages evenly", () => {
    const files = Array.from({ length: 4000 }, (_, index) => `posts/2025-01-01-post-${index}/index.html`);
    const counts = new Array<number>(8).fill(0);
    for (const file of files) counts[shardOf(file, 8)]! += 1;
    assert.ok(Math.min(...counts) > 400 && Math.max(...counts) < 600, counts.join(", "));
    assert.equal(shardOf("posts/x/index.html", 8), shardOf("posts/x/index.html", 8));
    assert.equal(shardOf("posts/x/index.html", 1), 0);
  });

  it("names the first shard's folder the bundle itself, the others shard-N/", () => {
    assert.equal(shardFolder(0), "");
    assert.equal(shardFolder(3), "shard-3/");
  });
});
