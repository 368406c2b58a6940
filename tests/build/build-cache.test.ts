// The persistent build cache: a new build after an edit renders only what changed, and its output is byte for
// byte what a cold build of the edited posts gives; a changed setting renders everything again.
import assert from "node:assert/strict";
import { appendFileSync, cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { buildSite, type BuildResult } from "../../src/cli/build-site.ts";
import { resolveSite, type SiteSettingsInput } from "../../src/site.ts";
import { FIXTURES, newOutputFolder } from "../helpers/fixture-site.ts";
import { readSearchIndex } from "../helpers/search-index.ts";

/** Every file of a built site, by path, with its bytes. */
function files(output: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const entry of readdirSync(output, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    found.set(path.relative(output, file), readFileSync(file).toString("base64"));
  }
  return found;
}

async function build(
  root: string,
  output: string,
  cacheDir: string,
  settings: SiteSettingsInput = {},
  searchShardPages?: number,
) {
  const site = resolveSite({ title: "Fixture Blog", url: "https://example.org", search: true, ...settings });
  const result: BuildResult = await buildSite({
    site,
    root,
    output,
    cacheDir,
    ...(searchShardPages === undefined ? {} : { searchShardPages }),
  });
  assert.ok(result.ok, result.ok ? "" : result.message);
  return { result, files: files(output) };
}

function decode(built: { files: Map<string, string> }, file: string): string {
  return Buffer.from(built.files.get(file)!, "base64").toString();
}

/** A copy of the reader fixture (posts only), to edit. */
function project(): string {
  const root = newOutputFolder("build-cache");
  cpSync(path.join(FIXTURES, "reader"), root, { recursive: true });
  return root;
}

describe("the build cache", () => {
  it("renders only the pages an edited body is on, and writes what a cold build writes, search index included", async () => {
    const root = project();
    const cache = path.join(root, ".cache/build");
    const first = await build(root, path.join(root, "site"), cache);
    assert.equal(first.result.ok && first.result.reused, 0);

    const posts = readdirSync(path.join(root, "posts")).sort();
    appendFileSync(path.join(root, "posts", posts[2]!), "\nA sentence added after the first build, zebrafinch.\n");
    const warm = await build(root, path.join(root, "site"), cache);
    const cold = await build(root, path.join(root, "cold"), path.join(root, "fresh-cache"));

    const reused = warm.result.ok ? (warm.result.reused ?? 0) : 0;
    const pages = warm.result.ok ? warm.result.pages : 0;
    assert.ok(reused > 0 && reused < pages, `${reused} of ${pages} pages reused`);
    assert.deepEqual([...warm.files.keys()].sort(), [...cold.files.keys()].sort());
    for (const [file, bytes] of cold.files) assert.equal(warm.files.get(file), bytes, file);
    assert.ok([...warm.files.values()].some((bytes) => Buffer.from(bytes, "base64").includes("zebrafinch")));
  });

  it("still fails a warm build on an unreadable address written into a post since the last build", async () => {
    const root = project();
    const cache = path.join(root, ".cache/build");
    await build(root, path.join(root, "site"), cache);
    const post = path.join(root, "posts", readdirSync(path.join(root, "posts")).sort()[1]!);
    const text = readFileSync(post, "utf8");
    writeFileSync(post, `${text}\nSee [the page](https://exa\u200bmple.com/x).\n`);
    const site = resolveSite({ title: "Fixture Blog", url: "https://example.org", search: true });
    const failed = await buildSite({ site, root, output: path.join(root, "site"), cacheDir: cache });
    assert.equal(failed.ok, false);
    assert.match(
      failed.ok ? "" : failed.message,
      new RegExp(`${path.basename(post)}:\\d+: link "https://exa<U\\+200B>mple\\.com/x" cannot be read as an address`),
    );
    writeFileSync(post, text);
    const fixed = await build(root, path.join(root, "site"), cache);
    assert.ok(fixed.result.ok && (fixed.result.reused ?? 0) > 0, "the cache still serves the unchanged pages");
  });

  it("shows an edited post's new reading time on the lists it rewrites, and the others' as the last build found them", async () => {
    const root = project();
    const cache = path.join(root, ".cache/build");
    const first = await build(root, path.join(root, "site"), cache);
    const home = (built: { files: Map<string, string> }) =>
      Buffer.from(built.files.get("index.html")!, "base64").toString();
    const minutes = (html: string) => [...html.matchAll(/(\d+) min read/g)].map((match) => Number(match[1]));

    const posts = readdirSync(path.join(root, "posts")).sort();
    // About 1,200 words: minutes more than the post had, whatever it had.
    appendFileSync(
      path.join(
        root,
        "posts",
        posts.find((name) => name.endsWith("-newest.md"))!,
      ),
      `\n${"Words added to make the post much longer. ".repeat(150)}\n`,
    );
    const warm = await build(root, path.join(root, "site"), cache);
    const cold = await build(root, path.join(root, "cold"), path.join(root, "fresh-cache"));

    assert.ok(warm.result.ok && (warm.result.reused ?? 0) > 0);
    assert.notDeepEqual(minutes(home(warm)), minutes(home(first)));
    assert.deepEqual(minutes(home(warm)), minutes(home(cold)));
    assert.deepEqual(warm.files, cold.files);
  });

  it("writes what a cold build writes after a front matter edit, a new post and a deleted post", async () => {
    const root = project();
    const cache = path.join(root, ".cache/build");
    // Values JSON has no form for (NaN, infinity, a -0) or holds as something else (null, nested lists): such a
    // post is read from its file each time, the others come back from the cache as they were.
    writeFileSync(
      path.join(root, "posts", "2025-02-18-odd-values.md"),
      '---\ntitle: "Odd values"\ndate: 2025-02-18 12:00:00 -0500\nupdated: 2025-02-19\nrating: .nan\nbig: -.inf\nzero: -0.0\nnested: {a: [1, 2, {b: null}], c: ~}\n---\n\nA body with ![a picture](https://example.org/p.png) and `code`.\n',
    );
    await build(root, path.join(root, "site"), cache);

    const folder = path.join(root, "posts");
    const winter = path.join(folder, "2024-12-20-winter-notes.md");
    writeFileSync(
      winter,
      readFileSync(winter, "utf8").replace('title: "Winter notes"', 'title: "Winter notes, retitled"\ntags: [frost]'),
    );
    rmSync(path.join(folder, "2025-02-16-unrelated.md"));
    writeFileSync(
      path.join(folder, "2025-02-17-added-later.md"),
      '---\ntitle: "Added later"\ndate: 2025-02-17 08:30:00 +0100\ncategories: [Notes]\nupdated: 2025-02-18\n---\n\nA post written after the first build.\n',
    );
    const warm = await build(root, path.join(root, "site"), cache);
    const cold = await build(root, path.join(root, "cold"), path.join(root, "fresh-cache"));

    // A front matter edit changes the model every page is keyed under (see BuildCache): no page is reused, but
    // every unchanged post is taken from the posts the last build read.
    assert.deepEqual(warm.files, cold.files);
    const pages = [...warm.files.keys()];
    assert.ok(
      pages.some((file) => file.includes("added-later")),
      "the new post has a page",
    );
    assert.ok(!pages.some((file) => file.includes("unrelated")), "the deleted post has none");
    assert.ok(
      pages.some((file) => file.includes("frost")),
      "the new tag has a page",
    );
    const winterPage = pages.find((file) => file.includes("winter-notes") && file.endsWith(".html"))!;
    assert.ok(Buffer.from(warm.files.get(winterPage)!, "base64").toString().includes("Winter notes, retitled"));

    // Back as they were: the posts read before the edits are taken up again, as a cold build reads them.
    writeFileSync(winter, readFileSync(path.join(FIXTURES, "reader/posts/2024-12-20-winter-notes.md")));
    const again = await build(root, path.join(root, "site"), cache);
    const coldAgain = await build(root, path.join(root, "cold-again"), path.join(root, "fresh-cache-again"));
    assert.deepEqual(again.files, coldAgain.files);
  });

  it("reads every post again when a setting posts are read with changes (the time zone): dates and URLs follow it", async () => {
    const root = project();
    const cache = path.join(root, ".cache/build");
    await build(root, path.join(root, "site"), cache, { timeZone: "UTC" });
    const changed = await build(root, path.join(root, "site"), cache, { timeZone: "Pacific/Auckland" });
    const cold = await build(root, path.join(root, "cold"), path.join(root, "fresh-cache"), {
      timeZone: "Pacific/Auckland",
    });
    assert.deepEqual(changed.files, cold.files);
  });

  it("renders every page again when a setting changes, and the result is the cold build's", async () => {
    const root = project();
    const cache = path.join(root, ".cache/build");
    await build(root, path.join(root, "site"), cache);
    const changed = await build(root, path.join(root, "site"), cache, { postsPerPage: 3 });
    const cold = await build(root, path.join(root, "cold"), path.join(root, "fresh-cache"), { postsPerPage: 3 });
    assert.equal(changed.result.ok && changed.result.reused, 0);
    assert.deepEqual(changed.files, cold.files);
  });

  it("indexes again only the search shard of an edited post, and the index is the cold build's", async () => {
    const root = project();
    const cache = path.join(root, ".cache/build");
    // Shards of 2 pages: the fixture's 14 posts and pages make 8.
    const first = await build(root, path.join(root, "site"), cache, {}, 2);
    const shards = JSON.parse(first.files.get("pagefind/shards.json") ? decode(first, "pagefind/shards.json") : "[]");
    assert.ok(shards.length >= 5, `the index is in shards: ${JSON.stringify(shards)}`);
    const kept = readdirSync(path.join(cache, "search"));
    assert.equal(kept.length, 8);

    const posts = readdirSync(path.join(root, "posts")).sort();
    appendFileSync(path.join(root, "posts", posts[4]!), "\nA sentence added after the first build, kingfisher.\n");
    const warm = await build(root, path.join(root, "site"), cache, {}, 2);
    const cold = await build(root, path.join(root, "cold"), path.join(root, "fresh-cache"), {}, 2);
    assert.deepEqual(warm.files, cold.files);
    // One shard was indexed again (and kept beside the one it replaces); the other seven came from the cache.
    const keptNow = readdirSync(path.join(cache, "search"));
    assert.equal(keptNow.filter((key) => !kept.includes(key)).length, 1);
    const indexed = readSearchIndex(path.join(root, "site"));
    assert.ok(indexed.some((page) => page.content.includes("kingfisher")));
    assert.equal(indexed.length, readSearchIndex(path.join(root, "cold")).length);
  });

  it("reuses every page when nothing changed", async () => {
    const root = project();
    const cache = path.join(root, ".cache/build");
    const first = await build(root, path.join(root, "site"), cache);
    const again = await build(root, path.join(root, "site"), cache);
    assert.equal(again.result.ok && again.result.reused, first.result.ok && first.result.pages);
    assert.deepEqual(again.files, first.files);
  });
});
