// site.config.ts is checked strictly: an unknown key, an invented language or a host without a scheme each get
// one message naming the key and the fix; every setting is documented in README's settings table.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { resolveSite, siteSettingsSchema, type SiteSettingsInput } from "../../src/site.ts";

/** The message resolveSite throws for `input`, without its first line ("site.config.ts has invalid settings:"). */
function problems(input: Record<string, unknown>): string[] {
  try {
    resolveSite(input as SiteSettingsInput);
  } catch (error) {
    return (error as Error).message
      .split("\n")
      .slice(1)
      .map((line) => line.trim());
  }
  return [];
}

describe("site settings", () => {
  it("refuses an unknown key, suggesting the setting it was likely meant to be", () => {
    assert.deepEqual(problems({ postPerPage: 3 }), ["postPerPage: is not a setting. Did you mean postsPerPage?"]);
    assert.deepEqual(problems({ limits: { htmlDeph: 3 } }), [
      "limits.htmlDeph: is not a setting. Did you mean htmlDepth?",
    ]);
    assert.match(
      problems({ colour: "red" })[0]!,
      /^colour: is not a setting\. The settings are: title, description, url, /,
    );
  });

  it("takes a BCP 47 tag of a real language, and nothing else", () => {
    for (const language of ["en", "de-DE", "pt-BR", "zh-Hant", "ja"]) assert.deepEqual(problems({ language }), []);
    for (const language of ["german", "xx", "en_US!", ""]) {
      assert.deepEqual(problems({ language }), [
        `language: "${language}" is not a BCP 47 language tag of a real language. Write a tag such as "en", "de", "pt-BR" or "zh-Hant".`,
      ]);
    }
  });

  it("gives one message per wrong url, the one that fits", () => {
    assert.deepEqual(problems({ url: "notes.example.de" }), [
      'url: must start with https:// or http://, such as "https://notes.example.de".',
    ]);
    assert.deepEqual(problems({ url: "ftp://example.org" }), [
      'url: must be an absolute http(s) address, such as "https://example.org".',
    ]);
    assert.deepEqual(problems({ url: "https://example.org/blog" }), [
      'url: must be the address of the host only, such as "https://example.org"; put a subfolder in pathPrefix: "/blog/".',
    ]);
  });

  it("documents every setting in README's settings table", () => {
    const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
    const table = readme.slice(readme.indexOf("| Setting "), readme.indexOf("\n\n", readme.indexOf("| Setting ")));
    const documented = [...table.matchAll(/^\| `([A-Za-z]+)`/gm)].map((match) => match[1]);
    assert.deepEqual(documented.sort(), Object.keys(siteSettingsSchema.shape).sort());
  });
});
