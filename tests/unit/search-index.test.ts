// The search index in shards, through Pagefind itself: which shards the search page is told of, and a page
// with text to index where none was expected.
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { SearchIndex, searchPage } from "../../src/search/index-site.ts";
import { shardOf } from "../../src/search/shards.ts";
import { newOutputFolder } from "../helpers/output-folder.ts";

function post(file: string, text: string) {
  return searchPage(
    file,
    `<!doctype html><html lang="en"><body><article data-pagefind-body=""><h1>${text}</h1><p>${text}</p></article></body></html>`,
  );
}

describe("the search index", () => {
  it("lists in shards.json the shards that hold pages, and writes every shard", async () => {
    const files = ["a/index.html", "b/index.html", "c/index.html"];
    const used = new Set(files.map((file) => shardOf(file, 8)));
    const folder = newOutputFolder("search-index");
    const index = new SearchIndex({ folder });
    await index.useShards(8, files.length - 1);
    files.forEach((file, position) => index.add(position, post(file, `Post ${file}`)));
    index.add(files.length, null);
    await index.write(files.length + 1);

    const listed = JSON.parse(readFileSync(path.join(folder, "pagefind/shards.json"), "utf8")) as string[];
    const expected = [...used].filter((shard) => shard > 0).sort((a, b) => a - b);
    assert.deepEqual(
      listed,
      expected.map((shard) => `shard-${shard}/`),
    );
    for (let shard = 1; shard < 8; shard += 1) {
      assert.ok(existsSync(path.join(folder, `pagefind/shard-${shard}/pagefind-entry.json`)), `shard ${shard}`);
      assert.ok(!existsSync(path.join(folder, `pagefind/shard-${shard}/pagefind-ui.js`)), "no second copy of the UI");
    }
    assert.ok(existsSync(path.join(folder, "pagefind/pagefind-ui.js")));
  });

  it("writes the same index whether its shards are spread over one Pagefind service or several", async () => {
    const files = Array.from({ length: 24 }, (_, number) => `post-${number}/index.html`);
    const built: Array<Map<string, string>> = [];
    for (const services of [1, 3]) {
      const folder = newOutputFolder("search-index");
      const index = new SearchIndex({ folder, services });
      await index.useShards(8, files.length - 1);
      files.forEach((file, position) =>
        index.add(position, post(file, `Post ${position} about topic ${position % 5}`)),
      );
      await index.write(files.length);
      const written = readdirSync(folder, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => path.join(entry.parentPath, entry.name));
      built.push(new Map(written.map((file) => [path.relative(folder, file), readFileSync(file).toString("hex")])));
    }
    assert.ok(built[0]!.size > 8 * 3, "every shard has its files");
    assert.deepEqual([...built[1]!.keys()].sort(), [...built[0]!.keys()].sort());
    for (const [file, bytes] of built[0]!) assert.equal(built[1]!.get(file), bytes, file);
  });

  it("fails the build when a page after the last post or standalone page has text to index", async () => {
    const index = new SearchIndex({ folder: newOutputFolder("search-index") });
    await index.useShards(1, 0);
    index.add(0, post("a/index.html", "First"));
    index.add(1, post("list/index.html", "A list"));
    await assert.rejects(index.write(2), {
      name: "SearchIndexError",
      message: /list\/index\.html has a part to index, but no page after position 0 should/,
    });
  });
});
