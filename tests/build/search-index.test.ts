// Search: Pagefind indexes every public post (and nothing else) after the build; every page has a search box.
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import path from "node:path";
import { before, describe, it } from "node:test";
import { buildFixture, type BuiltSite } from "../helpers/fixture-site.ts";
import { readSearchIndex, type IndexedPage } from "../helpers/search-index.ts";

describe("search", () => {
  let site: BuiltSite;
  let index: IndexedPage[];
  before(async () => {
    site = await buildFixture("reader", { site: { search: true } });
    index = readSearchIndex(site.output);
  });

  it("indexes every public post, each once, under its URL and title", () => {
    const posts = site.files().filter((file) => /^\/\d{4}\/\d{2}\/\d{2}\/[^/]+\/index\.html$/.test(file));
    assert.equal(posts.length, 12);
    assert.deepEqual(
      index.map((page) => page.url),
      posts.map((file) => file.replace(/index\.html$/, "")),
    );
    assert.ok(index.some((page) => page.url === "/2025/01/20/long-read/" && page.title === "A long read"));
  });

  it("leaves nothing beside the site: the folder of pages Pagefind reads is removed", () => {
    const besides = readdirSync(path.dirname(site.output));
    assert.deepEqual(besides, [path.basename(site.output)]);
  });

  it("never indexes a draft or a future post", () => {
    for (const word of ["zanzibarquux", "futurequokka", "A secret draft", "From the future"]) {
      assert.ok(!index.some((page) => page.content.includes(word) || page.title.includes(word)), word);
    }
  });

  it("indexes a post's own text, not the lists and links around it", () => {
    const post = index.find((page) => page.url === "/2025/02/16/unrelated/")!;
    assert.match(post.content, /A post of the related-posts cluster: unrelated\./);
    assert.doesNotMatch(post.content, /Older post|Skip to content|Archives/);
  });

  it("has a search page whose box loads Pagefind's UI from the site itself, only when used", () => {
    const html = site.page("/search/");
    assert.match(html, /<form class="search-form" role="search" action="\/search\/" method="get"/);
    assert.match(html, /<div id="search" class="search"[^>]*><\/div>/);
    // The page's own script loads /pagefind/pagefind-ui.js when the reader types (tests/browser/theme.browser.ts).
    assert.match(html, /<script src="\/assets\/js\/search\.js" defer><\/script>/);
    assert.doesNotMatch(html, /pagefind-ui\.(js|css)/);
    assert.ok(site.has("/pagefind/pagefind-ui.js") && site.has("/pagefind/pagefind-ui.css"));
    // Scripts and stylesheets come from the site itself (canonical and card links are absolute by design).
    assert.doesNotMatch(html, /<(script|link rel="stylesheet")[^>]*(src|href)="(https?:)?\/\//);
  });

  it("has a search box in every page's header that goes to the search page", () => {
    for (const url of ["/", "/2025/01/20/long-read/", "/archives/"]) {
      assert.match(site.page(url), /<form class="search-box" role="search" action="\/search\/" method="get">/);
    }
  });

  it("has no search page, index or box when search is off", async () => {
    const plain = await buildFixture("reader", { site: { search: false } });
    assert.ok(!plain.has("/search/"));
    assert.ok(!plain.files().some((file) => file.startsWith("/pagefind/")));
    assert.doesNotMatch(plain.page("/"), /search-box/);
  });
});
