// Bad posts fail the build with every problem at once, each naming the file, the line and the fix.
import assert from "node:assert/strict";
import { cpSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { before, describe, it } from "node:test";
import { buildFixture, FIXTURES, newOutputFolder, type BuiltSite } from "../helpers/fixture-site.ts";

describe("content errors", () => {
  let site: BuiltSite;
  let message = "";
  before(async () => {
    site = await buildFixture("errors");
    message = site.result.ok ? "" : site.result.message;
  });

  it("fail the build and write nothing", () => {
    assert.equal(site.result.ok, false);
    assert.deepEqual(site.files(), []);
    assert.match(message, /^The site was not built: 8 content errors\./);
  });

  it("report invalid YAML with its file and line", () => {
    assert.match(
      message,
      /posts\/2025-06-01-invalid-yaml\.md:5: front matter is not valid YAML: missed comma between flow collection entries\./,
    );
  });

  it("report an impossible date with its line and the forms to use", () => {
    assert.ok(
      message.includes(
        'posts/2025-06-02-impossible-date.md:4: date "2025-13-45T99:00:00" is not a valid date. Use YYYY-MM-DD, YYYY-MM-DDTHH:MM:SS or YYYY-MM-DD HH:MM:SS +0000.',
      ),
    );
  });

  it("report a title that is not text, with its line", () => {
    assert.ok(
      message.includes('posts/2025-06-03-list-title.md:2: title must be text, such as title: "My first post".'),
    );
  });

  it("refuse ---js front matter without running it", () => {
    assert.match(
      message,
      /posts\/2025-06-04-js-front-matter\.md:1: front matter is marked "---js", but only YAML front matter is read/,
    );
    assert.equal((globalThis as { BLOG_FRONT_MATTER_RAN?: string }).BLOG_FRONT_MATTER_RAN, undefined);
  });

  it("refuse a permalink that leaves the output folder", () => {
    assert.match(
      message,
      /posts\/2025-06-05-escaping-permalink\.md:4: permalink "\/\.\.\/\.\.\/outside\/" would be written outside the site's folder/,
    );
  });

  it("name both files when two posts would write the same URL", () => {
    assert.match(
      message,
      /posts\/2025-06-07-same-url-b\.md:4: its URL \/same\/ is also the URL of posts\/2025-06-06-same-url-a\.md\. Give one of them another permalink/,
    );
  });

  it("report an invalid last_modified_at and a quoted boolean with the keys' lines", () => {
    assert.ok(
      message.includes(
        'posts/2025-06-08-bad-updated.md:4: last_modified_at "someday" is not a valid date. Use YYYY-MM-DD, YYYY-MM-DDTHH:MM:SS or YYYY-MM-DD HH:MM:SS +0000.',
      ),
    );
    assert.match(message, /posts\/2025-06-08-bad-updated\.md:5: published must be true or false/);
  });
});

describe("a failed or repeated build", () => {
  function copyFixture(name: string): string {
    const root = newOutputFolder(`${name}-copy`);
    cpSync(path.join(FIXTURES, name), root, { recursive: true });
    return root;
  }

  it("leaves the previous site exactly as it was when it fails", async () => {
    const root = copyFixture("visibility");
    const output = path.join(root, "_site");
    const first = await buildFixture(root, { output });
    assert.ok(first.result.ok);
    const before = first.files().map((file) => [file, first.page(file.replace(/index\.html$/, ""))]);
    writeFileSync(path.join(root, "posts", "2025-04-09-broken.md"), "---\ntitle: [unclosed\n---\nBody\n");
    const failed = await buildFixture(root, { output });
    assert.equal(failed.result.ok, false);
    assert.deepEqual(
      failed.files().map((file) => [file, failed.page(file.replace(/index\.html$/, ""))]),
      before,
    );
  });

  it("leaves no stale page of a deleted post", async () => {
    const root = copyFixture("visibility");
    const output = path.join(root, "_site");
    mkdirSync(path.join(root, "posts", "extra"), { recursive: true });
    writeFileSync(
      path.join(root, "posts", "extra", "2025-04-05-temporary.md"),
      "---\ntitle: Temporary\ntags: [gone]\n---\nBody\n",
    );
    const first = await buildFixture(root, { output });
    assert.ok(first.result.ok);
    assert.ok(first.has("/2025/04/05/temporary/"));
    assert.ok(first.has("/tags/gone/"));
    rmSync(path.join(root, "posts", "extra"), { recursive: true });
    const second = await buildFixture(root, { output });
    assert.ok(second.result.ok);
    assert.ok(!second.has("/2025/04/05/temporary/"));
    assert.ok(!second.has("/tags/gone/"));
    assert.doesNotMatch(second.page("/"), /Temporary/);
  });
});
