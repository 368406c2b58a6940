// Long image work says how far it is on stderr, so a first build with many photos never looks stuck.
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { resizeImages, type ImageRequest } from "../../src/images/process-images.ts";
import { FIXTURES, newOutputFolder } from "../helpers/output-folder.ts";

const ROOT = path.join(FIXTURES, "images");
const PHOTO = path.join(ROOT, "assets/images/harbour.png");

function resize(cacheDir: string, lines: string[], progressAfterMs: number) {
  return resizeImages(new Map([[PHOTO, { reference: "assets/images/harbour.png" } as ImageRequest]]), {
    root: ROOT,
    assetsDir: "assets",
    staticDirs: [],
    widths: [400, 800],
    formats: ["webp", "auto"],
    cacheDir,
    strict: false,
    progress: (line) => lines.push(line),
    progressAfterMs,
  });
}

describe("image progress", () => {
  it("tells how many images are done once the work takes longer than the threshold, then how long it took", async () => {
    const cacheDir = path.join(newOutputFolder("image-progress"), "cache");
    const lines: string[] = [];
    const { images } = await resize(cacheDir, lines, 0);
    // The pages can render before the copies exist: the build waits for them only to publish them.
    assert.equal(await images.copyTo(path.join(cacheDir, "..", "published")), 4);
    assert.match(lines[0] ?? "", /^Resizing images: 0 of 1 done \(\d+ s\)…$/);
    assert.match(lines.at(-1) ?? "", /^Resized 1 image in \d+\.\d s; they are kept in .+ for the next builds\.$/);
    assert.ok(existsSync(path.join(cacheDir, "..", "published")));
  });

  it("says nothing when the work is quick, and makes nothing again that the cache holds", async () => {
    const cacheDir = path.join(newOutputFolder("image-progress"), "cache");
    await (await resize(cacheDir, [], 60_000)).images.copyTo(path.join(cacheDir, "..", "first"));
    const lines: string[] = [];
    const { images } = await resize(cacheDir, lines, 0);
    assert.equal(await images.copyTo(path.join(cacheDir, "..", "second")), 4);
    assert.deepEqual(lines, []);
  });
});
