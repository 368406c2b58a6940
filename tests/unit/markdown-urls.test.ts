// Link and image addresses no browser can read: reported with their line, never a crash, left out of the HTML.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { bodyUrlProblems } from "../../src/markdown/url-check.ts";
import { createMarkdown } from "../../src/posts/markdown.ts";

const markdown = createMarkdown();

describe("link addresses", () => {
  it("reports an invisible character in a host name, and keeps the link's text without the link", () => {
    const body = "Intro.\n\nSee [a](https://exa\u200Bmple.com/x) now.\n";
    assert.deepEqual(bodyUrlProblems(markdown, body), [
      {
        line: 2,
        severity: "error",
        message:
          'link "https://exa<U+200B>mple.com/x" cannot be read as an address: it holds an invisible character (U+200B). Delete it.',
      },
    ]);
    assert.equal(markdown.render(body, {}), "<p>Intro.</p>\n<p>See <a>a</a> now.</p>\n");
  });

  it("reports percent-escapes that do not decode and a stray %, in links and images", () => {
    const body = "[a](https://example.com/x%E0%A4%A)\n![b](assets/img%ZZ.png)\n[c](http://[bad)\n";
    const problems = bodyUrlProblems(markdown, body);
    assert.deepEqual(
      problems.map((problem) => [problem.line, problem.message]),
      [
        [
          0,
          'link "https://example.com/x%E0%A4%A" cannot be read as an address: it has a "%" not followed by two hex digits. Write %25 for a percent sign.',
        ],
        [
          1,
          'image "assets/img%ZZ.png" cannot be read as an address: it has a "%" not followed by two hex digits. Write %25 for a percent sign.',
        ],
        [
          2,
          'link "http://[bad" cannot be read as an address: it is not a valid URL (look at its host name and port). Fix the address.',
        ],
      ],
    );
  });

  it("checks addresses in raw HTML too, and ignores ones inside code", () => {
    assert.equal(bodyUrlProblems(markdown, '<a href="http://[bad">x</a>\n').length, 1);
    assert.deepEqual(bodyUrlProblems(markdown, "`[a](http://[bad)`\n\n    [b](http://[bad)\n"), []);
  });

  it("passes ordinary addresses without parsing the body", () => {
    assert.deepEqual(bodyUrlProblems(markdown, "[a](https://example.org/a%20b?q=1#x) ![i](/assets/x.png)\n"), []);
  });
});
