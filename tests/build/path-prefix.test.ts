// Subfolder hosting: with pathPrefix "/blog/" every link of every page, feed and sitemap works at https://example.org/blog/.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { before, describe, it } from "node:test";
import siteConfig from "../../site.config.ts";
import { readAtom } from "../helpers/atom.ts";
import { buildFixture, type BuiltSite } from "../helpers/fixture-site.ts";
import { FEEDS_SITE, HOSTILE_TITLE, POSTS } from "../helpers/feeds-fixture.ts";
import { metaValue, readHead } from "../helpers/html.ts";
import { checkLinks } from "../helpers/link-checker.ts";

const REPO = fileURLToPath(new URL("../../", import.meta.url));
const SERVED_AT = { origin: "https://example.org", pathPrefix: "/blog/" };

describe("a site built with pathPrefix /blog/", () => {
  let site: BuiltSite;
  before(async () => {
    site = await buildFixture("feeds", { site: { ...FEEDS_SITE, pathPrefix: "/blog/" } });
    assert.equal(site.result.ok, true, site.result.ok ? "" : site.result.message);
  });

  it("has zero broken internal links in its pages, feeds, sitemap and robots.txt", () => {
    const report = checkLinks(site.output, SERVED_AT);
    assert.deepEqual(report.broken, []);
    assert.ok(report.checked > 200, `only ${report.checked} links were followed`);
  });

  it("would have broken links if served from the host's root instead: the checker sees them", () => {
    const report = checkLinks(site.output, { ...SERVED_AT, pathPrefix: "/" });
    assert.ok(report.broken.length > 100, `${report.broken.length} broken`);
    assert.ok(report.broken.some((link) => link.file === "/index.html" && link.url === "/blog/assets/css/site.css"));
  });

  it("puts the prefix on page links, assets, post bodies, feeds and the sitemap", () => {
    const post = site.page(POSTS.second);
    assert.match(post, /<link rel="stylesheet" href="\/blog\/assets\/css\/site.css">/);
    assert.match(post, /<link rel="canonical" href="https:\/\/example.org\/blog\/2025\/02\/21\/second-post\/">/);
    assert.match(post, /<a href="\/blog\/categories\/tech\/">Tech<\/a>/);
    assert.match(post, /<a href="\/blog\/assets\/images\/pic.png">image<\/a>/, "a link in the post's Markdown");
    assert.match(post, /<a href="..\/..\/..\/01\/10\/oldest\/">/, "a relative link works as it is");
    const feed = readAtom(site.page("/feed.xml"));
    assert.equal(feed.id, "https://example.org/blog/feed.xml");
    assert.equal(feed.entries[0]!.id, `https://example.org/blog${POSTS.newest}`);
    // The body's image is resized (a <picture>), and every one of its URLs is absolute.
    assert.match(
      feed.entries[0]!.content,
      /<img src="https:\/\/example.org\/blog\/img\/[\w-]+\.png" srcset="https:\/\/example.org\/blog\/img\//,
    );
    assert.match(site.page("/sitemap.xml"), /<loc>https:\/\/example.org\/blog\/tags\/alpha\/<\/loc>/);
    assert.match(site.page("/robots.txt"), /Sitemap: https:\/\/example.org\/blog\/sitemap.xml/);
  });

  it("keeps hostile values escaped after HtmlBasePlugin rewrites the HTML", () => {
    const html = site.page(POSTS.hostile);
    assert.equal(metaValue(readHead(html), "og:title"), HOSTILE_TITLE);
    // The theme's two scripts (the head's theme line, site.js) and the JSON-LD: a title that broke out would add one.
    assert.equal(html.match(/<script/g)?.length, 3);
  });

  it("is byte for byte the site that Eleventy's --pathprefix flag builds", async () => {
    const flagged = await buildFixture("feeds", { site: FEEDS_SITE, pathPrefix: "/blog/" });
    assert.deepEqual(flagged.files(), site.files());
    for (const file of site.files()) {
      assert.ok(
        readFileSync(path.join(flagged.output, file)).equals(readFileSync(path.join(site.output, file))),
        `${file} differs`,
      );
    }
  });
});

describe("this blog's own posts under /blog/", () => {
  it("have zero broken internal links", async (t) => {
    const site = await buildFixture(REPO, {
      site: { ...siteConfig, url: SERVED_AT.origin, pathPrefix: "/blog/", search: true },
    });
    assert.equal(site.result.ok, true, site.result.ok ? "" : site.result.message);
    const report = checkLinks(site.output, SERVED_AT);
    t.diagnostic(`${report.checked} links followed in ${site.files().length} files`);
    assert.deepEqual(report.broken, []);
    assert.ok(report.checked > 1000, `only ${report.checked} links were followed`);
  });
});
