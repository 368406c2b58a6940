// A post written for Jekyll's kramdown builds as Jekyll shows it: footnotes, {:toc}, attribute lists, math, ids.
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { slug } from "../../src/posts/slug.ts";
import { buildFixture, type BuiltSite } from "../helpers/fixture-site.ts";

describe("kramdown Markdown", () => {
  let site: BuiltSite;
  let page: string;
  before(async () => {
    site = await buildFixture("kramdown");
    assert.equal(site.result.ok, true, site.result.ok ? "" : site.result.message);
    page = site.page("/2025/03/01/jekyll-post/");
  });

  it("renders {:toc} as a list of the headings where it stands, without {:.no_toc} ones", () => {
    const toc = /<ul id="markdown-toc">[\s\S]*?<\/ul>/.exec(page)?.[0];
    assert.equal(
      toc,
      '<ul id="markdown-toc">\n<li><a href="#first-section" id="markdown-toc-first-section">First section</a></li>\n' +
        '<li><a href="#second-section" id="markdown-toc-second-section">Second section</a></li>\n</ul>',
    );
    assert.doesNotMatch(page, /\{:toc\}|\* TOC|markdown-toc-left-out/);
  });

  it("leaves {:.no_toc} headings out of the page's own contents list too, with the same ids", () => {
    const nav = /<nav class="toc"[\s\S]*?<\/nav>/.exec(page)?.[0] ?? "";
    assert.match(nav, /href="#first-section"/);
    assert.match(nav, /href="#second-section"/);
    assert.doesNotMatch(nav, /left-out/);
    assert.match(page, /<h3 class="no_toc" id="left-out" tabindex="-1">/);
  });

  it("links footnotes with kramdown's ids", () => {
    assert.match(page, /note<sup class="footnote-ref"><a href="#fn:1" id="fnref:1">1<\/a><\/sup>/);
    assert.match(page, /<li id="fn:1" class="footnote-item"><p>The note’s text\./);
  });

  it("leaves kramdown's markers out of the meta description", () => {
    assert.match(page, /<meta name="description" content="The opening paragraph has a note and “quotes”\."\/>/);
  });

  it("applies attribute lists to blocks and spans, and curls quotes", () => {
    assert.match(page, /<p class="lead">The opening paragraph has a note.*and “quotes”\.<\/p>/);
    assert.match(page, /<a href="https:\/\/example\.org\/" target="_blank">A link<\/a>/);
  });

  it("typesets math at build time and links KaTeX's stylesheet only where there is math", () => {
    assert.match(page, /<annotation encoding="application\/x-tex">e\^\{i\\pi\} \+ 1 = 0<\/annotation>/);
    assert.match(
      page,
      /<annotation encoding="application\/x-tex">\\sum_\{k=1\}\^\{n\} k_i \* k_j = \\frac\{n\(n\+1\)\}\{2\}<\/annotation>/,
    );
    assert.match(page, /<link rel="stylesheet" href="\/assets\/katex\/katex\.min\.css"\/>/);
    const prices = site.page("/2025/03/02/no-math/");
    assert.match(prices, /It costs \$5 and \$10\./);
    assert.doesNotMatch(prices, /katex/);
  });

  it("shows TeX that KaTeX cannot read as written, and warns with the file and line", () => {
    const bad = site.page("/2025/03/03/bad-tex/");
    assert.match(bad, /<code class="math-error">\$\$\\frac\{1\}\{\$\$<\/code>/);
    const warnings = site.result.ok ? site.result.warnings.join("\n") : "";
    assert.match(
      warnings,
      /posts\/2025-03-03-bad-tex\.md:8: this math is not TeX that KaTeX can read \(.*\); it is shown as written\./,
    );
  });

  it("gives a tag of symbols a visible, stable page", () => {
    const tag = slug("★");
    assert.match(tag, /^n-[0-9a-f]{6}$/);
    assert.match(site.page(`/tags/${tag}/`), /Posts tagged “★”/);
  });

  it("stops at a link address no browser can read, naming the file and line", async () => {
    const broken = await buildFixture("kramdown-bad-url");
    assert.equal(broken.result.ok, false);
    assert.match(
      broken.result.ok ? "" : broken.result.message,
      /posts\/2025-03-03-bad-link\.md:8: link "https:\/\/exa<U\+200B>mple\.com\/x" cannot be read as an address: it holds an invisible character \(U\+200B\)\. Delete it\./,
    );
  });
});
