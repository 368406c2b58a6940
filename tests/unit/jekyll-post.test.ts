// A post read as Jekyll reads it: file names, derived titles, defaults, near-miss keys and repeated keys.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { ContentError } from "../../src/problems/content-error.ts";
import { formatProblem } from "../../src/problems/problem.ts";
import { applyDefaults } from "../../src/posts/front-matter-defaults.ts";
import { fileNameStem, titleFromFileName } from "../../src/posts/jekyll.ts";
import { editDistance } from "../../src/did-you-mean.ts";
import { suggestKey } from "../../src/posts/key-typos.ts";
import { createMarkdown } from "../../src/posts/markdown.ts";
import { createPost, type Post, type PostContext } from "../../src/posts/post.ts";
import { KNOWN_KEYS, frontMatterValidator } from "../../src/posts/schema.ts";

const markdown = createMarkdown();

function read(source: string, text: string, extra: Partial<PostContext> = {}): Post | ContentError[] {
  return createPost(source, text, {
    timeZone: "UTC",
    permalink: "/:year/:month/:day/:title/",
    markdown,
    validate: frontMatterValidator({ timeZone: "UTC" }),
    postsDir: "posts",
    ...extra,
  });
}

function post(source: string, text: string, extra: Partial<PostContext> = {}): Post {
  const result = read(source, text, extra);
  assert.ok(
    !Array.isArray(result),
    Array.isArray(result) ? result.map((error) => formatProblem(error)).join("\n") : "",
  );
  return result;
}

describe("Jekyll file names and titles", () => {
  it("reads unpadded dates in file names, as Jekyll does", () => {
    const unpadded = post("posts/2016-1-05-slug.md", "---\ntitle: T\n---\nBody\n");
    assert.equal(unpadded.date.toISODate(), "2016-01-05");
    assert.equal(unpadded.slug, "slug");
    assert.equal(unpadded.url, "/2016/01/05/slug/");
    assert.equal(fileNameStem("posts/2020-3-9-x.markdown"), "x");
  });

  it("titles a post from its file name as Jekyll's titleize_slug does, and notes it for check", () => {
    assert.equal(titleFromFileName("posts/2020-03-08-the-ios-and-a-mac.md"), "The Ios And A Mac");
    assert.equal(titleFromFileName("posts/2020-03-04-hello-world_again-c++-ÉTÉ.md"), "Hello World_again C++ Été");
    assert.equal(titleFromFileName("posts/2020-3-9-x.md"), "X");
    const untitled = post("posts/2024-04-01-the-ios-way.md", "---\ntags: [a]\n---\nBody\n");
    assert.equal(untitled.title, "The Ios Way");
    assert.deepEqual(
      untitled.notices.map((notice) => notice.rule),
      ["derived-title"],
    );
  });
});

describe("near-miss keys", () => {
  it("counts swaps of neighbours as one edit", () => {
    assert.equal(editDistance("tgas", "tags"), 1);
    assert.equal(editDistance("titel", "title"), 1);
    assert.equal(editDistance("catgories", "categories"), 1);
    assert.equal(editDistance("abc", "xyz"), 3);
  });

  it("suggests the key meant, and leaves known and theme keys alone", () => {
    const suggest = (key: string) => suggestKey(key, KNOWN_KEYS);
    assert.equal(suggest("draf"), "draft");
    assert.equal(suggest("dte"), "date");
    assert.equal(suggest("catgories"), "categories");
    assert.equal(suggest("tgas"), "tags");
    assert.equal(suggest("titel"), "title");
    assert.equal(suggest("publised"), "published");
    assert.equal(suggest("permlink"), "permalink");
    assert.equal(suggest("exerpt"), "excerpt");
    assert.equal(suggest("Title"), "title");
    assert.equal(suggest("publshd"), "published"); // two edits in a key of 7 letters
    for (const key of [
      "tags",
      "comments",
      "share",
      "header",
      "toc_sticky",
      "sidebar",
      "classes",
      "feature",
      "rating",
    ]) {
      assert.equal(suggest(key), undefined, key);
    }
    assert.equal(suggest("dat"), "date");
    assert.equal(suggest("xyz"), undefined);
  });

  it("are kept as data and noted on the post, with their lines", () => {
    const typo = post("posts/2024-08-01-typo.md", "---\ntitle: T\ndraf: true\n---\nBody\n");
    assert.equal(typo.draft, false);
    assert.deepEqual(typo.extra, { draf: true });
    assert.deepEqual(
      typo.notices.map(({ rule, line }) => `${rule}:${line}`),
      ["key-typo:3"],
    );
  });
});

