// The taxonomy: one pass over the posts, case variants merged, distinct names kept distinct.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parsePostDate } from "../../src/dates.ts";
import type { Post } from "../../src/posts/post.ts";
import { buildTaxonomy, uniqueSlugs } from "../../src/taxonomy/terms.ts";

function post(source: string, categories: string[], tags: string[]): Post {
  return {
    source,
    title: source,
    date: parsePostDate("2025-01-01", "UTC")!,
    excerpt: "",
    slug: source,
    url: `/${source}/`,
    body: "",
    bodyLine: 1,
    fieldLines: new Map(),
    layout: "post",
    draft: false,
    categories,
    tags,
    extra: {},
    toc: false,
    authors: [],
    image: undefined,
    description: undefined,
    layoutName: undefined,
    updated: undefined,
    hidden: false,
    featured: false,
    notices: [],
    permalink: undefined,
    redirectFrom: [],
    redirectTo: undefined,
  };
}

describe("buildTaxonomy", () => {
  const posts = [
    post("a", ["Tech"], ["AI", "chips"]),
    post("b", ["tech", "Business"], ["ai", "AI"]),
    post("c", [], ["ai"]),
  ];
  const taxonomy = buildTaxonomy(posts);

  it("merges case variants under the most used spelling", () => {
    assert.deepEqual(
      taxonomy.tags.map((term) => [term.name, term.slug, term.posts.map((p) => p.source)]),
      [
        ["ai", "ai", ["a", "b", "c"]],
        ["chips", "chips", ["a"]],
      ],
    );
    assert.deepEqual(
      taxonomy.categories.map((term) => term.name),
      ["Business", "Tech"],
    );
  });

  it("finds a post's term by any spelling", () => {
    assert.equal(taxonomy.term("tag", "Ai").slug, "ai");
    assert.throws(() => taxonomy.term("tag", "missing"), /No tag named "missing"/);
  });
});

describe("uniqueSlugs", () => {
  it("keeps the plain slug for the name that reads as it, and suffixes the others by their own name", () => {
    const [plain, spaced] = uniqueSlugs(["machine-learning", "machine learning"]);
    assert.equal(plain, "machine-learning");
    assert.match(spaced!, /^machine-learning-[0-9a-f]{6}$/);
    assert.equal(uniqueSlugs(["machine learning", "machine-learning", "zzz"])[0], spaced);
  });

  it("gives distinct names distinct slugs", () => {
    const names = ["c++", "c#", "c", "a.i.", "a i", "???", "!!!"];
    assert.equal(new Set(uniqueSlugs(names)).size, names.length);
  });
});
