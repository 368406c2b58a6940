// Pages show a file's URL only when the file will be there: remote URLs always, local ones when they exist.
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, it } from "node:test";
import { FileUrls } from "../../src/blog/file-urls.ts";
import { ImageSet } from "../../src/images/image-set.ts";
import type { Post } from "../../src/posts/post.ts";
import { resolveSite } from "../../src/site.ts";
import type { Author } from "../../src/taxonomy/authors.ts";

const root = mkdtempSync(path.join(tmpdir(), "file-urls-"));
mkdirSync(path.join(root, "assets", "images"), { recursive: true });
writeFileSync(path.join(root, "assets", "images", "card.png"), "");
writeFileSync(path.join(root, "assets", "images", "logo.svg"), "");
after(() => rmSync(root, { recursive: true, force: true }));

/** An image set that holds logo.svg as a file linked as it is (SVG is not resized). */
const images = new ImageSet(
  { root, assetsDir: "assets" },
  new Map([[path.join(root, "assets", "images", "logo.svg"), { kind: "as-is" as const }]]),
);

function withImage(src: string): Post {
  return { image: { src } } as unknown as Post;
}

describe("file URLs", () => {
  const site = resolveSite({ title: "Files", socialImage: "assets/images/card.png" });
  const files = new FileUrls(site, root, images);

  it("gives a featured image's site URL when its file is in the image set, the URL itself when remote", () => {
    assert.equal(files.featuredImage(withImage("assets/images/logo.svg")), "/assets/images/logo.svg");
    assert.equal(files.featuredImage(withImage("https://cdn.test/x.jpg")), "https://cdn.test/x.jpg");
    assert.equal(files.featuredImage(withImage("assets/images/gone.jpg")), undefined);
    assert.equal(files.featuredImage({} as Post), undefined);
  });

  it("falls back to the site's social image for a page without a featured image of its own", () => {
    assert.equal(files.socialImage(withImage("https://cdn.test/x.jpg")), "https://cdn.test/x.jpg");
    assert.equal(files.socialImage(withImage("assets/images/gone.jpg")), "/assets/images/card.png");
    assert.equal(files.socialImage(), "/assets/images/card.png");
    assert.equal(new FileUrls(resolveSite({ title: "None" }), root, images).socialImage(), undefined);
  });

  it("names the settings' files and avatars only when they exist or are remote", () => {
    assert.equal(files.siteFile("assets/images/card.png"), "/assets/images/card.png");
    assert.equal(files.siteFile("assets/images/missing.png"), undefined);
    assert.equal(files.siteFile(undefined), undefined);
    assert.equal(files.avatar({ avatar: "https://cdn.test/me.png" } as Author), "https://cdn.test/me.png");
    assert.equal(files.avatar({ avatar: "assets/images/me.png" } as Author), undefined);
  });
});