describe("repeated keys", () => {
  it("keep the last value and note every line", () => {
    const repeated = post("posts/2024-05-01-x.md", "---\ntitle: A\ntitle: B\ntitle: C\n---\nBody\n");
    assert.equal(repeated.title, "C");
    assert.equal(repeated.fieldLines.get("title"), 4);
    assert.deepEqual(repeated.notices, [
      {
        rule: "duplicate-key",
        field: "title",
        line: 4,
        message:
          '"title" is written 3 times, on lines 2, 3 and 4: the last one is used, as in Jekyll. Remove the lines not meant.',
      },
    ]);
  });
});

describe("front matter defaults", () => {
  const defaults = [
    { scope: { path: "" }, values: { layout: "post", header: { overlay_color: "#333", teaser: "/all.jpg" } } },
    { scope: { path: "news" }, values: { author: "news-desk" } },
    { scope: { path: "news/2024" }, values: { author: "archivist" } },
    { scope: { path: "news" }, values: { author: "later" } },
    { scope: { path: "*/drafts" }, values: { draft: true } },
    { scope: { path: "news", type: "pages" }, values: { author: "pages only" } },
  ];

  it("apply by folder, the longer path and then the later entry winning, under the post's own keys", () => {
    assert.deepEqual(applyDefaults({}, "news/x.md", defaults).data.author, "later");
    assert.deepEqual(applyDefaults({}, "news/2024/x.md", defaults).data.author, "archivist");
    assert.deepEqual(applyDefaults({}, "newsletter/x.md", defaults).data.author, undefined);
    assert.deepEqual(applyDefaults({ author: "me" }, "news/x.md", defaults).data.author, "me");
    assert.equal(applyDefaults({}, "a/drafts/x.md", defaults).data.draft, true);
    assert.equal(applyDefaults({}, "a/b/drafts/x.md", defaults).data.draft, undefined);
    const merged = applyDefaults({ header: { teaser: "/own.jpg" } }, "x.md", defaults);
    assert.deepEqual(merged.data.header, { overlay_color: "#333", teaser: "/own.jpg" });
    assert.deepEqual([...merged.fromDefaults.keys()], ["layout"]);
  });

  it("name the setting when a default's value is wrong, and the post's line when its own is", () => {
    const errors = read("posts/news/2024-01-01-x.md", "---\ntitle: T\n---\nBody\n", {
      defaults: [{ scope: { path: "news" }, values: { date: "someday" } }],
    });
    assert.ok(Array.isArray(errors));
    assert.deepEqual(
      errors.map((error) => formatProblem(error)),
      [
        'posts/news/2024-01-01-x.md: date "someday" is not a valid date. Use YYYY-MM-DD, YYYY-MM-DDTHH:MM:SS or YYYY-MM-DD HH:MM:SS +0000. (The value comes from site.config.ts: defaults[0].values.date.)',
      ],
    );
    const own = read("posts/news/2024-01-01-x.md", "---\ntitle: T\ndate: never\n---\nBody\n", {
      defaults: [{ scope: { path: "news" }, values: { date: "someday" } }],
    });
    assert.ok(Array.isArray(own));
    assert.match(formatProblem(own[0]!), /^posts\/news\/2024-01-01-x\.md:3: date "never" is not a valid date/);
  });
});
