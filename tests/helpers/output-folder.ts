// Where fixtures are and where tests write, apart from fixture-site.ts: a test that only runs a command in a child
// process imports this, and does not load Eleventy and the build's code for nothing (2.5 s of CPU per file).
import { mkdirSync, mkdtempSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const FIXTURES = fileURLToPath(new URL("../fixtures/", import.meta.url));
const OUTPUT_ROOT = fileURLToPath(new URL("../.output/", import.meta.url));

/** A new, empty folder under tests/.output for one build. */
export function newOutputFolder(label: string): string {
  mkdirSync(OUTPUT_ROOT, { recursive: true });
  return mkdtempSync(path.join(OUTPUT_ROOT, `${label}-`));
}
