// A reader's feeds: the site's newest posts, and one feed per category and tag, as valid Atom and JSON Feed.
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { readAtom, type AtomFeed } from "../helpers/atom.ts";
import { buildFixture, type BuiltSite } from "../helpers/fixture-site.ts";
import { FEEDS_SITE, HIDDEN, HOSTILE_EXCERPT, HOSTILE_TITLE, POSTS } from "../helpers/feeds-fixture.ts";
import { readHead, urlsIn } from "../helpers/html.ts";

const ORIGIN = "https://example.org";
const absolute = (url: string) => `${ORIGIN}${url}`;

describe("feeds", () => {
  let site: BuiltSite;
  let feed: AtomFeed;
  before(async () => {
    site = await buildFixture("feeds", { site: FEEDS_SITE });
    assert.equal(site.result.ok, true, site.result.ok ? "" : site.result.message);
    feed = readAtom(site.page("/feed.xml"));
  });

  it("hold the newest posts first, as many as feedSize says", () => {
    assert.deepEqual(
      feed.entries.map((entry) => entry.id),
      [POSTS.newest, POSTS.hostile, POSTS.second].map(absolute),
    );
  });

  it("describe the site with absolute links to itself and its home page", () => {
    assert.equal(feed.title, FEEDS_SITE.title);
    assert.equal(feed.id, absolute("/feed.xml"));
    assert.deepEqual(
      feed.links.map((link) => [link.rel, link.href]),
      [
        ["self", absolute("/feed.xml")],
        ["alternate", absolute("/")],
      ],
    );
    assert.equal(feed.author, "Site Author");
    assert.equal(feed.updated, "2025-04-01T09:00:00+09:00", "the newest entry's date");
  });

  it("give each entry RFC 3339 dates in the site's zone, its author, categories, summary", () => {
    const second = feed.entries[2]!;
    // Written as 2025-02-20 23:30 -0800: the same instant, shown in Asia/Seoul.
    assert.equal(second.published, "2025-02-21T16:30:00+09:00");
    assert.equal(second.updated, "2025-02-21T16:30:00+09:00");
    assert.equal(second.author, "Ben");
    assert.deepEqual(second.categories, [
      { term: "Tech", scheme: absolute("/categories/") },
      { term: "alpha", scheme: absolute("/tags/") },
      { term: "beta", scheme: absolute("/tags/") },
    ]);
    assert.equal(second.summary, "A summary written by hand.");
    assert.deepEqual(second.links, [{ rel: "alternate", type: "text/html", href: absolute(POSTS.second) }]);
    assert.equal(feed.entries[0]!.author, undefined, "a post without an author inherits the feed's");
  });

  it("carry the full content with every URL made absolute", () => {
    const content = feed.entries[2]!.content;
    assert.match(content, /This post’s date carries an offset/);
    assert.deepEqual(urlsIn(content), [
      absolute(POSTS.oldest), // written as ../../../01/10/oldest/
      absolute("/assets/images/pic.png"), // written as /assets/images/pic.png
      "https://example.com/page",
      "mailto:ana@example.org",
    ]);
  });

  it("escape hostile titles, authors and summaries: the parsed text is exactly what the author wrote", () => {
    const xml = site.page("/feed.xml");
    assert.doesNotMatch(xml, /<script>|<b>|<\/title><script/);
    const hostile = feed.entries[1]!;
    assert.equal(hostile.title, HOSTILE_TITLE);
    assert.equal(hostile.summary, HOSTILE_EXCERPT);
    assert.equal(hostile.author, "Eve <eve@example.org>");
  });

  it("have a feed per category and per tag with only that term's public posts", () => {
    const ids = (url: string) => readAtom(site.page(url)).entries.map((entry) => entry.id);
    assert.deepEqual(ids("/tags/alpha/feed.xml"), [POSTS.second, POSTS.oldest].map(absolute));
    assert.deepEqual(ids("/tags/beta/feed.xml"), [POSTS.hostile, POSTS.second].map(absolute));
    assert.deepEqual(ids("/tags/gamma/feed.xml"), [POSTS.newest].map(absolute));
    assert.deepEqual(ids("/categories/news/feed.xml"), [POSTS.newest, POSTS.oldest].map(absolute));
    assert.deepEqual(ids("/categories/tech/feed.xml"), [POSTS.hostile, POSTS.second].map(absolute));
    const alpha = readAtom(site.page("/tags/alpha/feed.xml"));
    assert.equal(alpha.title, `${FEEDS_SITE.title}: Posts tagged “alpha”`);
    assert.deepEqual(
      alpha.links.map((link) => link.href),
      [absolute("/tags/alpha/feed.xml"), absolute("/tags/alpha/")],
    );
  });

  it("never carry drafts, unpublished or future posts, nor feeds for their terms", () => {
    const feeds = site.files().filter((file) => file.endsWith("feed.xml") || file.endsWith("feed.json"));
    assert.deepEqual(feeds, [
      "/categories/news/feed.xml",
      "/categories/tech/feed.xml",
      "/feed.json",
      "/feed.xml",
      "/tags/alpha/feed.xml",
      "/tags/beta/feed.xml",
      "/tags/gamma/feed.xml",
    ]);
    for (const file of feeds) {
      for (const word of HIDDEN) assert.doesNotMatch(site.page(file), new RegExp(word, "i"), `${word} in ${file}`);
    }
  });

  it("offer a JSON Feed with the same entries", () => {
    const json = JSON.parse(site.page("/feed.json")) as {
      version: string;
      feed_url: string;
      items: { id: string; title: string; date_published: string; content_html: string; image?: string }[];
    };
    assert.equal(json.version, "https://jsonfeed.org/version/1.1");
    assert.equal(json.feed_url, absolute("/feed.json"));
    assert.deepEqual(
      json.items.map((item) => item.id),
      feed.entries.map((entry) => entry.id),
    );
    assert.equal(json.items[1]!.title, HOSTILE_TITLE);
    assert.equal(json.items[0]!.image, absolute("/assets/images/pic.png"));
    assert.equal(json.items[2]!.date_published, "2025-02-21T16:30:00+09:00");
    assert.ok(json.items[2]!.content_html.includes(`href="${absolute(POSTS.oldest)}"`));
  });

  it("are linked with <link rel=alternate> from the home page and from their term's pages", () => {
    const alternates = (url: string) =>
      readHead(site.page(url))
        .links.filter((link) => link.rel === "alternate")
        .map((link) => [link.type, link.href, link.title]);
    assert.deepEqual(alternates("/"), [
      ["application/atom+xml", "/feed.xml", FEEDS_SITE.title],
      ["application/feed+json", "/feed.json", FEEDS_SITE.title],
    ]);
    assert.deepEqual(alternates("/tags/alpha/"), [
      ["application/atom+xml", "/feed.xml", FEEDS_SITE.title],
      ["application/atom+xml", "/tags/alpha/feed.xml", `${FEEDS_SITE.title}: Posts tagged “alpha”`],
    ]);
    assert.deepEqual(alternates("/categories/news/")[1], [
      "application/atom+xml",
      "/categories/news/feed.xml",
      `${FEEDS_SITE.title}: Posts in “News”`,
    ]);
  });
});
