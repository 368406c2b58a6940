// One <picture>: the Markdown renderer's string and the layouts' <Picture> write the same elements and attributes.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { isTag, type ChildNode } from "domhandler";
import { parseDocument } from "htmlparser2";
import { h } from "preact";
import { renderToStaticMarkup } from "preact-render-to-string";
import { Picture } from "../../layouts/components/picture.tsx";
import { pictureHtml, type Picture as PictureData, type PictureAttributes } from "../../src/images/picture.ts";

const picture: PictureData = {
  sources: [
    { type: "image/avif", srcset: "/img/a-400.avif 400w, /img/a-800.avif 800w" },
    { type: "image/webp", srcset: "/img/a-400.webp 400w, /img/a-800.webp 800w" },
  ],
  src: "/img/a-800.jpeg",
  srcset: "/img/a-400.jpeg 400w, /img/a-800.jpeg 800w",
  width: 800,
  height: 600,
};

/** Elements as a reader's browser sees them: names, attributes in order, children. */
function elements(nodes: readonly ChildNode[]): unknown[] {
  return nodes.map((node) =>
    isTag(node) ? [node.name, Object.entries(node.attribs), elements(node.children)] : node.type,
  );
}

/**
 * The string, and the component's markup read back as elements. Each writes its document's syntax (Preact
 * closes void elements with `/>`, as every page has it), so they are compared as the browser reads them.
 */
function both(attributes: PictureAttributes): [string, unknown[]] {
  const html = pictureHtml(picture, attributes);
  const jsx = renderToStaticMarkup(h(Picture, { picture, ...attributes }));
  assert.deepEqual(elements(parseDocument(jsx).children), elements(parseDocument(html).children));
  return [html, elements(parseDocument(jsx).children)];
}

describe("picture markup", () => {
  it("has the same elements and attributes from the string renderer and the component, values escaped", () => {
    const [html] = both({ alt: `A "quoted" <b> & co`, sizes: "100vw", loading: "lazy", className: "x" });
    assert.equal(
      html,
      '<picture class="x"><source type="image/avif" srcset="/img/a-400.avif 400w, /img/a-800.avif 800w" sizes="100vw">' +
        '<source type="image/webp" srcset="/img/a-400.webp 400w, /img/a-800.webp 800w" sizes="100vw">' +
        '<img src="/img/a-800.jpeg" srcset="/img/a-400.jpeg 400w, /img/a-800.jpeg 800w" sizes="100vw"' +
        ' alt="A &quot;quoted&quot; &lt;b&gt; &amp; co" width="800" height="600" loading="lazy" decoding="async"></picture>',
    );
  });

  it("gives the image a reader sees first a high fetch priority, and a Markdown title, in both", () => {
    const [eager] = both({ alt: "", sizes: "50vw", loading: "eager" });
    assert.match(eager, /loading="eager" decoding="async" fetchpriority="high">/);
    assert.match(eager, /^<picture><source/);
    const [titled] = both({ alt: "a", title: "Seen from the bridge", sizes: "50vw", loading: "lazy" });
    assert.match(titled, / alt="a" title="Seen from the bridge" width="800"/);
  });
});
