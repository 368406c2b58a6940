// Front matter as Jekyll takes it: any layout, lists of authors, image maps, derived titles, repeated keys,
// Jekyll's fences and file names, last-modified dates, hidden and featured posts, near-miss keys, defaults.
import assert from "node:assert/strict";
import path from "node:path";
import { before, describe, it } from "node:test";
import { DateTime } from "luxon";
import { readBlogSources } from "../../src/load-blog.ts";
import { resolveSite, type SiteSettingsInput } from "../../src/site.ts";
import { buildFixture, FIXTURES, type BuiltSite } from "../helpers/fixture-site.ts";

const SETTINGS: SiteSettingsInput = {
  url: "https://example.org",
  postsPerPage: 50,
  feedSize: 50,
  search: false,
  excerptSeparator: "<!-- more -->",
  defaults: [
    { scope: { path: "" }, values: { layout: "post" } },
    { scope: { path: "news" }, values: { author: "mina", tags: ["news"] } },
    { scope: { path: "news", type: "pages" }, values: { tags: ["never"] } },
  ],
};

/** The titles of the post cards on a list page, in order. */
function cardTitles(page: string): string[] {
  return [...page.matchAll(/<h2 class="post-card__title"><a href="[^"]*">([^<]*)<\/a>/g)].map((match) => match[1]!);
}

describe("Jekyll front matter", () => {
  let site: BuiltSite;
  before(async () => {
    site = await buildFixture("jekyll-front-matter", { site: SETTINGS });
  });

  it("builds every post, warning only about the near-miss keys", () => {
    assert.ok(site.result.ok, site.result.ok ? "" : site.result.message);
    assert.deepEqual(site.result.warnings, [
      'posts/2024-08-01-typo.md:3: "draf" is not a front matter key this site reads: did you mean `draft`? As written, it is kept as data and changes nothing.',
      'posts/2024-08-01-typo.md:4: "tgas" is not a front matter key this site reads: did you mean `tags`? As written, it is kept as data and changes nothing.',
    ]);
  });

  it("renders any layout, null, nil, default or a path, with the post layout", () => {
    for (const url of [
      "/2024/01/01/news-layout/",
      "/2024/01/02/news-layout-again/",
      "/2024/01/03/path-layout/",
      "/2024/01/04/ordinary-layouts/",
      "/2024/01/05/nil-layout/",
      "/2024/01/06/default-layout/",
    ]) {
      assert.match(site.page(url), /<article class="post" data-pagefind-body>/, url);
    }
  });

  it("gives every author the byline, an author page, feed entries and JSON-LD", () => {
    const page = site.page("/2024/02/01/two-authors/");
    assert.ok(
      page.includes(
        '<span class="post-meta__authors"><a href="/authors/mina/" rel="author">Mina Park</a> and <a href="/authors/badely/" rel="author">Badely</a></span>',
      ),
    );
    assert.ok(page.includes('"author":[{"@type":"Person","name":"Mina Park"},{"@type":"Person","name":"Badely"}]'));
    assert.ok(cardTitles(site.page("/authors/badely/")).includes("Two authors"));
    assert.ok(cardTitles(site.page("/authors/mina/")).includes("Two authors"));
    assert.deepEqual(cardTitles(site.page("/authors/guest-writer/")), ["Authors key"]);

    const atom = site.page("/feed.xml");
    const start = atom.indexOf('<title type="text">Two authors</title>');
    const entry = atom.slice(start, atom.indexOf("</entry>", start));
    assert.ok(
      entry.includes("<author><name>Mina Park</name></author>\n    <author><name>Badely</name></author>"),
      entry,
    );
    const json = JSON.parse(site.page("/feed.json")) as { items: { title: string; authors?: unknown }[] };
    assert.deepEqual(json.items.find((item) => item.title === "Two authors")?.authors, [
      { name: "Mina Park" },
      { name: "Badely" },
    ]);
  });

  it("reads an image map: the file is resized, its alt, caption and credit shown, escaped", () => {
    const page = site.page("/2024/03/01/image-map/");
    assert.match(page, /<picture class="post__image">.*alt="A harbour at dawn"/);
    assert.ok(
      page.includes(
        '<figcaption class="post__caption">The &lt;b>old&lt;/b> harbour <span class="post__credit">Photo © Mina</span></figcaption>',
      ),
    );
    assert.ok(site.files().some((file) => /^\/img\/.*-400\.webp$/.test(file)));
    // `description` is the meta description; with `excerpt: ~` it is also the excerpt.
    assert.ok(page.includes('<meta name="description" content="The harbour, described for search engines."/>'));
    assert.ok(site.page("/").includes('<p class="post-card__excerpt">The harbour, described for search engines.</p>'));
  });

  it("takes a null image and a null excerpt as none, and Minimal Mistakes' header image", () => {
    const page = site.page("/2024/03/02/null-image/");
    assert.doesNotMatch(page, /class="post__image"/);
    assert.ok(page.includes('<meta name="description" content="The excerpt is made from this paragraph."/>'));
    const header = site.page("/2024/03/03/header-image/");
    assert.ok(
      header.includes('<img class="post__image" src="https://images.example.org/overlay.jpg" alt="An overlay"'),
    );
    assert.ok(
      site
        .page("/2024/03/04/description-only/")
        .includes('<meta name="description" content="Stands in for the excerpt."/>'),
    );
  });

  it("titles a post without a title from its file name, as Jekyll does", () => {
    assert.match(site.page("/2024/04/01/the-ios-way/"), /<h1 class="post__title">The Ios Way<\/h1>/);
  });

  it("keeps the last of repeated keys, and reads `...` and blank-trailed fences", () => {
    assert.match(site.page("/2024/05/01/duplicate-keys/"), /<h1 class="post__title">Duplicate keys<\/h1>/);
    assert.match(site.page("/2024/05/02/dot-fence/"), /<p>Closed with YAML.s document end\.<\/p>/);
    assert.match(site.page("/2024/05/03/trailing-spaces/"), /<h1 class="post__title">Trailing spaces<\/h1>/);
  });

  it("reads unpadded dates in file names, and shows and publishes last_modified_at and updated", () => {
    const page = site.page("/2016/01/05/unpadded/");
    assert.ok(
      page.includes('<time datetime="2016-01-05T00:00:00.000Z" data-pagefind-meta="date">January 5, 2016</time>'),
    );
    assert.ok(
      page.includes(
        '<span class="post-meta__updated">Updated <time datetime="2016-02-10T09:30:00.000Z">February 10, 2016</time></span>',
      ),
    );
    assert.ok(page.includes('"dateModified":"2016-02-10T09:30:00Z"'));
    assert.ok(page.includes('<meta property="article:modified_time" content="2016-02-10T09:30:00Z"/>'));
    assert.ok(
      site
        .page("/sitemap.xml")
        .includes("<loc>https://example.org/2016/01/05/unpadded/</loc>\n    <lastmod>2016-02-10T09:30:00Z</lastmod>"),
    );
    const atom = site.page("/feed.xml");
    assert.ok(
      atom.includes("<published>2016-01-05T00:00:00Z</published>\n    <updated>2016-02-10T09:30:00Z</updated>"),
    );
    assert.ok(
      atom.includes("<published>2024-06-01T00:00:00Z</published>\n    <updated>2024-06-15T00:00:00Z</updated>"),
    );
    const json = JSON.parse(site.page("/feed.json")) as { items: { title: string; date_modified?: string }[] };
    assert.equal(json.items.find((item) => item.title === "Updated key")?.date_modified, "2024-06-15T00:00:00Z");
    assert.equal(json.items.find((item) => item.title === "Featured post")?.date_modified, undefined);
  });

  it("keeps a hidden post off the home page only", () => {
    assert.ok(!cardTitles(site.page("/")).includes("Hidden post"));
    assert.ok(cardTitles(site.page("/")).includes("Featured post"));
    assert.ok(site.has("/2024/07/01/hidden/"));
    assert.deepEqual(cardTitles(site.page("/tags/secret/")), ["Hidden post"]);
    assert.ok(site.page("/feed.xml").includes('<title type="text">Hidden post</title>'));
    assert.ok(site.page("/sitemap.xml").includes("<loc>https://example.org/2024/07/01/hidden/</loc>"));
  });

  it("publishes a post whose draft key is misspelt, and keeps unknown keys as data", async () => {
    assert.ok(site.has("/2024/08/01/typo/"));
    const sources = await readBlogSources(resolveSite(SETTINGS), {
      root: path.join(FIXTURES, "jekyll-front-matter"),
      now: DateTime.fromISO("2026-01-01T00:00:00Z"),
    });
    const typo = sources.posts.find((post) => post.source.endsWith("typo.md"))!;
    assert.deepEqual(typo.extra, { draf: true, tgas: ["oops"], comments: false });
    const featured = sources.posts.find((post) => post.source.endsWith("featured.md"))!;
    assert.equal(featured.featured, true);
    assert.equal(typo.featured, false);
  });

  it("decodes HTML entities in titles and excerpts once, and escapes the text", () => {
    const page = site.page("/2024/09/01/entities/");
    assert.ok(page.includes('<h1 class="post__title">A\u00a0B &amp; C</h1>'));
    assert.ok(page.includes('<meta name="description" content="Fish &amp; chips"/>'));
    assert.doesNotMatch(page, /&amp;nbsp;|&nbsp;/);
  });

  it("applies the defaults setting under a post's own keys, by folder and type", () => {
    const defaulted = site.page("/2024/10/01/defaulted/");
    assert.ok(
      defaulted.includes('<span class="post-meta__authors"><a href="/authors/mina/" rel="author">Mina Park</a></span>'),
    );
    assert.deepEqual(cardTitles(site.page("/tags/news/")), ["Own keys win", "Defaulted"]);
    assert.ok(!site.has("/tags/never/"));
    const own = site.page("/2024/10/02/own-keys/");
    assert.ok(
      own.includes('<span class="post-meta__authors"><a href="/authors/badely/" rel="author">Badely</a></span>'),
    );
    assert.doesNotMatch(/<p class="post__meta"[\s\S]*?<\/p>/.exec(own)?.[0] ?? "", /href="\/authors\/mina\/"/);
  });

  it("ends excerpts at the site's excerptSeparator, or at the post's own excerpt_separator", () => {
    const home = site.page("/");
    assert.ok(home.includes('<p class="post-card__excerpt">One. Two.</p>'));
    assert.ok(home.includes('<p class="post-card__excerpt">A. B.</p>'));
  });
});
