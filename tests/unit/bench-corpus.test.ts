// The bench's corpus is the same on every run and shaped as the performance issue asks.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { generateCorpus, writeCorpus } from "../../bench/corpus.ts";
import { newOutputFolder } from "../helpers/fixture-site.ts";
import { parseFrontMatter } from "../../src/posts/front-matter.ts";

function readCorpus(dir: string): Map<string, string> {
  const postsDir = path.join(dir, "posts");
  return new Map(readdirSync(postsDir).map((file) => [file, readFileSync(path.join(postsDir, file), "utf8")]));
}

describe("the bench corpus", () => {
  it("is the same, byte for byte, from the same seed", async () => {
    const first = newOutputFolder("corpus");
    const second = newOutputFolder("corpus");
    await writeCorpus(first, { posts: 30, tags: 60 });
    await writeCorpus(second, { posts: 30, tags: 60 });
    assert.deepEqual(readCorpus(first), readCorpus(second));
  });

  it("has posts of about 5 KB with 1–2 categories, 0–4 tags and dates over five years", async () => {
    const dir = newOutputFolder("corpus");
    await writeCorpus(dir, { posts: 200, tags: 60 });
    const posts = [...readCorpus(dir)].map(([file, text]) => ({ file, text, ...parseFrontMatter(text) }));
    assert.equal(posts.length, 200);
    for (const post of posts) {
      assert.ok(post.text.length > 4000 && post.text.length < 7000, `${post.file} is ${post.text.length} bytes`);
      const categories = post.data.categories as string[];
      assert.ok(categories.length >= 1 && categories.length <= 2, post.file);
      assert.ok((post.data.tags as string[]).length <= 4, post.file);
    }
    const years = new Set(posts.map((post) => post.file.slice(0, 4)));
    assert.deepEqual([...years].sort(), ["2021", "2022", "2023", "2024", "2025"]);
    const tags = new Set(posts.flatMap((post) => post.data.tags as string[]));
    assert.ok(
      [...tags].some((tag) => /[^ -~]/.test(tag)),
      "some tags have non-ASCII names",
    );
  });

  it("uses every tag of a 3,000-tag pool once there are enough posts", () => {
    assert.equal(generateCorpus({ posts: 4000, tags: 3000 }).summary.tags, 3000);
  });
});
