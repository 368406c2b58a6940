// Reading front matter: YAML only, with line numbers, whatever editor saved the file.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { FrontMatterError, parseFrontMatter } from "../../src/posts/front-matter.ts";

function failure(source: string): FrontMatterError {
  try {
    parseFrontMatter(source);
  } catch (error) {
    if (error instanceof FrontMatterError) return error;
    throw error;
  }
  assert.fail("expected a FrontMatterError");
}

describe("parseFrontMatter", () => {
  it("reads YAML 1.1 as Jekyll does, keeping dates as written", () => {
    const file = parseFrontMatter("---\ntitle: Hi\ndate: 2025-10-31T11:24:46\npublished: no\n---\n\nBody\n");
    assert.deepEqual(file.data, { title: "Hi", date: "2025-10-31T11:24:46", published: false });
    assert.equal(file.body, "\nBody\n");
    assert.equal(file.bodyLine, 6);
    assert.deepEqual(
      [...file.keyLines],
      [
        ["title", 2],
        ["date", 3],
        ["published", 4],
      ],
    );
  });

  it("reads YAML 1.1's booleans and merge keys, and finds each top-level key's line however it is written", () => {
    const file = parseFrontMatter(
      [
        "---",
        "# a comment",
        "defaults: &defaults",
        "  layout: post",
        "  draft: off",
        "<<: *defaults",
        '"title": "Quoted: key"',
        "'it''s': Yes",
        "excerpt: |",
        "  text: that looks like a key",
        "tags:",
        "- ai",
        "- chips",
        "toc: on",
        "---",
        "Body",
      ].join("\n"),
    );
    assert.deepEqual(file.data, {
      defaults: { layout: "post", draft: false },
      layout: "post",
      draft: false,
      title: "Quoted: key",
      "it's": true,
      excerpt: "text: that looks like a key\n",
      tags: ["ai", "chips"],
      toc: true,
    });
    assert.deepEqual(Object.fromEntries(file.keyLines), {
      defaults: 3,
      title: 7,
      "it's": 8,
      excerpt: 9,
      tags: 11,
      toc: 14,
    });
  });

  it("names the line of a NUL byte in front matter", () => {
    assert.throws(
      () => parseFrontMatter('---\ntitle: "x"\ndate: 2025-01-01\nnote: "a\0b"\n---\nBody.\n'),
      (error: unknown) => error instanceof FrontMatterError && error.line === 4 && /NUL byte/.test(error.message),
    );
  });

  it("accepts a byte order mark and CRLF line endings", () => {
    const file = parseFrontMatter("\uFEFF---\r\ntitle: Hi\r\n---\r\nBody\r\n");
    assert.deepEqual(file.data, { title: "Hi" });
    assert.equal(file.body, "Body\n");
  });

  it("treats a file without front matter as all body", () => {
    assert.deepEqual(parseFrontMatter("# Just Markdown\n"), {
      data: {},
      body: "# Just Markdown\n",
      bodyLine: 1,
      keyLines: new Map(),
      duplicateKeys: new Map(),
    });
  });

  it("refuses executable front matter without running it", () => {
    for (const fence of ["---js", "---javascript", "--- js", "---coffee", "---json"]) {
      const error = failure(`${fence}\n{ title: (globalThis.RAN_FRONT_MATTER = 1) }\n---\nBody\n`);
      assert.match(error.message, /only YAML front matter is read/, fence);
      assert.equal(error.line, 1);
    }
    assert.equal((globalThis as { RAN_FRONT_MATTER?: number }).RAN_FRONT_MATTER, undefined);
  });

  it("reports invalid YAML with its line", () => {
    const error = failure("---\ntitle: ok\nbad: [unclosed\nnext: 1\n---\n");
    assert.match(error.message, /^front matter is not valid YAML: /);
    assert.ok(error.line !== undefined && error.line >= 3);
  });

  it("keeps the last of a repeated key, as Jekyll does, and says on which lines it was written", () => {
    const file = parseFrontMatter("---\ntitle: a\nx: 1\ntitle: b\nnested:\n  k: 1\n  k: 2\ntitle: c\n---\nBody\n");
    assert.deepEqual(file.data, { title: "c", x: 1, nested: { k: 2 } });
    assert.equal(file.keyLines.get("title"), 8);
    assert.deepEqual([...file.duplicateKeys], [["title", [2, 4, 8]]]);
  });

  it("takes Jekyll's fences: `...` closing, and blanks after either `---`, with the lines unchanged", () => {
    const dots = parseFrontMatter("---\ntitle: Dots\n...\nBody\n");
    assert.deepEqual(dots.data, { title: "Dots" });
    assert.equal(dots.body, "Body\n");
    assert.equal(dots.bodyLine, 4);
    const blanks = parseFrontMatter("--- \t\ntitle: Blanks\ntags: [a]\n---  \n\nBody\n");
    assert.deepEqual(blanks.data, { title: "Blanks", tags: ["a"] });
    assert.equal(blanks.body, "\nBody\n");
    assert.equal(blanks.bodyLine, 5);
    assert.equal(blanks.keyLines.get("tags"), 3);
    // A line of `...` or `---` in the body after the closing fence stays body.
    assert.equal(parseFrontMatter("---\ntitle: x\n---\na\n...\n---\n").body, "a\n...\n---\n");
  });

  it("reports a missing closing fence", () => {
    assert.match(failure("---\ntitle: a\n").message, /no closing "---" line/);
    assert.match(failure("---  \ntitle: a\n---x\n").message, /no closing "---" line/);
  });

  it("refuses front matter that is not a map of keys", () => {
    assert.match(failure("---\n- a\n- b\n---\n").message, /must be a list of `key: value` lines/);
  });
});
