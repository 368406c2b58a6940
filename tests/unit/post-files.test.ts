// The one walk that finds post files: what the build reads, and what the importer sees in a Jekyll `_posts` folder.
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { findPostFiles, isPostFile, readPostFolder } from "../../src/posts/post-files.ts";
import { importedName } from "../../src/jekyll-import/jekyll-files.ts";

let dir: string;
const relative = (files: readonly string[]) => files.map((file) => path.relative(dir, file).split(path.sep).join("/"));

before(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "post-files-"));
  const files = [
    "2016-01-05-b.md",
    "2016-01-05-a.markdown",
    "2016-01-06-upper.MD",
    "notes.txt",
    "2016-01-07-old.mkd",
    ".2016-01-05-hidden.md",
    "_2016-01-05-underscored.md",
    "_drafts/2016-01-05-draft.md",
    ".git/2016-01-05-x.md",
    "news/_posts/2016-01-05-news.md",
    "_posts/sub/2016-01-05-sub.md",
    "sub/_private/2016-01-05-private.md",
    "sub/.cache/2016-01-05-cached.md",
    "sub/deeper/2016-01-05-deep.md",
  ];
  for (const file of files) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), "---\ntitle: x\n---\n");
  }
  symlinkSync(path.join(dir, "2016-01-05-b.md"), path.join(dir, "2016-01-05-link.md"));
  symlinkSync(path.join(dir, "sub"), path.join(dir, "linked-folder"), "dir");
  symlinkSync(path.join(dir, "sub"), path.join(dir, "_drafts", "linked"), "dir");
});

after(() => rmSync(dir, { recursive: true, force: true }));

describe("post files", () => {
  it("finds .md and .markdown files in any folder, sorted, skipping names that start with . or _ except _posts", async () => {
    assert.deepEqual(relative(await findPostFiles(dir)), [
      "2016-01-05-a.markdown",
      "2016-01-05-b.md",
      "2016-01-06-upper.MD",
      "_posts/sub/2016-01-05-sub.md",
      "news/_posts/2016-01-05-news.md",
      "sub/deeper/2016-01-05-deep.md",
    ]);
  });

  it("lists links apart, and never walks through them", async () => {
    const folder = await readPostFolder(dir);
    assert.deepEqual(relative(folder.links), ["2016-01-05-link.md", "linked-folder"]);
    assert.ok(!relative(folder.files).some((file) => file.startsWith("linked-folder/")));
  });

  it("gives the importer every file under the same rules, so it can say what it did not import", async () => {
    const folder = await readPostFolder(dir, { everyFile: true });
    assert.deepEqual(relative(folder.files), [
      "2016-01-05-a.markdown",
      "2016-01-05-b.md",
      "2016-01-06-upper.MD",
      "2016-01-07-old.mkd",
      "_posts/sub/2016-01-05-sub.md",
      "news/_posts/2016-01-05-news.md",
      "notes.txt",
      "sub/deeper/2016-01-05-deep.md",
    ]);
    assert.deepEqual(
      relative(folder.files).map((file) => importedName(file)),
      [
        "2016-01-05-a.markdown",
        "2016-01-05-b.md",
        "2016-01-06-upper.MD",
        "2016-01-07-old.md",
        "_posts/sub/2016-01-05-sub.md",
        "news/_posts/2016-01-05-news.md",
        undefined,
        "sub/deeper/2016-01-05-deep.md",
      ],
    );
  });

  it("names post files by extension, in any case", () => {
    assert.ok(isPostFile("a.md") && isPostFile("a.MARKDOWN") && !isPostFile("a.mkd") && !isPostFile("a.md~"));
  });
});
