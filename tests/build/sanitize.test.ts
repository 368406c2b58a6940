// `sanitize: true` strips scripts, event handlers, script URLs, iframes and inline styles from bodies, and keeps
// Markdown, the build's own markup and ordinary HTML; without it, an author's HTML is theirs.
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { buildFixture } from "../helpers/fixture-site.ts";

const PAGE = "/2025/02/01/guest-post/";

/** The post's body, as the page shows it. */
function bodyOf(html: string): string {
  return html.slice(html.indexOf('<div class="post__body">'), html.indexOf("</article>"));
}

describe("sanitize", () => {
  let clean: string;
  let cleanFeed: string;
  let raw: string;
  before(async () => {
    const [on, off] = await Promise.all([
      buildFixture("sanitize", { site: { sanitize: true, search: false, url: "https://example.org" } }),
      buildFixture("sanitize", { site: { search: false } }),
    ]);
    assert.ok(on.result.ok && off.result.ok);
    clean = bodyOf(on.page(PAGE));
    cleanFeed = on.page("/feed.xml");
    raw = bodyOf(off.page(PAGE));
  });

  it("strips scripts, handlers, script URLs, iframes and inline styles when on", () => {
    for (const hostile of [/<script/, /onerror/, /onclick/, /onload/, /javascript:/, /<iframe/, /position:fixed/]) {
      assert.doesNotMatch(clean, hostile);
    }
    assert.doesNotMatch(cleanFeed, /javascript:|onerror|&lt;script/);
  });

  it("keeps Markdown, footnotes, math, code and ordinary HTML when on", () => {
    assert.match(clean, /<a href="https:\/\/example\.org\/">a good link<\/a>/);
    assert.match(clean, /<sup class="footnote-ref"><a href="#fn:1" id="fnref:1">1<\/a><\/sup>/);
    assert.match(clean, /<span class="katex">/);
    assert.match(clean, /<span class="katex-strut" style="height:[\d.]+em;?"/);
    assert.match(clean, /<figure><figcaption>A caption<\/figcaption><\/figure>/);
    assert.match(clean, /<pre class="code" tabindex="0" data-language="JavaScript">/);
    assert.match(clean, /const<\/span> kept = <span class="hljs-string">(&quot;|")&lt;script&gt;(&quot;|")<\/span>/);
    assert.match(clean, /a script link/);
  });

  it("leaves the author's HTML as written when off (the default)", () => {
    assert.match(raw, /<script>alert\("script"\)<\/script>/);
    assert.match(raw, /onclick="alert\('click'\)"/);
  });
});
