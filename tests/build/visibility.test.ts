// Drafts, unpublished and future posts never reach the public site: no page, no link, no count.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { buildFixture } from "../helpers/fixture-site.ts";

describe("drafts, unpublished and future posts", () => {
  it("are absent from pages, lists, term pages and counts", async () => {
    // With search, whose index must not hold them either.
    const site = await buildFixture("visibility", { site: { search: true } });
    assert.ok(site.result.ok);
    assert.deepEqual(
      site.files().filter((file) => file.endsWith("/index.html")),
      [
        "/2025/04/01/public/index.html",
        "/2025/04/index.html",
        "/2025/index.html",
        "/archives/index.html",
        "/categories/index.html",
        "/categories/shown/index.html",
        "/index.html",
        "/search/index.html",
        "/tags/index.html",
        "/tags/visible/index.html",
      ],
    );
    // Pages, feeds, sitemap: no file of any kind mentions the hidden posts or their terms.
    for (const file of site.files()) {
      assert.doesNotMatch(site.page(file.replace(/index\.html$/, "")), /Secret|secret|Hidden|Later|later/, file);
    }
    assert.match(site.page("/categories/"), /Shown<\/span><span class="term-tile__count">1 post<\/span>/);
  });

  it("include future posts when the site says so, and never drafts", async () => {
    const site = await buildFixture("visibility", { site: { includeFuture: true } });
    assert.ok(site.result.ok);
    assert.ok(site.has("/2999/01/01/future/"));
    assert.ok(site.has("/categories/later/"));
    assert.ok(!site.has("/2025/04/02/draft/"));
    assert.ok(!site.has("/2025/04/03/unpublished/"));
    assert.doesNotMatch(site.page("/"), /Secret (draft|unpublished)/);
  });
});
