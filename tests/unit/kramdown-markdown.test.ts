// Markdown as Jekyll's kramdown writes it: markdown-it-style fixtures (tests/fixtures/markdown/*.txt), input → HTML.
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { createMarkdown } from "../../src/posts/markdown.ts";
import { FIXTURES } from "../helpers/output-folder.ts";
import { readMarkdownFixtures } from "../helpers/markdown-fixtures.ts";

const folder = path.join(FIXTURES, "markdown");
const markdown = createMarkdown();

for (const file of readdirSync(folder).filter((name) => name.endsWith(".txt"))) {
  describe(`markdown fixtures: ${file}`, () => {
    for (const fixture of readMarkdownFixtures(path.join(folder, file))) {
      it(`${fixture.title} (line ${fixture.line})`, () => {
        assert.equal(markdown.render(fixture.markdown, {}), fixture.html);
      });
    }
  });
}

describe("smartQuotes: false", () => {
  it("keeps quotes, dashes and dots as typed", () => {
    const plain = createMarkdown({ smartQuotes: false });
    assert.equal(
      plain.render(`"Quoted" -- it's... << x >>`),
      "<p>&quot;Quoted&quot; -- it's... &lt;&lt; x &gt;&gt;</p>\n",
    );
  });
});
