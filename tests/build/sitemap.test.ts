// Search engines' view: the sitemap lists exactly the public pages, robots.txt points to it, 404 is not listed.
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { parseXml } from "../helpers/atom.ts";
import { buildFixture, type BuiltSite } from "../helpers/fixture-site.ts";
import { FEEDS_SITE, HIDDEN, POSTS } from "../helpers/feeds-fixture.ts";

interface SitemapUrl {
  loc: string;
  lastmod?: string;
}

function readSitemap(xml: string): SitemapUrl[] {
  const urlset = parseXml(xml).urlset as { url: SitemapUrl | SitemapUrl[] };
  return ([] as SitemapUrl[]).concat(urlset.url);
}

describe("the sitemap", () => {
  let site: BuiltSite;
  let entries: SitemapUrl[];
  before(async () => {
    site = await buildFixture("feeds", { site: FEEDS_SITE });
    entries = readSitemap(site.page("/sitemap.xml"));
  });

  it("lists exactly the public pages: posts, home, archive, author, category and tag pages", () => {
    assert.deepEqual(entries.map((entry) => entry.loc.replace("https://example.org", "")).sort(), [
      "/",
      "/2025/",
      "/2025/01/",
      POSTS.oldest,
      "/2025/02/",
      POSTS.second,
      "/2025/03/",
      POSTS.hostile,
      "/2025/04/",
      POSTS.newest,
      "/archives/",
      "/authors/ana/",
      "/authors/ben/",
      "/authors/eve-eve-at-example-org/",
      "/authors/site-author/",
      "/categories/",
      "/categories/news/",
      "/categories/tech/",
      "/tags/",
      "/tags/alpha/",
      "/tags/beta/",
      "/tags/gamma/",
    ]);
  });

  it("lists every HTML page that was built, except the 404 and search pages", () => {
    const pages = site
      .files()
      .filter((file) => file.endsWith(".html") && file !== "/404.html" && file !== "/search/index.html")
      .map((file) => `https://example.org${file.replace(/index\.html$/, "")}`);
    assert.deepEqual(entries.map((entry) => entry.loc).sort(), pages.sort());
  });

  it("never names a draft, unpublished or future post, nor their terms", () => {
    for (const word of HIDDEN) assert.doesNotMatch(site.page("/sitemap.xml"), new RegExp(word, "i"));
  });

  it("gives each page the date its content last changed, in the site's zone", () => {
    const lastmod = (url: string) => entries.find((entry) => entry.loc === `https://example.org${url}`)?.lastmod;
    assert.equal(lastmod(POSTS.second), "2025-02-21T16:30:00+09:00");
    assert.equal(lastmod("/"), "2025-04-01T09:00:00+09:00", "the newest post");
    assert.equal(lastmod("/tags/alpha/"), "2025-02-21T16:30:00+09:00", "the term's newest post");
    assert.equal(lastmod("/categories/"), "2025-04-01T09:00:00+09:00");
  });

  it("is named in robots.txt", () => {
    assert.equal(site.page("/robots.txt"), "User-agent: *\nDisallow:\n\nSitemap: https://example.org/sitemap.xml\n");
  });
});

describe("the 404 page", () => {
  let site: BuiltSite;
  before(async () => {
    site = await buildFixture("feeds", { site: FEEDS_SITE });
  });

  it("exists at /404.html, styled like the site, with links home and to the categories", () => {
    const html = site.page("/404.html");
    assert.match(html, /<title>Page not found · Feeds &amp; &lt;Fixtures><\/title>/);
    assert.match(html, /<link rel="stylesheet" href="\/assets\/css\/site.css"\/>/);
    assert.match(html, /<a class="button" href="\/">Home<\/a>/);
    assert.match(html, /<a class="term-tile" href="\/categories\/news\/"><span class="term-tile__name">News<\/span>/);
    assert.match(html, /<a href="\/categories\/">Categories<\/a>/);
  });

  it("asks not to be indexed and claims no canonical URL", () => {
    const html = site.page("/404.html");
    assert.match(html, /<meta name="robots" content="noindex"\/>/);
    assert.doesNotMatch(html, /rel="canonical"/);
  });
});
