// What search engines and social networks read from a page's head: canonical URL, description, cards, JSON-LD.
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { buildFixture, type BuiltSite } from "../helpers/fixture-site.ts";
import { FEEDS_SITE, HOSTILE_EXCERPT, HOSTILE_TITLE, POSTS } from "../helpers/feeds-fixture.ts";
import { metaValue, readHead, type Head } from "../helpers/html.ts";

const SEED_URL = "/2025/10/31/nvidia-strikes-bumper-ai-deals-with-asia-tech-giants/";
const SEED_TITLE = "Big News: Nvidia strikes bumper AI deals with Asia tech giants";
const SEED_EXCERPT =
  "Fresh from $5 trillion valuation, global chips giant Nvidia has signed deals with LG, Hyundai and Samsung";

const canonical = (head: Head) => head.links.filter((link) => link.rel === "canonical").map((link) => link.href);

describe("the seed post's head", () => {
  let head: Head;
  before(async () => {
    const site = await buildFixture("seed", { site: { url: "https://example.org", title: "Field Notes" } });
    head = readHead(site.page(SEED_URL));
  });

  it("has its canonical URL and its excerpt as description", () => {
    assert.deepEqual(canonical(head), [`https://example.org${SEED_URL}`]);
    assert.equal(metaValue(head, "description"), SEED_EXCERPT);
  });

  it("has Open Graph tags of an article", () => {
    assert.equal(metaValue(head, "og:type"), "article");
    assert.equal(metaValue(head, "og:title"), SEED_TITLE);
    assert.equal(metaValue(head, "og:description"), SEED_EXCERPT);
    assert.equal(metaValue(head, "og:url"), `https://example.org${SEED_URL}`);
    assert.equal(metaValue(head, "og:site_name"), "Field Notes");
    assert.equal(metaValue(head, "article:published_time"), "2025-10-31T11:24:46Z");
    assert.deepEqual(head.meta.get("article:section"), ["Business"]);
    assert.equal(head.meta.get("article:tag"), undefined, "the post has no tags");
  });

  it("has no og:image, as its image file does not exist and the site sets no default", () => {
    assert.equal(head.meta.get("og:image"), undefined);
    assert.equal(metaValue(head, "twitter:card"), "summary");
    assert.equal(metaValue(head, "twitter:title"), SEED_TITLE);
  });

  it("describes itself as a BlogPosting in JSON-LD", () => {
    assert.equal(head.jsonLd.length, 1);
    assert.deepEqual(head.jsonLd[0]!.data, {
      "@context": "https://schema.org",
      "@type": "BlogPosting",
      headline: SEED_TITLE,
      description: SEED_EXCERPT,
      url: `https://example.org${SEED_URL}`,
      mainEntityOfPage: { "@type": "WebPage", "@id": `https://example.org${SEED_URL}` },
      datePublished: "2025-10-31T11:24:46Z",
      dateModified: "2025-10-31T11:24:46Z",
      author: { "@type": "Person", name: "badely" },
      publisher: { "@type": "Organization", name: "Field Notes", url: "https://example.org/" },
      articleSection: ["Business"],
      inLanguage: "en",
    });
  });
});

describe("head metadata", () => {
  let site: BuiltSite;
  before(async () => {
    site = await buildFixture("feeds", { site: FEEDS_SITE });
  });

  it("uses the post's own image for its card, as an absolute URL", () => {
    const head = readHead(site.page(POSTS.newest));
    assert.equal(metaValue(head, "og:image"), "https://example.org/assets/images/pic.png");
    assert.equal(metaValue(head, "twitter:card"), "summary_large_image");
    assert.deepEqual(head.meta.get("article:tag"), ["gamma"]);
  });

  it("falls back to the first paragraph for a post without an excerpt", () => {
    assert.equal(metaValue(readHead(site.page(POSTS.oldest)), "description"), "The first post of the feeds fixture.");
  });

  it("escapes hostile values everywhere, and the JSON-LD cannot close its <script>", () => {
    const html = site.page(POSTS.hostile);
    const head = readHead(html);
    assert.equal(metaValue(head, "og:title"), HOSTILE_TITLE);
    assert.equal(metaValue(head, "description"), HOSTILE_EXCERPT);
    assert.equal(head.jsonLd.length, 1);
    assert.doesNotMatch(head.jsonLd[0]!.raw, /</, "no < inside the script at all");
    assert.equal(head.jsonLd[0]!.data.headline, HOSTILE_TITLE);
    assert.deepEqual(head.jsonLd[0]!.data.author, { "@type": "Person", name: "Eve <eve@example.org>" });
    // Only the page's own scripts: the theme's (the head's one line, site.js) and the JSON-LD. A title that broke out would add another.
    assert.equal(html.match(/<script/g)?.length, 3);
  });

  it("gives pages other than posts a website card with the site's default image", () => {
    const head = readHead(site.page("/tags/alpha/"));
    assert.equal(metaValue(head, "og:type"), "website");
    assert.deepEqual(canonical(head), ["https://example.org/tags/alpha/"]);
    assert.equal(metaValue(head, "og:image"), "https://example.org/assets/images/pic.png");
    assert.equal(head.jsonLd.length, 0);
    assert.equal(metaValue(readHead(site.page("/")), "og:title"), FEEDS_SITE.title);
  });
});

describe("the site's default social image", () => {
  it("must exist: a missing file stops the build with the setting named", async () => {
    const site = await buildFixture("seed", { site: { socialImage: "assets/images/missing.png" } });
    assert.equal(site.result.ok, false);
    assert.match(
      site.result.ok ? "" : site.result.message,
      /site\.config\.ts: socialImage "assets\/images\/missing\.png" is not a file in the assets\/ folder\./,
    );
  });
});
