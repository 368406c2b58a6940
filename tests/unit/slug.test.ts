// slug(): one rule for every URL segment, across scripts and punctuation.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { MAX_SLUG_LENGTH, slug } from "../../src/posts/slug.ts";

describe("slug", () => {
  const cases: Array<[string, string]> = [
    ["Business", "business"],
    ["Elixir in Production", "elixir-in-production"],
    ["  Spaces   and\ttabs ", "spaces-and-tabs"],
    ["Nvidia's deals", "nvidias-deals"],
    ["C++", "c-plus-plus"],
    ["C#", "c-sharp"],
    ["R&D", "r-and-d"],
    ["한국", "한국"],
    ["Économie", "économie"],
    ["Ｆｕｌｌｗｉｄｔｈ", "fullwidth"],
    ["2025", "2025"],
    ["A.I.", "a-i"],
  ];
  for (const [name, expected] of cases) {
    it(`${JSON.stringify(name)} → ${expected}`, () => assert.equal(slug(name), expected));
  }

  it("never makes a slug of invisible characters: symbols and emoji with selectors or joiners get a visible one", () => {
    for (const name of ["★", "★\uFE0F", "🚀", "::", "👨\u200D💻", "\u200B", "\uFE0F\u2060"]) {
      assert.match(slug(name), /^n-[0-9a-f]{6}$/, JSON.stringify(name));
      assert.equal(slug(name), slug(name));
    }
    assert.equal(slug("+++"), "plus-plus-plus");
    assert.equal(slug("AI\u200B"), "ai");
    assert.equal(slug("हिन्दी"), "हिन्दी");
  });

  it("gives punctuation-only names a stable slug of their own", () => {
    assert.match(slug("???"), /^n-[0-9a-f]{6}$/);
    assert.equal(slug("???"), slug("???"));
    assert.notEqual(slug("???"), slug("!!!"));
  });

  it("shortens long names at a word boundary without splitting characters", () => {
    const long = slug("word ".repeat(40));
    assert.ok(long.length <= MAX_SLUG_LENGTH);
    assert.doesNotMatch(long, /-$/);
    const korean = slug("한".repeat(200));
    assert.equal(Array.from(korean).length, MAX_SLUG_LENGTH);
  });
});
