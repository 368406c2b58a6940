// Local images become responsive, sized <picture>s; missing ones are left out with a warning; remote ones are untouched.
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { buildFixture, type BuiltSite } from "../helpers/fixture-site.ts";

const POST = "/2025/01/12/harbour-photos/";
const FILE = "posts/2025-01-12-harbour-photos.md";

describe("images", () => {
  let site: BuiltSite;
  before(async () => {
    // AVIF asked for, and the fallback in JPEG: every format the <picture> markup can hold.
    site = await buildFixture("images", { site: { imageFormats: ["avif", "webp", "jpeg"] } });
  });

  it("makes WebP and the original's own format by default, and no AVIF", async () => {
    const plain = await buildFixture("images");
    // The post's body shows its featured image (the theme does not repeat it above): that picture.
    const hero = /<picture[^>]*>[\s\S]*?<\/picture>/.exec(plain.page(POST))?.[0] ?? "";
    assert.match(
      hero,
      /<source type="image\/webp" srcset="\/img\/[\w-]+-400\.webp 400w, \/img\/[\w-]+-800\.webp 800w"/,
    );
    assert.match(
      hero,
      /<img src="\/img\/[\w-]+-800\.png" srcset="\/img\/[\w-]+-400\.png 400w, \/img\/[\w-]+-800\.png 800w"/,
    );
    assert.doesNotMatch(plain.page(POST), /avif/);
    const published = plain.files().filter((file) => file.startsWith("/img/"));
    assert.deepEqual(
      published.map((file) => file.replace(/^\/img\/[\w-]+-/, "")),
      ["400.png", "400.webp", "800.png", "800.webp"].sort(),
    );
  });

  it("turns the featured image into AVIF, WebP and JPEG copies with its size, loaded first", async () => {
    // A post whose body does not show its featured image (this fixture's post does: it is shown once, there).
    assert.doesNotMatch(site.page(POST), /class="post__image"/);
    const hero =
      /<picture class="post__image">[\s\S]*?<\/picture>/.exec(
        (await buildFixture("featured-image", { site: { imageFormats: ["avif", "webp", "jpeg"] } })).page(
          "/2025/01/12/hero/",
        ),
      )?.[0] ?? "";
    assert.match(
      hero,
      /<source type="image\/avif" srcset="\/img\/([\w-]+)-400\.avif 400w, \/img\/\1-800\.avif 800w" sizes="[^"]+"\/>/,
    );
    assert.match(
      hero,
      /<source type="image\/webp" srcset="\/img\/[\w-]+-400\.webp 400w, \/img\/[\w-]+-800\.webp 800w"/,
    );
    assert.match(
      hero,
      /<img src="\/img\/[\w-]+-800\.jpeg" srcset="\/img\/[\w-]+-400\.jpeg 400w, \/img\/[\w-]+-800\.jpeg 800w"/,
    );
    // 1000×600 at 800 wide: the height keeps the ratio, so the page does not jump when it loads.
    assert.match(hero, /width="800" height="480" loading="eager" decoding="async"/);
  });

  it("turns an in-body image into a lazy <picture> with its description and title", () => {
    assert.match(
      site.page(POST),
      /<picture><source type="image\/avif" srcset="[^"]+"[^>]*><source type="image\/webp" [^>]*><img src="\/img\/[\w-]+-800\.jpeg" srcset="[^"]+" sizes="[^"]+" alt="Boats in the harbour" title="At noon" width="800" height="480" loading="lazy" decoding="async"><\/picture>/,
    );
  });

  it("publishes every resized file the pages name, and only those", () => {
    const linked = new Set(
      [...site.page(POST).matchAll(/\/img\/[\w-]+\.(?:avif|webp|jpeg)/g)].map((match) => match[0]),
    );
    const published = site.files().filter((file) => file.startsWith("/img/"));
    assert.deepEqual(published, [...linked].sort());
    assert.equal(published.length, 6); // 2 widths × 3 formats; the draft's own image is not among them
  });

  it("shows the featured image as a thumbnail on the post's card", () => {
    assert.match(site.page("/"), /<picture class="post-card__image">[\s\S]*?loading="lazy"/);
    const card = /<article class="post-card">(?:(?!<\/article>)[\s\S])*A post without an image[\s\S]*?<\/article>/.exec(
      site.page("/"),
    );
    assert.doesNotMatch(card?.[0] ?? "missing card", /<picture|<img/);
  });

  it("leaves out a missing image, with no empty paragraph or broken <img>", () => {
    const html = site.page(POST);
    assert.doesNotMatch(html, /missing-in-body|outside\.png/);
    assert.doesNotMatch(html, /<p><\/p>/);
  });

  it("warns about each missing image with its file and line, and how to fix it", () => {
    assert.deepEqual(site.result.ok && site.result.warnings, [
      `${FILE}:14: image "/assets/images/missing-in-body.png" does not exist (looked for assets/images/missing-in-body.png). Add the file, or correct or remove the path; until then the post is built without it.`,
      `${FILE}:18: image "/images/outside.png" is not in the assets folder (assets/), the only folder published. Move the file there and write its path as /assets/…; until then the post is built without it.`,
    ]);
  });

  it("leaves a remote image exactly as written", () => {
    assert.match(site.page(POST), /<p><img src="https:\/\/images\.example\.org\/boat\.jpg" alt="A remote photo"><\/p>/);
  });

  it("fails the build instead under strictImages, listing every missing image", async () => {
    const strict = await buildFixture("images", { site: { strictImages: true } });
    assert.equal(strict.result.ok, false);
    const message = strict.result.ok ? "" : strict.result.message;
    assert.match(message, /^The site was not built: 2 content errors\./);
    assert.match(
      message,
      /posts\/2025-01-12-harbour-photos\.md:14: image "\/assets\/images\/missing-in-body\.png" does not exist .*strictImages is on/,
    );
    assert.match(
      message,
      /posts\/2025-01-12-harbour-photos\.md:18: image "\/images\/outside\.png" is not in the assets folder/,
    );
  });
});
