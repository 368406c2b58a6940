// URL clashes as data: the build's error and the importer's choice of post to leave out are both made from it.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { DateTime } from "luxon";
import { emptyAuthors } from "../../src/authors/load-authors.ts";
import { clashingImports } from "../../src/jekyll-import/url-clashes.ts";
import { assembleBlog } from "../../src/load-blog.ts";
import { formatProblem } from "../../src/problems/problem.ts";
import { compareNewestFirst, postContext } from "../../src/posts/load-posts.ts";
import { createMarkdown } from "../../src/posts/markdown.ts";
import { createPost, type Post } from "../../src/posts/post.ts";
import { POST_LAYOUT_NAMES } from "../../src/posts/layout-names.ts";
import { resolveSite } from "../../src/site.ts";

const site = resolveSite({});
const markdown = createMarkdown();
const context = postContext({ site, root: ".", layouts: POST_LAYOUT_NAMES, markdown });
const now = DateTime.fromISO("2030-01-01T00:00:00Z");

function post(source: string, frontMatter: string): Post {
  const result = createPost(source, `---\ntitle: T\n${frontMatter}---\nBody\n`, context);
  assert.ok(!Array.isArray(result), Array.isArray(result) ? result.map((error) => error.message).join("\n") : "");
  return result;
}

function assemble(posts: Post[]) {
  const sources = {
    posts: [...posts].sort(compareNewestFirst),
    authors: emptyAuthors(site.authorsFile),
    pages: [],
    errors: [],
    markdown,
  };
  return assembleBlog(site, sources, { root: ".", now });
}

describe("URL clashes", () => {
  it("are data naming both files and the URL, and the build's error is made from it", () => {
    const a = post("posts/2025-06-06-a.md", "permalink: /same/\n");
    const b = post("posts/2025-06-07-b.md", "\npermalink: /same/\n");
    const { urlClashes, errors } = assemble([a, b]);
    assert.equal(urlClashes.length, 1);
    const [clash] = urlClashes;
    assert.equal(clash!.url, "/same/");
    assert.deepEqual(
      {
        source: clash!.blamed.source,
        field: clash!.blamed.field,
        line: clash!.blamed.line,
        other: clash!.other.source,
      },
      { source: "posts/2025-06-07-b.md", field: "permalink", line: 4, other: "posts/2025-06-06-a.md" },
    );
    assert.deepEqual(
      errors.map((error) => formatProblem(error)),
      [
        "posts/2025-06-07-b.md:4: its URL /same/ is also the URL of posts/2025-06-06-a.md. Give one of them another permalink (or file name).",
      ],
    );
  });

  it("name a redirect_from as the one to change", () => {
    const a = post("posts/2025-06-06-a.md", "");
    const b = post("posts/2025-06-07-b.md", `redirect_from: ${a.url}\n`);
    const [clash] = assemble([a, b]).urlClashes;
    assert.equal(clash!.blamed.field, "redirect_from");
    assert.equal(clash!.blamed.name, "a redirect_from of posts/2025-06-07-b.md");
    assert.equal(clash!.other.source, "posts/2025-06-06-a.md");
    assert.match(
      assemble([a, b]).errors[0]!.message,
      /Remove that path from redirect_from, or give the other page another URL\.$/,
    );
  });

  it("leave out an imported post, never an existing one, whichever of the two is blamed", () => {
    // The newest post is made first, so `later` is blamed (its clash names `mine`), and `mine` is blamed for `theirs`.
    const existing = post("posts/2025-06-07-mine.md", "permalink: /same/\n");
    const imported = post("posts/2016-02-20-theirs.md", "permalink: /same/\n");
    const later = post("posts/2026-01-01-later.md", "permalink: /same/\n");
    assert.deepEqual(
      [...clashingImports(site, ".", now, [existing], [imported, later])],
      [
        [
          "posts/2026-01-01-later.md",
          "its URL /same/ is also the URL of posts/2025-06-07-mine.md. Give one of them another permalink (or file name).",
        ],
        [
          "posts/2016-02-20-theirs.md",
          "its URL /same/ is also the URL of posts/2025-06-07-mine.md. Give one of them another permalink (or file name).",
        ],
      ],
    );
    assert.deepEqual([...clashingImports(site, ".", now, [existing], [post("posts/2016-01-01-free.md", "")])], []);
  });
});
