// From a post, a reader moves to the older and newer posts, and to related ones by shared tags and categories.
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { buildFixture, type BuiltSite } from "../helpers/fixture-site.ts";

const NEWEST = "/2025/03/01/newest/";
const OLDEST = "/2024/12/20/winter-notes/";

/** The post-nav links of a page, as "older <url>" / "newer <url>". */
function neighbours(html: string): string[] {
  const nav = /<nav class="post-nav"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? "";
  return [...nav.matchAll(/class="post-nav__link post-nav__(older|newer)" href="([^"]+)"/g)].map(
    (match) => `${match[1]} ${match[2]}`,
  );
}

/** Titles of the related posts listed under a post, in order. */
function related(html: string): string[] {
  const aside = /<aside class="related"[\s\S]*?<\/aside>/.exec(html)?.[0] ?? "";
  return [...aside.matchAll(/<h3 class="post-card__title"><a href="[^"]+">([^<]+)<\/a>/g)].map((match) => match[1]!);
}

describe("older and newer posts", () => {
  let site: BuiltSite;
  before(async () => {
    site = await buildFixture("reader", { site: { relatedPosts: 4 } });
  });

  it("the newest post links only to the one before it", () => {
    assert.deepEqual(neighbours(site.page(NEWEST)), ["older /2025/02/16/unrelated/"]);
  });

  it("the oldest post links only to the one after it", () => {
    assert.deepEqual(neighbours(site.page(OLDEST)), ["newer /2025/01/05/code-sample/"]);
  });

  it("a post in the middle links both ways, skipping drafts and future posts", () => {
    assert.deepEqual(neighbours(site.page("/2025/02/16/unrelated/")), [
      "older /2025/02/15/category-only/",
      "newer /2025/03/01/newest/",
    ]);
  });

  it("lists related posts by shared tags, then categories, ties going to the newer post", () => {
    // Both tags; one tag and the category; one tag (the newer of two); one tag (older). The post sharing
    // only the category comes fifth, past the limit of 4; the draft sharing everything is never listed.
    assert.deepEqual(related(site.page("/2025/02/10/subject/")), [
      "Both tags",
      "A tag and the category",
      "One tag, newer",
      "One tag, older",
    ]);
  });

  it("offers posts sharing only a category when too few share a tag", () => {
    assert.deepEqual(related(site.page("/2025/02/15/category-only/")), ["A tag and the category", "The subject"]);
  });

  it("lists no related posts for a post that shares nothing", () => {
    assert.doesNotMatch(site.page("/2025/02/16/unrelated/"), /class="related"/);
  });

  it("lists three related posts by default", async () => {
    const defaults = await buildFixture("reader");
    assert.deepEqual(related(defaults.page("/2025/02/10/subject/")), [
      "Both tags",
      "A tag and the category",
      "One tag, newer",
    ]);
  });
});
