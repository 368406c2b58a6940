// Front matter is shown escaped everywhere: a hostile post cannot inject markup into any page.
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { buildFixture, type BuiltSite } from "../helpers/fixture-site.ts";

describe("hostile front matter", () => {
  let site: BuiltSite;
  before(async () => {
    site = await buildFixture("xss");
    assert.ok(site.result.ok, site.result.ok ? "" : site.result.message);
  });

  it("never puts a front matter <script> or attribute into any HTML page", () => {
    for (const file of site.files().filter((name) => name.endsWith(".html"))) {
      const html = site.page(file.replace(/index\.html$/, ""));
      assert.doesNotMatch(html, /<script>alert/, file);
      assert.doesNotMatch(html, /<img src=x/, file);
      assert.doesNotMatch(html, /" onmouseover="/, file);
    }
  });

  it("shows the hostile values as text", () => {
    const html = site.page("/2025/03/01/hostile/");
    assert.match(html, /<h1 class="post__title">&lt;script>alert\('title'\)&lt;\/script> &amp; friends<\/h1>/);
    assert.match(html, /<a href="[^"]+" rel="author">&lt;script>alert\('author'\)&lt;\/script><\/a>/);
    assert.match(
      html,
      /<meta name="description" content="&lt;script>alert\('excerpt'\)&lt;\/script>&quot; onmouseover=&quot;alert\(1\)"\/>/,
    );
    assert.match(html, />#&lt;img src=x onerror=alert\('tag'\)></);
  });
});
