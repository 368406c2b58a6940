// The self-hosted fonts are src/theme/subset-fonts.py's subsets of the Fontsource packages' files: every
// character the package's file has, the weight range and features the script names, and nothing the theme
// does not use. An upgrade of a package is that script, then these tests.
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { describe, it } from "node:test";
import { axes, characters, features, woff2Tables } from "../helpers/woff2.ts";

const PACKAGES: Readonly<Record<string, string>> = {
  "source-serif-4-": "node_modules/@fontsource-variable/source-serif-4/files/",
  "inter-": "node_modules/@fontsource-variable/inter/files/",
};
const SCRIPT = readFileSync("src/theme/subset-fonts.py", "utf8");
/** The script's own settings, read from it, so the script and these tests cannot drift apart. */
const [MIN_WEIGHT, MAX_WEIGHT] = /^WEIGHTS = \((\d+), (\d+)\)$/m.exec(SCRIPT)!.slice(1).map(Number) as [number, number];
const KEPT = [.../^FEATURES = \[(.*)\]$/m.exec(SCRIPT)![1]!.matchAll(/"(\w+)"/g)].map((match) => match[1]!);

/** The package's file a subset was made from: `inter-latin-wght400-700-normal` ← `inter-latin-wght-normal`. */
function packageFile(file: string): string {
  const prefix = Object.keys(PACKAGES).find((candidate) => file.startsWith(candidate));
  assert.ok(prefix, `${file} comes from no known package`);
  return `${PACKAGES[prefix]}${file.replace(`-wght${MIN_WEIGHT}-${MAX_WEIGHT}-`, "-wght-")}`;
}

describe("fonts", () => {
  const files = readdirSync("assets/fonts").filter((file) => file.endsWith(".woff2"));

  it("ships only the Latin and Latin Extended subsets, upright and italic, of the script's weight range", () => {
    assert.equal(files.length, 6);
    const range = `wght${MIN_WEIGHT}-${MAX_WEIGHT}`;
    for (const file of files) assert.match(file, new RegExp(`-(latin|latin-ext)-${range}-(normal|italic)\\.woff2$`));
  });

  it("are subsets of the installed Fontsource packages' files: every character, the weights used, fewer bytes", () => {
    assert.deepEqual([MIN_WEIGHT, MAX_WEIGHT], [400, 700]);
    for (const file of files) {
      const source = packageFile(file);
      assert.ok(existsSync(source), `${file}: ${source} is missing`);
      const subset = woff2Tables(readFileSync(`assets/fonts/${file}`));
      const original = woff2Tables(readFileSync(source));
      assert.deepEqual(characters(subset), characters(original), `${file} lost or gained characters`);
      assert.deepEqual(axes(subset), [{ tag: "wght", min: MIN_WEIGHT, default: 400, max: MAX_WEIGHT }], file);
      for (const tag of ["GSUB", "GPOS"] as const) {
        const expected = features(original, tag).filter((feature) => KEPT.includes(feature));
        assert.deepEqual(features(subset, tag), expected, `${file}: ${tag} features`);
      }
      assert.ok(features(subset, "GPOS").includes("kern"), `${file} keeps its kerning`);
      const [before, after] = [statSync(source).size, statSync(`assets/fonts/${file}`).size];
      assert.ok(after < before * 0.8, `${file}: ${after} bytes, the package's ${before}`);
    }
  });

  it("declares every shipped file in the stylesheet, with its weight range and font-display: swap", () => {
    const css = readFileSync("assets/css/site.css", "utf8");
    const faces = css.match(/@font-face\s*{[^}]*}/g) ?? [];
    assert.equal(faces.length, files.length);
    for (const file of files) {
      const face = faces.find((candidate) => candidate.includes(`url(../fonts/${file})`));
      assert.ok(face, `${file} is not used`);
      assert.match(face, new RegExp(`font-weight: ${MIN_WEIGHT} ${MAX_WEIGHT};`), `${file}: weight range`);
      assert.match(face, /font-display: swap;/, `${file}: font-display`);
    }
    for (const [, url] of css.matchAll(/url\(\.\.\/fonts\/([^)]+)\)/g))
      assert.ok(files.includes(url!), `${url} is missing`);
  });
});
