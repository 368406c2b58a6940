// One body renderer for the build and the helper thread, and the import direction it keeps: images depend on posts, never back.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { ImageSet } from "../../src/images/image-set.ts";
import type { Picture } from "../../src/images/picture.ts";
import { createMarkdown } from "../../src/posts/markdown.ts";
import { renderBody } from "../../src/posts/render-body.ts";

const SRC = path.join(import.meta.dirname, "../../src");
const picture: Picture = {
  sources: [{ type: "image/avif", srcset: "/img/x-400.avif 400w" }],
  src: "/img/x-400.jpeg",
  srcset: "/img/x-400.jpeg 400w",
  width: 400,
  height: 300,
};
const folder = { root: "/site", assetsDir: "assets" };
const images = new ImageSet(
  folder,
  new Map([
    ["/site/assets/x.jpg", { kind: "responsive", picture, files: [] }],
    ["/site/assets/y.svg", { kind: "as-is" }],
  ]),
);

describe("renderBody with the build's images", () => {
  const markdown = createMarkdown();
  const html = (body: string) => renderBody(markdown, body, images).html;

  it("writes a resized image as a lazy <picture> the width of the text column, with its description and title", () => {
    assert.equal(
      html('![A "cat" & dog](/assets/x.jpg "On <b>")'),
      '<p><picture><source type="image/avif" srcset="/img/x-400.avif 400w" sizes="(min-width: 48rem) 44rem, calc(100vw - 2rem)">' +
        '<img src="/img/x-400.jpeg" srcset="/img/x-400.jpeg 400w" sizes="(min-width: 48rem) 44rem, calc(100vw - 2rem)" ' +
        'alt="A &quot;cat&quot; &amp; dog" title="On &lt;b&gt;" width="400" height="300" loading="lazy" decoding="async"></picture></p>\n',
    );
  });

  it("keeps other images as written, and leaves missing ones out with their empty paragraph", () => {
    assert.equal(html("![logo](/assets/y.svg)"), '<p><img src="/assets/y.svg" alt="logo"></p>\n');
    assert.equal(
      html("![remote](https://example.org/z.png)"),
      '<p><img src="https://example.org/z.png" alt="remote"></p>\n',
    );
    assert.equal(html("![gone](/assets/gone.jpg)\n\nText"), "\n<p>Text</p>\n");
    assert.equal(html("Before ![gone](/assets/gone.jpg) after"), "<p>Before  after</p>\n");
  });
});

describe("import direction", () => {
  it("src/posts never imports src/images: images are resized for posts, after posts are read", () => {
    const offending = readdirSync(path.join(SRC, "posts"))
      .filter((name) => name.endsWith(".ts"))
      .filter((name) => /from "\.\.\/images\//.test(readFileSync(path.join(SRC, "posts", name), "utf8")));
    assert.deepEqual(offending, []);
  });
});
