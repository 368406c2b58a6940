// `toc: true` gives a post a table of contents linking to its headings, which carry anchors.
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { buildFixture, type BuiltSite } from "../helpers/fixture-site.ts";

describe("table of contents", () => {
  let site: BuiltSite;
  before(async () => {
    site = await buildFixture("reader");
  });

  it("lists a post's level 2 and 3 headings, nested, when it sets toc: true", () => {
    const toc = /<nav class="toc"[\s\S]*?<\/nav>/.exec(site.page("/2025/01/20/long-read/"))?.[0];
    assert.equal(
      toc,
      '<nav class="toc" aria-labelledby="toc-title" data-pagefind-ignore><h2 class="toc__title" id="toc-title">Contents</h2>' +
        '<ol><li><a href="#first-part">First part</a><ol><li><a href="#a-detail">A detail</a></li></ol></li>' +
        '<li><a href="#second-part">Second part</a></li></ol></nav>',
    );
  });

  it("gives every heading an id that its own link and the table of contents point to", () => {
    assert.match(
      site.page("/2025/01/20/long-read/"),
      /<h2 id="first-part" tabindex="-1"><a class="header-anchor" href="#first-part"><span>First part<\/span><\/a><\/h2>/,
    );
  });

  it("is left out of posts that do not ask for it", () => {
    assert.doesNotMatch(site.page("/2025/01/05/code-sample/"), /class="toc"/);
  });

  it("rejects a toc value that is not true or false, naming the file and line", async () => {
    const broken = await buildFixture("toc-invalid");
    assert.equal(broken.result.ok, false);
    assert.match(
      broken.result.ok ? "" : broken.result.message,
      /posts\/2025-01-01-bad-toc\.md:3: toc must be true or false \(written without quotes\)\./,
    );
  });
});
