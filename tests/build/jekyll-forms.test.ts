// Jekyll's ways of writing front matter all build, normalised to the same pages.
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { buildFixture, type BuiltSite } from "../helpers/fixture-site.ts";

describe("Jekyll front matter forms", () => {
  let site: BuiltSite;
  before(async () => {
    site = await buildFixture("jekyll-forms");
    assert.ok(site.result.ok, site.result.ok ? "" : site.result.message);
  });

  it("splits a category string on spaces, as Jekyll does", () => {
    for (const url of ["/categories/business/", "/categories/tech/", "/tags/ai/", "/tags/chips/"]) {
      assert.ok(site.page(url).includes('href="/2025/01/05/string-categories/"'), url);
    }
  });

  it("reads the singular category and tag as one name each", () => {
    assert.match(site.page("/categories/elixir-in-production/"), /Posts in “Elixir in Production”/);
    assert.match(site.page("/tags/functional-programming/"), /Posts tagged “Functional Programming”/);
  });

  it("takes the date from the file name when the front matter has none", () => {
    assert.match(
      site.page("/2025/01/07/date-from-file-name/"),
      /<time datetime="2025-01-07T00:00:00.000Z"[^>]*>January 7, 2025<\/time>/,
    );
  });

  it("drops empty and null names and reads a number as a name", () => {
    assert.ok(site.has("/tags/2025/"));
    const categories = site.page("/categories/");
    assert.doesNotMatch(categories, /href="\/categories\/null\/"/);
    assert.match(
      site.page("/2025/01/07/date-from-file-name/"),
      /Categories: <\/span><a class="chip" href="\/categories\/tech\/" data-pagefind-meta="category">Tech<\/a><\/p>/,
    );
  });

  it("keeps the exact instant of an offset date, and shows, archives and dates its URL in the site's zone as Jekyll does", () => {
    // 2025-12-31 23:30 -0800 is 1 January 2026 in UTC, the site's zone: Jekyll's URL says 2026/01/01.
    const html = site.page("/2026/01/01/offset-date/");
    assert.match(html, /<time datetime="2026-01-01T07:30:00.000Z"[^>]*>January 1, 2026<\/time>/);
    assert.match(site.page("/2026/01/"), /\/2026\/01\/01\/offset-date\//);
    assert.ok(!site.has("/2025/12/31/offset-date/"));
  });

  it("sorts by the exact instant: the offset post is the newest", () => {
    const home = site.page("/");
    assert.ok(home.indexOf("/2026/01/01/offset-date/") < home.indexOf("/2025/01/10/more-separator/"));
  });

  it("reads a file with a byte order mark and CRLF line endings", () => {
    const html = site.page("/2025/01/08/bom-and-crlf/");
    assert.match(html, /<h1 class="post__title">BOM and CRLF<\/h1>/);
    assert.match(
      html,
      /<p>A file saved by a Windows editor: byte order mark and CRLF line endings.<\/p>\n<p>Second paragraph.<\/p>/,
    );
  });

  it("builds .markdown files in subfolders", () => {
    assert.match(site.page("/2024/06/01/old-post/"), /An old .markdown post in a subfolder/);
  });

  it("honours a per-post permalink with placeholders", () => {
    assert.ok(site.has("/about/custom-permalink/"));
    assert.ok(!site.has("/2025/01/09/custom-permalink/"));
  });

  it("uses the text before <!--more--> as the excerpt, as plain text", () => {
    const home = site.page("/");
    assert.match(
      home,
      /<p class="post-card__excerpt">The teaser paragraph, with a link. And a second teaser paragraph.<\/p>/,
    );
    assert.match(
      site.page("/2025/01/08/bom-and-crlf/"),
      /<meta name="description" content="A file saved by a Windows editor: byte order mark and CRLF line endings."\/>/,
    );
  });

  it("follows a site-wide Jekyll permalink pattern", async () => {
    const patterned = await buildFixture("jekyll-forms", { site: { permalink: "/:categories/:year/:title.html" } });
    assert.ok(patterned.result.ok);
    assert.ok(patterned.has("/business/tech/2025/string-categories.html"));
    assert.ok(patterned.has("/2024/old-post.html"));
    assert.ok(patterned.page("/").includes('href="/business/tech/2025/string-categories.html"'));
  });
});
