// Eleventy's input folder: an empty folder of its own, made by this process, so that nothing in it can ever be run.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

let folder: string | undefined;

/**
 * Eleventy runs what its input folder holds even with no template format on: `_data/*.js` files are run
 * as data, `_includes` and `.eleventyignore` are read. Every page is a virtual template
 * (src/plugins/pages.ts), so the folder only has to exist; a source folder (it was src/pages/) or the
 * posts folder could one day hold such a file. So Eleventy gets a folder this process makes, empty,
 * under the system's temporary folder, and removes when it exits: the builds, `npm start`, the tests'
 * fixture sites and the bench all use this one.
 */
export function eleventyInput(): string {
  if (folder === undefined) {
    const made = mkdtempSync(path.join(tmpdir(), "blog-eleventy-input-"));
    process.once("exit", () => rmSync(made, { recursive: true, force: true }));
    folder = made;
  }
  return folder;
}
