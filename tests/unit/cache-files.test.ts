// The build cache's JSON files are written an entry at a time, and only a whole file ever takes the old one's place.
import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, it } from "node:test";
import { writeJsonAtomically } from "../../src/cache/cache-files.ts";

const folder = mkdtempSync(path.join(tmpdir(), "cache-files-"));
after(() => rmSync(folder, { recursive: true, force: true }));

describe("writeJsonAtomically", () => {
  it("writes what JSON.stringify writes for the whole object, however many entries there are", () => {
    const file = path.join(folder, "many.json");
    // More than one chunk's worth, with text beyond ASCII and a value JSON leaves out.
    const entries = Array.from({ length: 5000 }, (_, index) => [
      `/posts/${index}/`,
      { shown: [`posts/${index}.md`, "posts/ünïcode—post.md"], search: index % 3 === 0 ? undefined : `h${index}` },
    ]);
    const withUndefined = [...entries, ["/gone/", undefined]] as Array<[string, unknown]>;
    writeJsonAtomically(file, { model: "m", setup: undefined, day: 3 }, "pages", withUndefined);
    const expected = JSON.stringify({ model: "m", setup: undefined, day: 3, pages: Object.fromEntries(withUndefined) });
    assert.equal(readFileSync(file, "utf8"), expected);
    writeJsonAtomically(file, {}, "pages", []);
    assert.equal(readFileSync(file, "utf8"), '{"pages":{}}');
  });

  it("leaves the old file as it was, and nothing beside it, when an entry cannot be written", () => {
    const file = path.join(folder, "kept.json");
    writeFileSync(file, '{"old":true}');
    function* entries(): Generator<[string, unknown]> {
      yield ["first", 1];
      yield ["second", 2n]; // JSON has no form for a BigInt: JSON.stringify throws
    }
    assert.throws(() => writeJsonAtomically(file, { model: "m" }, "posts", entries()), /BigInt/);
    assert.equal(readFileSync(file, "utf8"), '{"old":true}');
    assert.deepEqual(
      readdirSync(folder).filter((name) => name.startsWith("kept")),
      ["kept.json"],
    );
  });
});
