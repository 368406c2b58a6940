// What a reader finds on a post's page of a fixture site: byline, breadcrumbs, table of contents on long
// posts, figures, share and subscribe rows, an author box per author, and comments only when configured.
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { buildFixture, type BuiltSite } from "../helpers/fixture-site.ts";
import { dom, text } from "../helpers/dom.ts";

const LONG = "/2025/03/01/long-guide/";

describe("post page", () => {
  let site: BuiltSite;
  before(async () => {
    site = await buildFixture("theme", {
      site: { url: "https://maps.example.org", newsletter: "https://news.example.org/join" },
    });
    assert.ok(site.result.ok, site.result.ok ? "" : site.result.message);
  });

  it("has breadcrumbs to its category and a byline in the cards' order, with the Updated date", () => {
    const page = dom(site.page(LONG));
    assert.deepEqual(dom(page.byClass("breadcrumbs")[0]!).byTag("li").map(text), [
      "Home",
      "Categories",
      "Guides",
      "A long guide",
    ]);
    assert.match(
      text(page.byClass("post__meta")[0]),
      /^March 1, 2025 · Updated March 20, 2025 · \d+ min read · Ana Lima and Ben Ito$/,
    );
  });

  it("shows a table of contents on a long post with sections, unless it says toc: false, and not on a short one", () => {
    const toc = dom(site.page(LONG)).byClass("toc")[0];
    assert.deepEqual(dom(toc!).byTag("a").map(text), [
      "Why maps lie",
      "Choosing a projection",
      "Colour and meaning",
      "Printing at scale",
    ]);
    assert.equal(dom(site.page("/2025/03/02/long-without-toc/")).byClass("toc").length, 0);
    assert.equal(dom(site.page("/2025/03/03/short-with-code/")).byClass("toc").length, 0);
  });

  it("follows the tableOfContents setting", async () => {
    const never = await buildFixture("theme", { site: { tableOfContents: false } });
    assert.equal(dom(never.page(LONG)).byClass("toc").length, 0);
  });

  it("shows the featured image with its caption and credit, and not twice when the body shows it", () => {
    const captioned = dom(site.page("/2025/03/06/captioned/"));
    assert.equal(text(captioned.byClass("post__caption")[0]), "The square at dusk. Photo: Ben Ito");
    assert.equal(captioned.byClass("post__image").length, 1);
    const inBody = site.page("/2025/03/05/image-in-body/");
    assert.equal(dom(inBody).byClass("post__figure").length, 0);
    assert.equal(dom(dom(inBody).byClass("post", "article")[0]!).byTag("img").length, 1);
  });

  it("links to each network's share page with the post's address, plus copy-link and the share sheet", () => {
    const share = dom(dom(site.page(LONG)).byClass("share")[0]!);
    const url = encodeURIComponent("https://maps.example.org/2025/03/01/long-guide/");
    assert.deepEqual(
      share.byClass("share__link", "a").map((link) => link.attribs.href),
      [
        `https://mastodonshare.com/?text=A%20long%20guide&url=${url}`,
        `https://bsky.app/intent/compose?text=${encodeURIComponent("A long guide https://maps.example.org/2025/03/01/long-guide/")}`,
        `https://www.linkedin.com/sharing/share-offsite/?url=${url}`,
        `https://x.com/intent/post?text=A%20long%20guide&url=${url}`,
        `mailto:?subject=A%20long%20guide&body=${url}`,
      ],
    );
    assert.equal(
      share.byTag("button").find((button) => button.attribs["data-copy-link"])?.attribs["data-copy-link"],
      "https://maps.example.org/2025/03/01/long-guide/",
    );
    assert.ok(share.byTag("button").some((button) => button.attribs["data-share-url"] !== undefined));
  });

  it("offers the feeds and the newsletter under the post", () => {
    const links = dom(dom(site.page(LONG)).byClass("subscribe")[0]!).byTag("a");
    assert.deepEqual(
      links.map((link) => `${text(link)} ${link.attribs.href}`),
      [
        "RSS/Atom feed /feed.xml",
        "JSON Feed /feed.json",
        "Feed of “Guides” /categories/guides/feed.xml",
        "Newsletter https://news.example.org/join",
      ],
    );
  });

  it("introduces every author with their bio and links, escaped", () => {
    const html = site.page(LONG);
    const boxes = dom(html).byClass("author-box");
    assert.deepEqual(
      boxes.map((box) => text(dom(box).byClass("author-box__name")[0])),
      ["Ana Lima", "Ben Ito"],
    );
    assert.equal(text(dom(html).byClass("authors__title")[0]), "About the authors");
    assert.match(html, /<p class="author-box__bio">Writes about maps &amp; &lt;tools>\.<\/p>/);
    assert.equal(
      dom(boxes[0]!)
        .byTag("a")
        .find((link) => link.attribs.rel === "me")?.attribs.href,
      "https://ana.example.org/",
    );
    assert.equal(text(dom(boxes[1]!).byClass("author-box__avatar--initial")[0]), "B");
  });

  it("has no comments and no comment provider's address unless the site sets comments", () => {
    const html = site.page(LONG);
    assert.equal(dom(html).byId("comments"), undefined);
    assert.doesNotMatch(html, /giscus|utteranc/);
  });

  it("hands giscus's settings to site.js, which loads it only on demand, or links a reply by email", async () => {
    const giscus = await buildFixture("theme", {
      site: {
        comments: { provider: "giscus", repo: "ana/maps", repoId: "R_1", category: "Comments", categoryId: "C_1" },
      },
    });
    const section = dom(giscus.page(LONG)).byId("comments")!;
    const config = JSON.parse(section.attribs["data-comments"]!) as Record<string, string>;
    assert.equal(config.src, "https://giscus.app/client.js");
    assert.equal(config["data-repo"], "ana/maps");
    assert.doesNotMatch(giscus.page(LONG), /<script[^>]+giscus/);
    const email = await buildFixture("theme", {
      site: { comments: { provider: "email", address: "ana@example.org" } },
    });
    const reply = dom(dom(email.page(LONG)).byId("comments")!).byTag("a")[0]!;
    assert.equal(text(reply), "Reply by email");
    assert.equal(reply.attribs.href, "mailto:ana@example.org?subject=Re%3A%20A%20long%20guide");
  });

  it("refuses comment settings that miss a field, naming it", async () => {
    const broken = await buildFixture("theme", {
      site: { comments: { provider: "giscus", repo: "ana/maps" } as never },
    }).catch((error: Error) => error);
    assert.ok(broken instanceof Error);
    assert.match(broken.message, /comments\.repoId/);
  });
});
