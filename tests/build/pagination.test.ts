// Lists are split into pages with previous/next links: the home page and every term page.
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { buildFixture, type BuiltSite } from "../helpers/fixture-site.ts";

describe("pagination", () => {
  let site: BuiltSite;
  before(async () => {
    site = await buildFixture("pagination", { site: { postsPerPage: 2 } });
    assert.ok(site.result.ok);
  });

  it("splits the home page into /, /page/2/ and /page/3/, newest first", () => {
    assert.deepEqual(
      site.files().filter((file) => /^\/(page\/\d+\/)?index.html$/.test(file)),
      ["/index.html", "/page/2/index.html", "/page/3/index.html"],
    );
    const first = site.page("/");
    assert.ok(first.indexOf("Post 05") < first.indexOf("Post 04"));
    assert.doesNotMatch(first, /Post 03/);
    assert.match(site.page("/page/3/"), /Post 01/);
  });

  it("links each page to its neighbours and says where the reader is", () => {
    const middle = site.page("/page/2/");
    assert.match(middle, /<a class="pager__previous" href="\/" rel="prev">/);
    assert.match(middle, /<a class="pager__next" href="\/page\/3\/" rel="next">/);
    assert.match(middle, /Page 2 of 3/);
    assert.doesNotMatch(site.page("/"), /pager__previous/);
    assert.doesNotMatch(site.page("/page/3/"), /pager__next/);
  });

  it("paginates category and tag pages the same way", () => {
    assert.ok(site.has("/categories/series/page/3/"));
    assert.ok(site.has("/tags/counting/page/2/"));
    assert.match(
      site.page("/tags/counting/page/2/"),
      /<a class="pager__previous" href="\/tags\/counting\/" rel="prev">/,
    );
  });

  it("links each post to the next older and newer posts", () => {
    const middle = site.page("/2025/07/03/post-03/");
    assert.match(
      middle,
      /href="\/2025\/07\/02\/post-02\/" rel="prev"><span class="post-nav__label">← Older post<\/span><span class="post-nav__title">Post 02<\/span>/,
    );
    assert.match(
      middle,
      /href="\/2025\/07\/04\/post-04\/" rel="next"><span class="post-nav__label">Newer post →<\/span><span class="post-nav__title">Post 04<\/span>/,
    );
    assert.doesNotMatch(site.page("/2025/07/05/post-05/"), /rel="next"/);
    assert.doesNotMatch(site.page("/2025/07/01/post-01/"), /post-nav__older/);
  });
});
