// The one YAML reader: Jekyll's YAML (1.1 booleans, dates as text), the line of every key, and the guards an author meets.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { readAuthors } from "../../src/authors/load-authors.ts";
import { formatProblem } from "../../src/problems/problem.ts";
import { readYaml, YamlError, type KeyLines } from "../../src/yaml/read-yaml.ts";

/** Each key with its lines, and its own keys', as plain data to compare. */
function shown(keys: ReadonlyMap<string, KeyLines>): unknown {
  return Object.fromEntries(
    [...keys].map(([key, found]) => [key, found.keys.size === 0 ? found.lines : [found.lines, shown(found.keys)]]),
  );
}

describe("the YAML reader", () => {
  it("reads data as Jekyll does: YAML 1.1 booleans, dates as text, a repeated key's last value", () => {
    const { data } = readYaml("draft: no\ndate: 2025-01-02\ntitle: A\ntitle: B\n", { duplicateKeys: "last" });
    assert.deepEqual(data, { draft: false, date: "2025-01-02", title: "B" });
  });

  it("finds the line of every key, nested, through lists, and each line of a repeated one", () => {
    const text = [
      "title: A", // 1
      "mina:", // 2
      "  name: Mina", // 3
      '  "url" : https://example.org', // 4
      "list:", // 5
      "  - plain", // 6
      "  - key: 1", // 7
      "    other: >", // 8
      "      folded: not a key", // 9
      "tags: [a, b]", // 10
      "title: B", // 11
    ].join("\n");
    const { keys } = readYaml(text, { duplicateKeys: "last" });
    assert.deepEqual(shown(keys), {
      title: [1, 11],
      mina: [[2], { name: [3], url: [4] }],
      list: [[5], { key: [7], other: [8] }],
      tags: [10],
    });
  });

  it("refuses a repeated key when asked to, with its line", () => {
    assert.throws(
      () => readYaml("a: 1\nb: 2\na: 3\n", { duplicateKeys: "error" }),
      (error: unknown) => error instanceof YamlError && error.kind === "syntax" && error.line === 3,
    );
  });

  it("refuses aliases that stand for too many values, in the authors file too", () => {
    const bomb = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
    for (const name of "bcdefg")
      bomb.push(
        `${name}: &${name} [${Array(10)
          .fill(`*${String.fromCharCode(name.charCodeAt(0) - 1)}`)
          .join(", ")}]`,
      );
    const { errors } = readAuthors("authors.yml", bomb.join("\n"));
    assert.deepEqual(
      errors.map((error) => formatProblem(error)),
      [
        "authors.yml: holds more than 100000 values once its YAML aliases (*name) are followed. Write the values out, without aliases that repeat each other.",
      ],
    );
  });
});

describe("the authors file, read by it", () => {
  it("keeps its authors in file order, keys that look like numbers too", () => {
    const { data } = readAuthors("authors.yml", "zed:\n  name: Zed\n2024:\n  name: Year\nann:\n  name: Ann\n");
    assert.deepEqual([...data.entries.keys()], ["zed", "2024", "ann"]);
    assert.deepEqual(
      [...data.lines],
      [
        ["zed", 1],
        ["2024", 3],
        ["ann", 5],
      ],
    );
    assert.deepEqual([...data.fieldLines.get("ann")!], [["name", 6]]);
  });
});
