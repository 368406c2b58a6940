// Archives: a page per year and per month, paginated, linked from post dates and from an archive index.
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { buildFixture, type BuiltSite } from "../helpers/fixture-site.ts";

/** Post URLs listed on a list page, in order. */
function listed(html: string): string[] {
  return [...html.matchAll(/<h2 class="post-card__title"><a href="([^"]+)">/g)].map((match) => match[1]!);
}

describe("archives", () => {
  let site: BuiltSite;
  before(async () => {
    site = await buildFixture("reader", { site: { postsPerPage: 3 } });
  });

  it("has a page per year and per month with posts, and none for empty months or drafts", () => {
    const archives = site.files().filter((file) => /^\/\d{4}\/(\d{2}\/)?(page\/\d+\/)?index\.html$/.test(file));
    assert.deepEqual(archives, [
      "/2024/12/index.html",
      "/2024/index.html",
      "/2025/01/index.html",
      "/2025/02/index.html",
      "/2025/02/page/2/index.html",
      "/2025/02/page/3/index.html",
      "/2025/03/index.html",
      "/2025/index.html",
      "/2025/page/2/index.html",
      "/2025/page/3/index.html",
      "/2025/page/4/index.html",
    ]);
  });

  it("lists a month's posts newest first, postsPerPage at a time", () => {
    assert.match(site.page("/2025/02/"), /<h1 class="list-header__title">February 2025<\/h1>/);
    assert.match(site.page("/2025/02/"), /<span class="list-header__count">8 posts<\/span>/);
    assert.deepEqual(listed(site.page("/2025/02/")), [
      "/2025/02/16/unrelated/",
      "/2025/02/15/category-only/",
      "/2025/02/14/one-tag-newer/",
    ]);
    assert.deepEqual(listed(site.page("/2025/02/page/3/")), ["/2025/02/10/subject/", "/2025/02/02/japanese/"]);
    assert.match(site.page("/2025/02/page/3/"), /Page 3 of 3/);
  });

  it("lists a year's posts across its months, with links to each month", () => {
    const year = site.page("/2025/");
    assert.match(year, /<h1 class="list-header__title">2025<\/h1>/);
    assert.match(year, /<span class="list-header__count">11 posts<\/span>/);
    assert.deepEqual(listed(year), ["/2025/03/01/newest/", "/2025/02/16/unrelated/", "/2025/02/15/category-only/"]);
    assert.match(year, /<a class="chip" href="\/2025\/02\/">February <span class="count">8<\/span><\/a>/);
    assert.deepEqual(listed(site.page("/2025/page/4/")), ["/2025/01/20/long-read/", "/2025/01/05/code-sample/"]);
  });

  it("has an index of every year with its count and every month with its posts' titles, newest first", () => {
    const index = site.page("/archives/");
    const years = [...index.matchAll(/<a href="(\/\d{4}\/)">\d{4}<\/a> <span class="count">(\d+) posts?</g)];
    assert.deepEqual(
      years.map((match) => `${match[1]} ${match[2]}`),
      ["/2025/ 11", "/2024/ 1"],
    );
    const months = [...index.matchAll(/<h3 class="archive-month__title"><a href="(\/\d{4}\/\d{2}\/)">/g)];
    assert.deepEqual(
      months.map((match) => match[1]),
      ["/2025/03/", "/2025/02/", "/2025/01/", "/2024/12/"],
    );
    assert.equal(index.match(/<ol class="archive-list">/g)?.length, 4);
    assert.equal(
      [...index.matchAll(/<ol class="archive-list">[\s\S]*?<\/ol>/g)]
        .map((list) => list[0].match(/<li>/g)?.length ?? 0)
        .join(","),
      "1,8,2,1",
    );
  });

  it("is linked from every post's date, and from the header", () => {
    assert.match(
      site.page("/2025/01/20/long-read/"),
      /<a class="date-link" href="\/2025\/01\/"><time datetime="2025-01-20T10:00:00.000Z"[^>]*>January 20, 2025<\/time><\/a>/,
    );
    assert.match(site.page("/"), /<a href="\/archives\/">Archives<\/a>/);
  });
});
