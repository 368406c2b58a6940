// Every output path has one owner: a post cannot take a path inside the folders the build fills itself (assets,
// static folders, resized images, the search index), and is told which folder and why.
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { buildFixture, newOutputFolder } from "../helpers/fixture-site.ts";

function project(posts: Record<string, string>): string {
  const root = path.join(newOutputFolder("reserved"), "project");
  mkdirSync(path.join(root, "posts"), { recursive: true });
  mkdirSync(path.join(root, "assets", "css"), { recursive: true });
  writeFileSync(path.join(root, "assets", "css", "site.css"), "body {}");
  for (const [name, text] of Object.entries(posts)) writeFileSync(path.join(root, "posts", name), text);
  return root;
}

const post = (title: string, extra: string) => `---\ntitle: "${title}"\ndate: 2025-01-01\n${extra}---\n\nBody.\n`;

describe("paths the build owns", () => {
  it("refuses a post or a redirect inside the assets, static, resized-image or search folders, naming each", async () => {
    const root = project({
      "2025-01-01-stylesheet.md": post("Stylesheet", "permalink: /assets/css/site.css\n"),
      "2025-01-02-image.md": post("Image", "permalink: /img/abc-400.webp\n"),
      "2025-01-03-search.md": post("Search", "permalink: /pagefind/pagefind.js\n"),
      "2025-01-04-static.md": post("Static", "permalink: /images/x/\n"),
      "2025-01-05-redirect.md": post("Redirect", "redirect_from: [/assets/old/]\n"),
      "2025-01-06-fine.md": post("Fine", "permalink: /assets-and-more/\n"),
    });
    const site = await buildFixture(root, { site: { staticDirs: ["images"] } });
    assert.equal(site.result.ok, false);
    const message = site.result.ok ? "" : site.result.message;
    const outside = "Give it a URL outside /assets/, /images/, /img/, /pagefind/.";
    assert.match(message, /The site was not built: 5 content errors\./);
    for (const expected of [
      `posts/2025-01-01-stylesheet.md:4: its URL /assets/css/site.css is inside /assets/, which the build fills with the files of assets/. ${outside}`,
      `posts/2025-01-02-image.md:4: its URL /img/abc-400.webp is inside /img/, which the build fills with resized images. ${outside}`,
      `posts/2025-01-03-search.md:4: its URL /pagefind/pagefind.js is inside /pagefind/, which the build fills with the search index. ${outside}`,
      `posts/2025-01-04-static.md:4: its URL /images/x/ is inside /images/, which the build fills with the files of images/ (staticDirs). ${outside}`,
      `posts/2025-01-05-redirect.md:4: its URL /assets/old/ is inside /assets/, which the build fills with the files of assets/. ${outside}`,
    ]) {
      assert.ok(message.includes(expected), `${expected}\nnot in\n${message}`);
    }
    assert.doesNotMatch(message, /2025-01-06-fine/);
  });
});
