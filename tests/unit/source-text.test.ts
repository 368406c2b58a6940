// The one text normaliser, and the readers that used to clean up text each in their own way.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { normaliseText } from "../../src/source-text.ts";
import { parseFrontMatter } from "../../src/posts/front-matter.ts";
import { readAuthors } from "../../src/authors/load-authors.ts";

describe("normaliseText", () => {
  it("drops a leading byte order mark, and only a leading one", () => {
    assert.equal(normaliseText("\uFEFFtitle"), "title");
    assert.equal(normaliseText("a\uFEFFb"), "a\uFEFFb");
    assert.equal(normaliseText("\uFEFF\uFEFFx"), "\uFEFFx");
  });

  it("makes Windows (CRLF) and old Mac (CR) line endings newlines, without doubling them", () => {
    assert.equal(normaliseText("a\r\nb\rc\nd\r\n\r\n"), "a\nb\nc\nd\n\n");
    assert.equal(normaliseText("\r\r\n"), "\n\n");
  });

  it("leaves text that needs nothing alone", () => {
    const text = "---\ntitle: x\n---\nbody é 한 😀\n";
    assert.equal(normaliseText(text), text);
  });
});

describe("readers of text files", () => {
  it("read a post with a byte order mark and Windows line endings as the same post", () => {
    const unix = parseFrontMatter("---\ntitle: Hello\ntags: [a]\n---\n\nBody\n");
    const windows = parseFrontMatter("\uFEFF---\r\ntitle: Hello\r\ntags: [a]\r\n---\r\n\r\nBody\r\n");
    const mac = parseFrontMatter("---\rtitle: Hello\rtags: [a]\r---\r\rBody\r");
    for (const other of [windows, mac]) {
      assert.deepEqual(other.data, unix.data);
      assert.equal(other.body, unix.body);
      assert.equal(other.bodyLine, unix.bodyLine);
    }
  });

  it("read the authors file with a byte order mark and any line ending, lines counted as the author sees them", () => {
    for (const ending of ["\n", "\r\n", "\r"]) {
      const source = `\uFEFF# authors${ending}mina:${ending}  name: Mina${ending}badely:${ending}  name: Badely${ending}`;
      const { data, errors } = readAuthors("authors.yml", source);
      assert.deepEqual(errors, [], JSON.stringify(ending));
      assert.deepEqual([...data.entries.keys()], ["mina", "badely"]);
      assert.equal(data.lines.get("badely"), 4, JSON.stringify(ending));
    }
  });
});
