// One careless or hostile post cannot tie up a build: past a limit (a setting) it is a content error naming the
// file, the line, the limit and the setting; within the limits such posts build.
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { htmlDepth } from "../../src/posts/limits.ts";
import { buildFixture, newOutputFolder } from "../helpers/fixture-site.ts";

/** A project whose posts folder holds the given files. */
function project(posts: Record<string, string>): string {
  const root = path.join(newOutputFolder("limits"), "project");
  mkdirSync(path.join(root, "posts"), { recursive: true });
  for (const [name, text] of Object.entries(posts)) writeFileSync(path.join(root, "posts", name), text);
  return root;
}

const post = (title: string, frontMatter: string, body: string) =>
  `---\ntitle: "${title}"\ndate: 2025-01-01\n${frontMatter}---\n\n${body}\n`;

const HOSTILE = {
  "2025-01-01-deep.md": post("Deep", "", `${"<div>".repeat(50_000)}x${"</div>".repeat(50_000)}`),
  "2025-01-02-tags.md": post(
    "Tags",
    `tags: [${Array.from({ length: 20_000 }, (_, i) => `t${i}`).join(", ")}]\n`,
    "Body.",
  ),
  "2025-01-03-huge.md": post("Huge", "", "word ".repeat(600_000)),
  "2025-01-04-aliases.md": post(
    "Aliases",
    [
      "a: &a [x, x, x, x, x, x, x, x, x]",
      ...Array.from("bcdefghi", (name, i) => `${name}: &${name} [${`*${"abcdefgh"[i]}, `.repeat(8)}*${"abcdefgh"[i]}]`),
      "extra: *i",
      "",
    ].join("\n"),
    "Body.",
  ),
};

describe("post limits", () => {
  it("refuses each post over a limit, naming file, line, limit and setting, in seconds", async () => {
    const started = performance.now();
    const site = await buildFixture(project(HOSTILE), { site: { search: false } });
    assert.ok((performance.now() - started) / 1000 < 60, "the build did not stop early");
    assert.equal(site.result.ok, false);
    const message = site.result.ok ? "" : site.result.message;
    assert.match(message, /The site was not built: 4 content errors\./);
    assert.match(
      message,
      /posts\/2025-01-01-deep\.md:6: the body nests HTML elements more than 512 deep, the limit\. Close the elements it opens, or raise limits\.htmlDepth in site\.config\.ts\./,
    );
    assert.match(
      message,
      /posts\/2025-01-02-tags\.md:4: the post has 20000 categories and tags, over the limit of 200\. .* raise limits\.termsPerPost in site\.config\.ts\./,
    );
    assert.match(
      message,
      /posts\/2025-01-03-huge\.md: the file is 3000\d+ bytes, over the limit of 2000000\. Split the post, or raise limits\.postBytes/,
    );
    assert.match(
      message,
      /posts\/2025-01-04-aliases\.md: front matter holds more than 100000 values once its YAML aliases \(\*name\) are followed\./,
    );
    assert.doesNotMatch(message, /\n\s+at /);
  });

  it("builds the same posts when the site raises its limits", async () => {
    const root = project({
      "2025-01-01-deep.md": post("Deep", "", `${"<div>".repeat(600)}x${"</div>".repeat(600)}`),
      "2025-01-02-tags.md": post(
        "Tags",
        `tags: [${Array.from({ length: 250 }, (_, i) => `t${i}`).join(", ")}]\n`,
        "Body.",
      ),
    });
    const site = await buildFixture(root, { site: { search: false, limits: { htmlDepth: 1000, termsPerPost: 300 } } });
    assert.ok(site.result.ok, site.result.ok ? "" : site.result.message);
    assert.ok(site.has("/tags/t249/"));
  });
});

describe("htmlDepth", () => {
  it("counts nested elements, not void ones, self-closed ones or ones HTML closes itself", () => {
    assert.equal(htmlDepth("<div><section><p>a</p></section></div>").depth, 3);
    assert.equal(htmlDepth("<div><br><img src=x><hr/><input type='a>b'></div>").depth, 1);
    assert.equal(htmlDepth("<ul><li>a<li>b<li>c</ul>").depth, 2);
    assert.equal(htmlDepth(`${"<p>para ".repeat(1000)}`).depth, 1);
    assert.equal(htmlDepth("<div><span></div></div></div><div></div>").depth, 2);
    assert.equal(htmlDepth("text with a < b and <!-- <div> --> no tags").depth, 1);
  });

  it("stops past the limit it is given", () => {
    assert.deepEqual(htmlDepth("<i>".repeat(100_000), 10), { depth: 11, index: 30 });
  });
});
