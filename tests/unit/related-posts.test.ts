// Related posts are ranked by shared tags, then shared categories, then date: the same list on every build.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Post } from "../../src/posts/post.ts";
import { relatedPostsFinder } from "../../src/taxonomy/related.ts";
import { buildTaxonomy } from "../../src/taxonomy/terms.ts";

/** Only what ranking reads; `posts` below are in the site's newest-first order. */
function post(title: string, categories: string[], tags: string[] = []): Post {
  return { title, categories, tags } as unknown as Post;
}

function related(posts: Post[], subject: Post, limit: number): string[] {
  return relatedPostsFinder(posts, buildTaxonomy(posts))(subject, limit).map((found) => found.title);
}

describe("related posts", () => {
  const subject = post("subject", ["Chips", "Korea"], ["ai"]);
  const posts = [
    post("newest, one category", ["Chips"]),
    post("other category", ["Travel"]),
    subject,
    post("both categories", ["korea", "Chips"]), // names match case-insensitively
    post("shares the tag only", ["Travel"], ["AI"]),
    post("oldest, one category", ["Korea"]),
  ];

  it("ranks a shared tag first, then two shared categories, then one, newer first", () => {
    assert.deepEqual(related(posts, subject, 10), [
      "shares the tag only",
      "both categories",
      "newest, one category",
      "oldest, one category",
    ]);
  });

  it("keeps only the best ones up to the limit, and none for a limit of 0", () => {
    assert.deepEqual(related(posts, subject, 2), ["shares the tag only", "both categories"]);
    assert.deepEqual(related(posts, subject, 0), []);
  });

  it("offers nothing for a post that shares no term", () => {
    const alone = post("alone", ["Elsewhere"], ["nothing"]);
    assert.deepEqual(related([...posts, alone], alone, 3), []);
  });

  it("fills from a single category with its newest posts once too few share a tag", () => {
    const single = post("single", ["Chips"], ["rare"]);
    const cluster = [
      post("c1", ["Chips"]),
      single,
      post("c2", ["Chips"]),
      post("c3", ["Chips"]),
      post("tagged", ["Travel"], ["rare"]),
    ];
    assert.deepEqual(related(cluster, single, 3), ["tagged", "c1", "c2"]);
  });
});
