// The check's pure helpers: repairing double-encoded text, and telling near-duplicate names apart.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { looseKey } from "../../src/check/rules/duplicate-terms.ts";
import { repairMojibake } from "../../src/check/rules/mojibake.ts";

describe("repairMojibake", () => {
  it("undoes UTF-8 read as Windows-1252", () => {
    assert.equal(repairMojibake("Â£"), "£");
    assert.equal(repairMojibake("â€™"), "’");
    assert.equal(repairMojibake("Ã©"), "é");
    assert.equal(repairMojibake("í•œ"), "한");
  });

  it("undoes text encoded twice", () => {
    assert.equal(repairMojibake("ÃƒÂ©"), "é");
  });

  it("leaves sequences that are not UTF-8 alone", () => {
    assert.equal(repairMojibake("Ã("), undefined);
  });
});

describe("looseKey", () => {
  it("gives AI, ai and A.I. one key, and Économie and economie another", () => {
    assert.equal(looseKey("AI"), looseKey("ai"));
    assert.equal(looseKey("AI"), looseKey("A.I."));
    assert.equal(looseKey("Économie"), looseKey("economie"));
    assert.equal(looseKey("Machine Learning"), looseKey("machine-learning"));
  });

  it("keeps apart names the site keeps apart", () => {
    assert.notEqual(looseKey("C++"), looseKey("C#"));
    assert.notEqual(looseKey("C"), looseKey("C++"));
    assert.notEqual(looseKey("한국"), looseKey("AI"));
  });
});
