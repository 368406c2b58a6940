// Nothing outside the project is read or published: symbolic links in the assets folder, to images or to the
// authors file are left out with a message naming them.
import assert from "node:assert/strict";
import { cpSync, mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { buildFixture, FIXTURES, newOutputFolder } from "../helpers/fixture-site.ts";

/** A copy of the seed fixture with an assets folder, to which a test adds links. */
function project(): string {
  const root = path.join(newOutputFolder("links"), "project");
  cpSync(path.join(FIXTURES, "seed", "posts"), path.join(root, "posts"), { recursive: true });
  mkdirSync(path.join(root, "assets", "css"), { recursive: true });
  writeFileSync(path.join(root, "assets", "css", "kept.css"), "body { color: black; }");
  return root;
}

describe("symbolic links", () => {
  it("never publishes a link in the assets folder, to a folder or a file, and names each", async () => {
    const root = project();
    symlinkSync("/etc", path.join(root, "assets", "etc"));
    symlinkSync("/etc/hostname", path.join(root, "assets", "css", "host.css"));
    // A link inside the project is left out too: the output must hold files only.
    symlinkSync(path.join(root, "assets", "css", "kept.css"), path.join(root, "assets", "inside.css"));
    const site = await buildFixture(root);
    assert.ok(site.result.ok, site.result.ok ? "" : site.result.message);
    assert.ok(site.has("/assets/css/kept.css"));
    assert.equal(site.files().filter((file) => /etc|host|inside/.test(file)).length, 0, site.files().join("\n"));
    const warnings = site.result.warnings.join("\n");
    for (const link of ["assets/etc", "assets/css/host.css", "assets/inside.css"]) {
      assert.match(warnings, new RegExp(`${link}: is a symbolic link, and links are never published`));
    }
  });

  it("does not read an image through a link out of the project", async () => {
    const root = project();
    const outside = newOutputFolder("outside");
    mkdirSync(path.join(outside, "pixmaps"));
    writeFileSync(path.join(outside, "pixmaps", "debian-logo.png"), "not really an image");
    symlinkSync(outside, path.join(root, "assets", "images"), "dir");
    const post = path.join(root, "posts", "2025-11-01-linked-image.md");
    writeFileSync(post, '---\ntitle: "Linked"\nimage: assets/images/pixmaps/debian-logo.png\n---\nBody.\n');
    const site = await buildFixture(root);
    assert.ok(site.result.ok, site.result.ok ? "" : site.result.message);
    assert.match(
      site.result.warnings.join("\n"),
      /posts\/2025-11-01-linked-image\.md: image "assets\/images\/pixmaps\/debian-logo\.png" is reached through a symbolic link that leads out of the project/,
    );
    assert.equal(site.files().filter((file) => file.includes("debian-logo")).length, 0);
  });

  it("never reads a post through a link, to a file or a folder, and names each", async () => {
    const root = project();
    const outside = newOutputFolder("outside-posts");
    writeFileSync(path.join(outside, "2025-11-02-secret.md"), '---\ntitle: "Secret"\n---\nFrom outside.\n');
    symlinkSync(path.join(outside, "2025-11-02-secret.md"), path.join(root, "posts", "2025-11-02-secret.md"));
    symlinkSync(outside, path.join(root, "posts", "elsewhere"), "dir");
    const site = await buildFixture(root);
    assert.ok(site.result.ok, site.result.ok ? "" : site.result.message);
    assert.equal(site.files().filter((file) => file.includes("secret")).length, 0);
    const warnings = site.result.warnings.join("\n");
    for (const link of ["posts/2025-11-02-secret.md", "posts/elsewhere"]) {
      assert.match(warnings, new RegExp(`${link}: is a symbolic link, and posts are never read through links`));
    }
  });

  it("refuses an authors file that links out of the project", async () => {
    const root = project();
    symlinkSync("/etc/passwd", path.join(root, "authors.yml"));
    const site = await buildFixture(root);
    assert.equal(site.result.ok, false);
    assert.match(
      site.result.ok ? "" : site.result.message,
      /authors\.yml: is a symbolic link that leads out of the project \(to \/etc\/passwd\)/,
    );
    assert.doesNotMatch(site.result.ok ? "" : site.result.message, /root:/);
  });
});
