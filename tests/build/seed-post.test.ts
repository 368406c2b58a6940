// The seed post, exactly as Jekyll/Mediumish wrote it, builds into the pages a reader expects.
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { buildFixture, type BuiltSite } from "../helpers/fixture-site.ts";

const SEED_URL = "/2025/10/31/nvidia-strikes-bumper-ai-deals-with-asia-tech-giants/";

describe("the seed post", () => {
  let site: BuiltSite;
  before(async () => {
    site = await buildFixture("seed");
  });

  it("builds without errors", () => {
    assert.equal(site.result.ok, true, site.result.ok ? "" : site.result.message);
  });

  it("gets a dated URL from its file name and shows its title, date and author", () => {
    const html = site.page(SEED_URL);
    assert.match(html, /<h1 class="post__title">Big News: Nvidia strikes bumper AI deals with Asia tech giants<\/h1>/);
    assert.match(html, /<time datetime="2025-10-31T11:24:46.000Z"[^>]*>October 31, 2025<\/time>/);
    assert.match(html, /<a href="\/authors\/badely\/" rel="author">badely<\/a>/);
  });

  it("keeps the post's double-encoded pound sign as written", () => {
    assert.match(site.page(SEED_URL), /\$5tn \(Â£3\.8tn\)/);
  });

  it("has no <img> for its featured image, whose file does not exist, and the build warns about it", () => {
    assert.doesNotMatch(site.page(SEED_URL), /530fec99d4a429e212386e1369942c61/);
    assert.doesNotMatch(site.page("/"), /530fec99d4a429e212386e1369942c61/);
    assert.deepEqual(site.result.ok && site.result.warnings, [
      'posts/2025-10-31-nvidia-strikes-bumper-ai-deals-with-asia-tech-giants.md: image "assets/images/530fec99d4a429e212386e1369942c61.jpg" does not exist (looked for assets/images/530fec99d4a429e212386e1369942c61.jpg). Add the file, or correct or remove the path; until then the post is built without it.',
    ]);
  });

  it("uses the front matter excerpt as its description", () => {
    assert.match(
      site.page(SEED_URL),
      /<meta name="description" content="Fresh from \$5 trillion valuation, global chips giant Nvidia has signed deals with LG, Hyundai and Samsung"\/>/,
    );
  });

  it("is listed on the Business category page, which the post links to", () => {
    assert.match(site.page(SEED_URL), /<a href="\/categories\/business\/">Business<\/a>/);
    const category = site.page("/categories/business/");
    assert.match(category, /Posts in “Business”/);
    assert.ok(
      category.includes(`<a href="${SEED_URL}">Big News: Nvidia strikes bumper AI deals with Asia tech giants</a>`),
    );
  });

  it("is on the home page, and the category index counts it", () => {
    assert.ok(site.page("/").includes(`href="${SEED_URL}"`));
    assert.match(
      site.page("/categories/"),
      /<a class="term-tile" href="\/categories\/business\/"><span class="term-tile__name">Business<\/span><span class="term-tile__count">1 post<\/span><\/a>/,
    );
  });

  it("has an empty tag list, so no tag pages", () => {
    assert.deepEqual(
      site.files().filter((file) => file.startsWith("/tags/")),
      ["/tags/index.html"],
    );
  });
});
