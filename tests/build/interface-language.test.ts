// Every interface string comes from one catalogue: `language` picks it, `strings` overrides any of it.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { interfaceStrings, LANGUAGES, STRING_KEYS } from "../../src/i18n/interface-strings.ts";
import { resolveSite } from "../../src/site.ts";
import { buildFixture } from "../helpers/fixture-site.ts";
import { dom, text } from "../helpers/dom.ts";

describe("interface language", () => {
  it("ships English, French, German, Spanish, Japanese, Korean and Chinese, each complete", () => {
    assert.deepEqual(Object.keys(LANGUAGES).sort(), ["de", "en", "es", "fr", "ja", "ko", "zh"]);
    for (const [language, strings] of Object.entries(LANGUAGES)) {
      assert.deepEqual(Object.keys(strings).sort(), [...STRING_KEYS].sort(), `${language} misses or adds keys`);
    }
  });

  it("picks plural forms and the closest language (de-CH is German; an unknown one is English)", () => {
    assert.equal(interfaceStrings("de-CH")("postCount", { count: 1 }), "1 Beitrag");
    assert.equal(interfaceStrings("de")("postCount", { count: 3 }), "3 Beiträge");
    assert.equal(interfaceStrings("ja")("postCount", { count: 3 }), "3件の記事");
    assert.equal(interfaceStrings("tlh")("menu"), "Menu");
  });

  it("builds every interface string of a German site in German, dates included", async () => {
    const site = await buildFixture("theme", { site: { language: "de", search: true } });
    const home = dom(site.page("/"));
    assert.equal(text(home.byClass("nav-toggle__label")[0]), "Menü");
    assert.deepEqual(dom(home.byClass("site-nav")[0]!).byTag("a").map(text).slice(-4), [
      "Kategorien",
      "Schlagwörter",
      "Archiv",
      "Suche",
    ]);
    const post = dom(site.page("/2025/03/01/long-guide/"));
    assert.match(
      text(post.byClass("post__meta")[0]),
      /^1\. März 2025 · Aktualisiert am 20\. März 2025 · \d+ Min\. Lesezeit · Ana Lima und Ben Ito$/,
    );
    assert.equal(text(post.byClass("share__title")[0]), "Teilen");
    assert.equal(text(post.byClass("toc__title")[0]), "Inhalt");
    assert.equal(text(dom(site.page("/categories/guides/")).byClass("list-header__count")[0]), "3 Beiträge");
    assert.match(site.page("/"), /<html lang="de"/);
    assert.doesNotMatch(site.page("/search/"), />Search</);
  });

  it("lets site.config.ts override any string, plural forms too", async () => {
    const site = await buildFixture("theme", {
      site: { strings: { menu: "Sections", postCount: { one: "{count} entry", other: "{count} entries" } } },
    });
    assert.equal(text(dom(site.page("/")).byClass("nav-toggle__label")[0]), "Sections");
    assert.equal(text(dom(site.page("/categories/guides/")).byClass("list-header__count")[0]), "3 entries");
  });

  it("refuses a strings key that is not in the catalogue, naming it", () => {
    assert.throws(
      () => resolveSite({ strings: { menuu: "Menu" } }),
      /strings\.menuu: is not an interface string\. The keys are those of src\/i18n\/en\.ts/,
    );
  });
});
