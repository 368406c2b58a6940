// KaTeX's stylesheet and fonts as the site publishes them (assets/katex/): the woff2 fonts only, which every current browser reads.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const katexDist = path.dirname(createRequire(import.meta.url).resolve("katex/dist/katex.min.css"));

/** KaTeX's minified stylesheet with each font's woff and ttf fallbacks removed (a third of the download). */
export function katexStylesheet(): string {
  const css = readFileSync(path.join(katexDist, "katex.min.css"), "utf8");
  return css.replace(/,url\(fonts\/[^)]+\.(?:woff|ttf)\) format\("(?:woff|truetype)"\)/g, "");
}

/**
 * Writes the stylesheet and its fonts into `folder`. Run after updating katex:
 * `npx tsx -e 'import("./src/markdown/katex-assets.ts").then((m) => m.writeKatexAssets("assets/katex"))'`
 * (tests/unit/katex-assets.test.ts fails until then).
 */
export function writeKatexAssets(folder: string): void {
  mkdirSync(path.join(folder, "fonts"), { recursive: true });
  writeFileSync(path.join(folder, "katex.min.css"), katexStylesheet());
  for (const font of readdirSync(path.join(katexDist, "fonts")).filter((name) => name.endsWith(".woff2"))) {
    copyFileSync(path.join(katexDist, "fonts", font), path.join(folder, "fonts", font));
  }
}
