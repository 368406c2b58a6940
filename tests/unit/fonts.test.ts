// The self-hosted fonts are the Fontsource packages' own files, byte for byte: an upgrade is a copy, not a guess.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { describe, it } from "node:test";

const PACKAGES: Readonly<Record<string, string>> = {
  "source-serif-4-": "node_modules/@fontsource-variable/source-serif-4/files/",
  "inter-": "node_modules/@fontsource-variable/inter/files/",
};

describe("fonts", () => {
  const files = readdirSync("assets/fonts").filter((file) => file.endsWith(".woff2"));

  it("ships only the Latin and Latin Extended variable-weight subsets", () => {
    assert.ok(files.length > 0);
    for (const file of files) assert.match(file, /-(latin|latin-ext)-wght-(normal|italic)\.woff2$/);
  });

  it("matches the installed Fontsource packages", () => {
    for (const file of files) {
      const prefix = Object.keys(PACKAGES).find((candidate) => file.startsWith(candidate));
      assert.ok(prefix, `${file} comes from no known package`);
      assert.ok(
        readFileSync(`assets/fonts/${file}`).equals(readFileSync(`${PACKAGES[prefix]}${file}`)),
        `${file} differs`,
      );
    }
  });

  it("declares every shipped file in the stylesheet, with font-display: swap", () => {
    const css = readFileSync("assets/css/site.css", "utf8");
    for (const file of files) assert.ok(css.includes(`url(../fonts/${file})`), `${file} is not used`);
    assert.equal(css.match(/@font-face/g)?.length, files.length);
    assert.equal(css.match(/font-display: swap/g)?.length, files.length);
  });
});
