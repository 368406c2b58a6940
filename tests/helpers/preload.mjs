// Starts each test file's process as src/cli/run.mjs starts a command under tsx: the packages the test file
// will import (Eleventy, eleventy-img, markdown-it, …) are loaded first with Node's own loader, and tsx's hooks
// are registered only then. Under tsx every import is a round trip to its loader thread, and Eleventy alone is
// hundreds of modules: a build test's start-up went from 4.1 to 2.5 s of CPU. Plain JavaScript on purpose
// (it runs before tsx). package.json's test script passes it to `node --import`, which every test file's
// process and worker thread inherits.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { isMainThread } from "node:worker_threads";

const TSCONFIG = fileURLToPath(new URL("../../tsconfig.json", import.meta.url));

/**
 * The packages a test file imports, directly or through the project's modules it imports, found by reading
 * the import lines (a type-only import just loads a package early). Only those: a unit test that needs no
 * Eleventy does not load it.
 */
function packagesImportedBy(entry) {
  const packages = new Set();
  const seen = new Set();
  const pending = [entry];
  const specifier = /(?:^|[\s;}])(?:import|export)\s*(?:\(\s*|[^;"'()]*?\bfrom\s*|)["']([^"']+)["']/g;
  while (pending.length > 0) {
    const file = pending.pop();
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    for (const [, name] of readFileSync(file, "utf8").matchAll(specifier)) {
      if (name.startsWith(".")) {
        pending.push(path.resolve(path.dirname(file), name));
      } else if (!name.startsWith("node:") && !name.startsWith("tsx")) {
        packages.add(name);
      }
    }
  }
  return [...packages];
}

// The test runner's own process (`node --test`, which only starts the files' processes) loads nothing.
const runner = process.execArgv.includes("--test");
const testFile = process.argv[1];
if (!runner && isMainThread && testFile !== undefined && /\.tsx?$/.test(testFile)) {
  // A package that fails to load here fails again, with the test's own error, when the test imports it.
  await Promise.allSettled(packagesImportedBy(path.resolve(testFile)).map((name) => import(name)));
}
const { register } = await import("tsx/esm/api");
register({ tsconfig: TSCONFIG });
