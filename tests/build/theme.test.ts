// The theme around the posts, on a fixture site: home intro and featured posts, the header's nav and
// phone menu, list headers, category grids, archives by title, the search page, the favicon.
import assert from "node:assert/strict";
import { cpSync, existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { before, describe, it } from "node:test";
import { buildFixture, FIXTURES, newOutputFolder, type BuiltSite } from "../helpers/fixture-site.ts";
import { dom, text } from "../helpers/dom.ts";

describe("theme", () => {
  let site: BuiltSite;
  before(async () => {
    site = await buildFixture("theme", { site: { description: "A blog about maps.", search: true } });
    assert.ok(site.result.ok, site.result.ok ? "" : site.result.message);
  });

  describe("home page", () => {
    it("opens with the site's title as its heading and its description", () => {
      const page = dom(site.page("/"));
      assert.equal(text(page.byClass("home-intro__title")[0]), "Fixture Blog");
      assert.equal(text(page.byClass("home-intro__description")[0]), "A blog about maps.");
      assert.equal(page.byTag("h1").length, 1);
    });

    it("shows featured posts first, large, though they are older, and keeps hidden posts off", () => {
      const page = dom(site.page("/"));
      const titles = page.byClass("post-card__title").map(text);
      assert.equal(titles[0], "An old featured post");
      assert.equal(page.byClass("post-card--feature").length, 1);
      assert.equal(text(page.byClass("chip--featured")[0]), "Featured");
      assert.ok(!titles.includes("A hidden post"));
      assert.ok(site.has("/2025/03/04/hidden/"), "a hidden post keeps its page");
    });

    it("gives each card its category chip, excerpt, byline in one order, and tags", () => {
      const card = dom(site.page("/"))
        .byClass("post-card")
        .find((element) => text(element).includes("A long guide"))!;
      const inCard = dom(card);
      assert.equal(text(inCard.byClass("chip")[0]), "Guides");
      assert.match(text(inCard.byClass("post-card__meta")[0]), /^March 1, 2025 · \d+ min read · Ana Lima and Ben Ito$/);
      assert.deepEqual(inCard.byClass("post-card__tags")[0] && text(inCard.byClass("post-card__tags")[0]), "#maps");
      assert.notEqual(text(inCard.byClass("post-card__excerpt")[0]), "");
    });

    it("gives a card without an image a tile with its title's first letter, tinted by its category", () => {
      const cards = dom(site.page("/")).byClass("post-card");
      const card = (title: string) => cards.find((element) => text(element).includes(title))!;
      const tile = (title: string) => dom(card(title)).byClass("post-card__tile")[0];
      assert.equal(tile("A captioned image"), undefined, "a card with an image has no tile");
      assert.equal(tile("An old featured post"), undefined, "the featured card is text only");
      assert.equal(text(dom(tile("A long guide")!).byClass("post-card__tile-letter")[0]), "A");
      assert.equal(tile("A long guide")!.attribs["aria-hidden"], "true");
      // Same category, same tint.
      assert.equal(tile("A long guide")!.attribs.class, tile("Long, but no contents")!.attribs.class);
      assert.match(tile("Short, with code")!.attribs.class!, /^post-card__tile post-card__tile--[0-5]$/);
    });
  });

  describe("navigation", () => {
    it("lists the biggest categories, the pages, then Categories, Tags, Archives and Search by default", () => {
      const links = dom(site.page("/")).byClass("site-nav")[0]!;
      assert.deepEqual(dom(links).byTag("a").map(text), [
        "Guides",
        "Photos",
        "Code",
        "About this fixture",
        "Categories",
        "Tags",
        "Archives",
        "Search",
      ]);
    });

    it("marks the current section: the page itself, or the section a post is in", () => {
      const current = (url: string) =>
        dom(dom(site.page(url)).byClass("site-nav")[0]!)
          .byTag("a")
          .filter((link) => link.attribs["aria-current"] !== undefined)
          .map((link) => `${text(link)}=${link.attribs["aria-current"]}`);
      assert.deepEqual(current("/categories/guides/"), ["Guides=page"]);
      assert.deepEqual(current("/2025/03/01/long-guide/"), ["Guides=true"]);
      assert.deepEqual(current("/archives/"), ["Archives=page"]);
      assert.deepEqual(current("/tags/maps/"), ["Tags=true"]);
      assert.deepEqual(current("/about/"), ["About this fixture=page"]);
      assert.deepEqual(current("/"), []);
    });

    it("follows the nav setting, and refuses an entry that names nothing", async () => {
      const custom = await buildFixture("theme", {
        site: {
          nav: ["category:Photos", "page:about", { title: "Elsewhere", url: "https://example.org/" }, "archives"],
        },
      });
      const links = dom(dom(custom.page("/")).byClass("site-nav")[0]!).byTag("a");
      assert.deepEqual(
        links.map((link) => `${text(link)} ${link.attribs.href}`),
        [
          "Photos /categories/photos/",
          "About this fixture /about/",
          "Elsewhere https://example.org/",
          "Archives /archives/",
        ],
      );
      // A category with no post (deleted, or a blog imported into a fresh clone): left out, with a warning.
      const missing = await buildFixture("theme", { site: { nav: ["category:Cooking", "archives"] } });
      assert.ok(missing.result.ok, missing.result.ok ? "" : missing.result.message);
      assert.deepEqual(
        dom(dom(missing.page("/")).byClass("site-nav")[0]!)
          .byTag("a")
          .map((link) => link.attribs.href),
        ["/archives/"],
      );
      assert.match(
        missing.result.warnings.join("\n"),
        /site\.config\.ts: nav names category "Cooking", which no public post has, so the header leaves it out\. Use one of: /,
      );
      const broken = await buildFixture("theme", { site: { nav: ["kategory:Cooking"] } });
      assert.equal(broken.result.ok, false);
      assert.match(
        broken.result.ok ? "" : broken.result.message,
        /site\.config\.ts: nav entry "kategory:Cooking" is not one this site knows\./,
      );
    });

    it("opens on phones without JavaScript: a labelled checkbox controls the menu", () => {
      const html = site.page("/");
      assert.match(html, /<input class="nav-toggle" type="checkbox" id="nav-toggle" aria-controls="site-menu"\/>/);
      assert.match(html, /<label class="nav-toggle__label" for="nav-toggle">.*<span>Menu<\/span><\/label>/);
      // The theme's stylesheet (fixture sites publish their own assets folder, which has none).
      assert.match(readFileSync("assets/css/site.css", "utf8"), /\.nav-toggle:checked ~ \.site-menu/);
    });
  });

  describe("lists", () => {
    it("give every list page the same header: breadcrumbs, title, count, feed", () => {
      const page = dom(site.page("/categories/guides/"));
      assert.deepEqual(dom(page.byClass("breadcrumbs")[0]!).byTag("li").map(text), ["Home", "Categories", "Guides"]);
      assert.equal(text(page.byClass("list-header__kind")[0]), "Category");
      assert.equal(text(page.byClass("list-header__title")[0]), "Guides");
      assert.equal(text(page.byClass("list-header__count")[0]), "3 posts");
      assert.equal(
        page.byClass("feed-link").find((link) => text(link) === "Feed of “Guides”")?.attribs.href,
        "/categories/guides/feed.xml",
      );
      assert.equal(text(dom(site.page("/archives/")).byClass("list-header__count")[0]), "7 posts");
    });

    it("show category and tag indexes as tiles with counts, biggest first", () => {
      const tile = (element: Parameters<typeof text>[0] & object) =>
        `${text(dom(element).byClass("term-tile__name")[0])} (${text(dom(element).byClass("term-tile__count")[0])})`;
      const tiles = dom(site.page("/categories/")).byClass("term-tile").map(tile);
      assert.deepEqual(tiles.slice(0, 2), ["Guides (3 posts)", "Photos (2 posts)"]);
      assert.ok(tiles.includes("Notes (1 post)"));
      assert.equal(text(dom(site.page("/categories/")).byClass("list-header__count")[0]), "4 categories");
      assert.deepEqual(dom(site.page("/tags/")).byClass("term-tile").map(tile), ["#maps (1 post)", "#shell (1 post)"]);
    });

    it("list every title in the archives, by year and month", () => {
      const page = dom(site.page("/archives/"));
      assert.deepEqual(page.byClass("archive-month__title").map(text), ["March", "January"]);
      const march = page.byClass("archive-list")[0]!;
      assert.deepEqual(dom(march).byTag("a").map(text), [
        "A captioned image",
        "An image the body opens with",
        "A hidden post",
        "Short, with code",
        "Long, but no contents",
        "A long guide",
      ]);
    });
  });

  describe("search page", () => {
    it("has one search box, its own, not the header's too", () => {
      assert.doesNotMatch(site.page("/search/"), /class="search-box"/);
      assert.match(site.page("/"), /class="search-box"/);
      const forms = dom(site.page("/search/")).byTag("form");
      assert.equal(forms.length, 1);
      assert.equal(forms[0]!.attribs.action, "/search/");
      assert.equal(forms[0]!.attribs.method, "get");
      assert.deepEqual(
        dom(forms[0]!)
          .byTag("input")
          .map((input) => input.attribs.name),
        ["q"],
      );
    });

    it("leaves Pagefind's UI out of the page: search.js loads it when the reader searches", () => {
      const html = site.page("/search/");
      assert.doesNotMatch(html, /pagefind-ui\.(js|css)/);
      assert.match(html, /<script src="\/assets\/js\/search\.js" defer><\/script>/);
    });

    it("is useful without JavaScript: its fallback links to every list of posts", () => {
      const noscript = /<noscript>([\s\S]*?)<\/noscript>/.exec(site.page("/search/"))?.[1] ?? "";
      assert.deepEqual(
        dom(noscript)
          .byTag("a")
          .map((link) => link.attribs.href),
        ["/archives/", "/categories/", "/tags/"],
      );
    });

    it("feeds each result its date and category, and keeps screen-reader labels out of the index", () => {
      const html = site.page("/2025/03/01/long-guide/");
      assert.match(html, /<time datetime="2025-03-01T00:00:00\.000Z" data-pagefind-meta="date">March 1, 2025<\/time>/);
      assert.match(html, /<a class="chip" href="\/categories\/guides\/" data-pagefind-meta="category">Guides<\/a>/);
      // Only the article is indexed (data-pagefind-body): its screen-reader labels are each ignored.
      const labels = dom(dom(html).byClass("post", "article")[0]!).byClass("visually-hidden");
      assert.deepEqual(labels.map(text), ["Categories:", "Tags:"]);
      for (const label of labels)
        assert.equal(label.attribs["data-pagefind-ignore"], "", `"${text(label)}" is indexed`);
    });
  });

  describe("head", () => {
    it("links the favicon and publishes /favicon.ico", () => {
      const html = site.page("/");
      assert.match(html, /<link rel="icon" href="\/assets\/favicon\.svg" type="image\/svg\+xml"\/>/);
      const ico = readFileSync(path.join(site.output, "favicon.ico"));
      assert.deepEqual([...ico.subarray(0, 4)], [0, 0, 1, 0], "an ICO header");
      assert.equal(ico.readUInt8(6), 32);
    });

    it("preloads the two fonts every page paints with, and none its assets folder does not have", async () => {
      const preloads = (html: string) =>
        [...html.matchAll(/<link rel="preload" href="([^"]+)" as="font"/g)].map((match) => match[1]!);
      // The fixture has no fonts of its own: a preload of a missing file would be a broken request on every page.
      assert.deepEqual(preloads(site.page("/")), []);
      const root = path.join(newOutputFolder("theme-fonts"), "site-root");
      cpSync(path.join(FIXTURES, "theme"), root, { recursive: true });
      cpSync(fileURLToPath(new URL("../../assets/fonts", import.meta.url)), path.join(root, "assets", "fonts"), {
        recursive: true,
      });
      const withFonts = await buildFixture(root);
      assert.ok(withFonts.result.ok, withFonts.result.ok ? "" : withFonts.result.message);
      const preloaded = preloads(withFonts.page("/"));
      assert.deepEqual(preloaded, [
        "/assets/fonts/source-serif-4-latin-wght400-700-normal.woff2",
        "/assets/fonts/inter-latin-wght400-700-normal.woff2",
      ]);
      // A preload the theme's stylesheet does not use is a second download, not a head start.
      const css = readFileSync(new URL("../../assets/css/site.css", import.meta.url), "utf8");
      for (const href of preloaded) {
        assert.ok(existsSync(new URL(`../..${href}`, import.meta.url)), `${href} is in the theme's assets`);
        assert.ok(css.includes(`url(..${href.slice("/assets".length)})`), `${href} is in an @font-face`);
      }
    });

    it("applies the reader's saved theme before the page paints, with the only inline script", () => {
      const scripts = [...site.page("/").matchAll(/<script(?: [^>]*)?>([\s\S]*?)<\/script>/g)];
      const inline = scripts.filter((match) => match[1] !== "");
      assert.equal(inline.filter((match) => !match[0].includes("application/ld+json")).length, 1);
      assert.match(inline[0]![1]!, /localStorage\.getItem\("theme"\)/);
      assert.ok(site.page("/").indexOf(inline[0]![0]) < site.page("/").indexOf('rel="stylesheet"'));
    });
  });
});
