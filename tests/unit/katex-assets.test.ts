// The KaTeX stylesheet and fonts the site publishes (assets/katex/) are the installed katex's, and complete.
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { katexStylesheet } from "../../src/markdown/katex-assets.ts";

const folder = fileURLToPath(new URL("../../assets/katex/", import.meta.url));

describe("KaTeX assets", () => {
  it("match the installed katex (run writeKatexAssets after updating it)", () => {
    assert.equal(readFileSync(`${folder}katex.min.css`, "utf8"), katexStylesheet());
  });

  it("hold every font the stylesheet names, in woff2 only", () => {
    const fonts = [...katexStylesheet().matchAll(/url\((fonts\/[^)]+)\)/g)].map((match) => match[1]!);
    assert.ok(fonts.length > 10);
    for (const font of fonts) {
      assert.match(font, /\.woff2$/);
      assert.ok(existsSync(`${folder}${font}`), font);
    }
  });
});
