// Standalone pages (`pages/about.md` → `/about/`): their own layout, in the nav and the sitemap, and
// read and checked like posts (the same errors naming file, line and field; the same link check).
import assert from "node:assert/strict";
import path from "node:path";
import { describe, it } from "node:test";
import { DateTime } from "luxon";
import { runCheck } from "../../src/check/run-check.ts";
import { resolveSite } from "../../src/site.ts";
import { POST_LAYOUT_NAMES } from "../../src/posts/layout-names.ts";
import { buildFixture, FIXTURES } from "../helpers/fixture-site.ts";
import { dom, text } from "../helpers/dom.ts";

describe("standalone pages", () => {
  it("are built at their file's name with their own layout: no byline, share row or lists", async () => {
    const site = await buildFixture("theme");
    const page = dom(site.page("/about/"));
    assert.equal(text(page.byClass("post__title")[0]), "About this fixture");
    assert.equal(text(page.byClass("post__lede")[0]), "A page, not a post.");
    assert.equal(page.byClass("share").length, 0);
    assert.equal(page.byClass("post-card").length, 0);
    assert.equal(page.byTag("h2").map(text)[0], "Who");
    assert.match(site.page("/sitemap.xml"), /<loc>http:\/\/localhost:8080\/about\/<\/loc>/);
    // Not a post: in no list, feed or archive.
    assert.doesNotMatch(site.page("/feed.xml"), /About this fixture/);
    assert.ok(!dom(site.page("/archives/")).byClass("archive-list").map(text).join(" ").includes("About this fixture"));
    assert.doesNotMatch(site.page("/"), /class="post-card__title"><a href="\/about\/"/);
  });

  it("stop the build with the post reader's errors, naming the page's file, line and field", async () => {
    const site = await buildFixture("pages-errors");
    assert.equal(site.result.ok, false);
    assert.match(
      site.result.ok ? "" : site.result.message,
      /pages\/broken\.md:3: draft must be true or false \(written without quotes\)\./,
    );
  });

  it("are checked like posts: `check` finds a broken link in a page", async () => {
    const report = await runCheck({
      site: resolveSite({}),
      root: path.join(FIXTURES, "pages-errors"),
      now: DateTime.fromISO("2026-01-01T00:00:00Z"),
      layouts: POST_LAYOUT_NAMES,
    });
    const found = report.diagnostics.map(({ file, line, rule }) => `${file}:${line} ${rule}`);
    assert.ok(found.includes("pages/broken.md:3 content"), found.join("\n"));
    assert.ok(
      found.some((entry) => /^pages\/links\.md:\d+ broken-link$/.test(entry)),
      found.join("\n"),
    );
  });
});
