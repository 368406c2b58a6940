// README's map of the code ("How it works") names every folder of src/ and layouts/ and every module at the
// top of src/: a folder or module added without a line there fails here, so the map a newcomer reads stays true.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, it } from "node:test";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** The README's "How it works" section, up to the next heading of the same level. */
function codeMap(): string {
  const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
  const start = readme.indexOf("\n## How it works\n");
  assert.ok(start >= 0, 'README has no "## How it works" section');
  const end = readme.indexOf("\n## ", start + 1);
  return readme.slice(start, end === -1 ? undefined : end);
}

function folders(top: string): string[] {
  return readdirSync(path.join(ROOT, top), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"));
}

describe("README's map of the code", () => {
  const map = codeMap();

  it("names every folder of src/ and layouts/", () => {
    const missing = [...folders("src"), ...folders("layouts")].filter(
      (folder) => !map.includes(`\`${folder}/`) && !map.includes(`\`${folder.split("/").pop()}/\``),
    );
    assert.deepEqual(missing, []);
  });

  it("names every module at the top of src/", () => {
    const modules = readdirSync(path.join(ROOT, "src")).filter((name) => /\.(ts|tsx|mjs)$/.test(name));
    assert.ok(modules.length > 5, `only ${modules.length} modules found`);
    assert.deepEqual(
      modules.filter((name) => !map.includes(`src/${name}`)),
      [],
    );
  });
});
