// The one HTML escaper, and the string writers that used to carry their own copy of it.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import MarkdownIt from "markdown-it";
import { escapeHtml } from "../../src/escape-html.ts";
import { highlightCode } from "../../src/posts/highlight.ts";
import { pictureHtml } from "../../src/images/picture.ts";
import { escapeXml } from "../../layouts/feeds/xml.ts";

const SAMPLES = [`a & b < c > d "e" 'f'`, "&amp; already", "<script>alert(1)</script>", "한국 é 😀", "", "plain"];

describe("escapeHtml", () => {
  it("escapes &, <, > and \" and leaves every other character, ' included", () => {
    assert.equal(escapeHtml(`a & b < c > d "e" 'f'`), "a &amp; b &lt; c &gt; d &quot;e&quot; 'f'");
    assert.equal(escapeHtml("&amp;"), "&amp;amp;");
  });

  it("writes exactly what markdown-it's own escaper writes, so both kinds of markup read alike", () => {
    const markdownEscape = new MarkdownIt().utils.escapeHtml;
    for (const sample of SAMPLES) assert.equal(escapeHtml(sample), markdownEscape(sample));
  });
});

describe("writers of markup as strings", () => {
  it("escapes code in a language the highlighter does not know, and the language's name", () => {
    const html = highlightCode(`if (a < b && c > "d") {}`, `no"such<lang`);
    assert.match(
      html,
      /<code class="language-no&quot;such&lt;lang">if \(a &lt; b &amp;&amp; c &gt; &quot;d&quot;\) \{\}<\/code>/,
    );
    assert.match(html, /data-language="no&quot;such&lt;lang"/);
  });

  it("escapes a picture's attribute values", () => {
    const html = pictureHtml(
      {
        sources: [{ type: "image/webp", srcset: "/img/a&b.webp 100w" }],
        src: "/img/a&b.jpg",
        srcset: "/img/a&b.jpg 100w",
        width: 100,
        height: 50,
      },
      { alt: `"Quoted" <b> & 'single'`, sizes: "100vw", loading: "lazy", title: "x<y" },
    );
    assert.match(html, /alt="&quot;Quoted&quot; &lt;b&gt; &amp; 'single'"/);
    assert.match(html, /src="\/img\/a&amp;b\.jpg"/);
    assert.match(html, /srcset="\/img\/a&amp;b\.webp 100w"/);
    assert.match(html, /title="x&lt;y"/);
  });

  it("escapes feed text the same way, after dropping what XML cannot hold", () => {
    for (const sample of SAMPLES) assert.equal(escapeXml(sample), escapeHtml(sample));
    assert.equal(escapeXml("a\u0007<b>"), "a&lt;b&gt;");
  });
});
