// Fenced code is coloured at build time, stays copyable as written, and is styled for light and dark.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { before, describe, it } from "node:test";
import { buildFixture, type BuiltSite } from "../helpers/fixture-site.ts";

const POST = "/2025/01/05/code-sample/";

describe("code highlighting", () => {
  let site: BuiltSite;
  before(async () => {
    site = await buildFixture("reader");
  });

  it("colours a known language with highlight.js classes, in a focusable block labelled with the language", () => {
    assert.ok(
      site
        .page(POST)
        .includes(
          '<pre class="code" tabindex="0" data-language="TypeScript"><code class="hljs language-ts"><span class="hljs-keyword">const</span> <span class="hljs-attr">greeting</span>: <span class="hljs-built_in">string</span> = <span class="hljs-string">&quot;hello&quot;</span>;\n<span class="hljs-comment">// says hello</span>\n</code></pre>',
        ),
    );
  });

  it("escapes code in a language it does not know, and runs none of it", () => {
    assert.ok(
      site
        .page(POST)
        .includes(
          '<pre class="code" tabindex="0" data-language="nosuchlanguage"><code class="language-nosuchlanguage">&lt;script&gt;alert(&quot;not run&quot;)&lt;/script&gt;\n</code></pre>',
        ),
    );
  });

  it("keeps a block without a language plain", () => {
    assert.ok(site.page(POST).includes('<pre class="code" tabindex="0"><code>plain &amp; simple\n</code></pre>'));
  });

  it("sends no highlighter to the browser: no script on a post page", () => {
    // Besides the post's structured data (JSON-LD, never run), only the theme's own: the head's one line
    // and site.js (copy buttons, theme toggle), neither of which highlights anything.
    const scripts = [...site.page(POST).matchAll(/<script([^>]*)>/g)].map((match) => match[1]);
    assert.deepEqual(scripts, ["", ' type="application/ld+json"', ' src="/assets/js/site.js" defer']);
  });

  it("has colours for both light and dark schemes", () => {
    // The theme's stylesheets are the project's own (fixture sites have only their posts).
    const css = readFileSync(new URL("../../assets/css/code.css", import.meta.url), "utf8");
    assert.match(site.page(POST), /<link rel="stylesheet" href="\/assets\/css\/code\.css"\/>/);
    assert.match(css, /\.hljs-keyword/);
    // Dark when the reader's system prefers it and they did not pick light, or when they picked dark.
    assert.match(
      css,
      /@media \(prefers-color-scheme: dark\) \{\s*:root:not\(\[data-theme="light"\]\) \{\s*--code-text:/,
    );
    assert.match(css, /:root\[data-theme="dark"\] \{\s*--code-text:/);
  });
});
