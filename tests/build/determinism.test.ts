// The same posts give byte-identical output: build after build, and whatever the machine's time zone.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { promisify } from "node:util";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, it } from "node:test";
import { newOutputFolder } from "../helpers/output-folder.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
/**
 * The sample site as it was last accepted: one `<sha256>  <path>` line per built file (the format `sha256sum`
 * writes). A refactor must leave it as it is; a change meant to alter pages rewrites it with
 * `UPDATE_SNAPSHOT=1 npx tsx --test tests/build/determinism.test.ts` and the diff shows which files changed.
 */
const SNAPSHOT = path.join(ROOT, "tests/snapshots/sample-site.sha256");

/**
 * Builds the project's own posts with `npm run build`'s script in a child process with the given TZ, with a
 * build cache of its own that starts empty: every page is rendered in that time zone, none is taken from
 * another build.
 */
async function buildWithTimeZone(timeZone: string): Promise<Map<string, string>> {
  const folder = newOutputFolder(`tz-${timeZone.replace("/", "-")}`);
  const output = path.join(folder, "site");
  const { stderr } = await promisify(execFile)(
    process.execPath,
    ["src/cli/run.mjs", "src/cli/build.ts", `--output=${output}`],
    { cwd: ROOT, env: { ...process.env, TZ: timeZone, BLOG_CACHE_DIR: path.join(folder, "cache") } },
  );
  // The author sees the build's own warnings (the seed post's), not Eleventy's notes on its own timings.
  assert.doesNotMatch(stderr, /\[11ty\]/);
  return hashFiles(output);
}

/** Every file of a built site, by path, as a SHA-256 of its bytes. */
function hashFiles(output: string): Map<string, string> {
  const hashes = new Map<string, string>();
  for (const entry of readdirSync(output, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    hashes.set(path.relative(output, file), createHash("sha256").update(readFileSync(file)).digest("hex"));
  }
  return hashes;
}

function manifest(hashes: Map<string, string>): string {
  const lines = [...hashes].map(([file, hash]) => `${hash}  ${file.split(path.sep).join("/")}`);
  return lines.sort((a, b) => (a.slice(66) < b.slice(66) ? -1 : 1)).join("\n") + "\n";
}

describe("determinism", () => {
  it("gives byte-identical output from separate builds in UTC, Los Angeles and Tokyo", async () => {
    // Three processes at once, so the three builds take the time of about two on two cores. Each is a
    // run of its own, so equal output also shows that two runs of the same posts give the same bytes.
    const [utc, losAngeles, tokyo] = await Promise.all([
      buildWithTimeZone("UTC"),
      buildWithTimeZone("America/Los_Angeles"),
      buildWithTimeZone("Asia/Tokyo"),
    ]);
    assert.ok(utc.size > 20, `only ${utc.size} files were built`);
    assert.deepEqual(losAngeles, utc);
    assert.deepEqual(tokyo, utc);

    if (process.env.UPDATE_SNAPSHOT === "1") writeFileSync(SNAPSHOT, manifest(utc));
    assert.equal(
      manifest(utc),
      readFileSync(SNAPSHOT, "utf8"),
      "the sample site differs from tests/snapshots/sample-site.sha256; if the change is meant, rerun with UPDATE_SNAPSHOT=1",
    );
  });
});
