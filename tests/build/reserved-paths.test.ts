// Every output path has one owner: a post cannot take a path inside the folders the build fills itself (resized
// images, the search index) nor the path of a file the assets or static folders publish, and is told which.
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
  mkdirSync(path.join(root, "ja", "downloads"), { recursive: true });
  writeFileSync(path.join(root, "ja", "downloads", "index.html"), "<p>Downloads</p>");
  writeFileSync(path.join(root, "ja", "about.html"), "<p>About</p>");
  for (const [name, text] of Object.entries(posts)) writeFileSync(path.join(root, "posts", name), text);
  return root;
}

const post = (title: string, extra: string) => `---\ntitle: "${title}"\ndate: 2025-01-01\n${extra}---\n\nBody.\n`;

describe("paths the build owns", () => {
  it("refuses a post or redirect at a published file or inside the resized-image and search folders, naming each", async () => {
    const root = project({
      "2025-01-02-image.md": post("Image", "permalink: /img/abc-400.webp\n"),
      "2025-01-03-search.md": post("Search", "permalink: /pagefind/pagefind.js\n"),
      "2025-01-04-static.md": post("Static", "permalink: /ja/downloads/\n"),
      "2025-01-05-redirect.md": post("Redirect", "redirect_from: [/ja/about.html]\n"),
      // A static folder shares its top folder with posts, as on Jekyll sites (/ja/ holds pages and news).
      "2025-01-06-beside-static.md": post("Beside", "permalink: /ja/news/beside/\n"),
      "2025-01-07-beside-assets.md": post("Assets", "permalink: /assets-and-more/\n"),
    });
    const site = await buildFixture(root, { site: { staticDirs: ["ja"], search: true } });
    assert.equal(site.result.ok, false);
    const message = site.result.ok ? "" : site.result.message;
    assert.match(message, /The site was not built: 4 content errors\./);
    for (const expected of [
      "posts/2025-01-02-image.md:4: its URL /img/abc-400.webp is inside /img/, which the build fills with resized images. Give it a URL outside /img/ and /pagefind/.",
      "posts/2025-01-03-search.md:4: its URL /pagefind/pagefind.js is inside /pagefind/, which the build fills with the search index. Give it a URL outside /img/ and /pagefind/.",
      "posts/2025-01-04-static.md:4: its URL /ja/downloads/ is also the file ja/downloads/index.html, which the build publishes there. Give the post another URL, or move the file.",
      "posts/2025-01-05-redirect.md:4: its URL /ja/about.html is also the file ja/about.html, which the build publishes there. Give the post another URL, or move the file.",
    ]) {
      assert.ok(message.includes(expected), `${expected}\nnot in\n${message}`);
    }
    assert.doesNotMatch(message, /beside|2025-01-07/);
  });

  it("writes a post whose permalink names a stylesheet as an HTML page beside it, as Jekyll does", async () => {
    const root = project({ "2025-01-01-stylesheet.md": post("Stylesheet", "permalink: /assets/css/site.css\n") });
    const site = await buildFixture(root);
    assert.ok(site.result.ok, site.result.ok ? "" : site.result.message);
    assert.equal(site.page("/assets/css/site.css"), "body {}");
    assert.match(site.page("/assets/css/site.css.html"), /<h1[^>]*>Stylesheet<\/h1>/);
  });
});
