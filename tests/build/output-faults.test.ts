// Faults during a build (killed, disk full, read-only output, a second build at once) leave the last good site as
// it was, say what happened in one paragraph, and the next build cleans up after them.
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { after, describe, it } from "node:test";
import { newOutputFolder } from "../helpers/output-folder.ts";

const REPO = fileURLToPath(new URL("../../", import.meta.url));
const RUN = path.join(REPO, "src/cli/run.mjs");
const BUILD_ARGS = [
  "src/cli/build.ts",
  "--config=tests/fixtures/seed/site.config.ts",
  "--posts=tests/fixtures/seed/posts",
];

function build(output: string) {
  return spawnSync(process.execPath, [RUN, ...BUILD_ARGS, `--output=${output}`], {
    cwd: REPO,
    encoding: "utf8",
    env: { ...process.env, ELEVENTY_ENV: "" },
  });
}

/** What sits beside the output folder: staging, previous and lock files are named after it. */
function besideOutput(output: string): string[] {
  const base = path.basename(output);
  return readdirSync(path.dirname(output))
    .filter((name) => name.startsWith(`${base}.`))
    .sort();
}

/** A pid that no process has: one of a process that has already exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" });
  return Number(child.stdout);
}

/** A previous, good site, recognisable by its home page. */
function goodSite(output: string): void {
  mkdirSync(output, { recursive: true });
  writeFileSync(path.join(output, "index.html"), "the last good site");
}

async function waitFor(condition: () => boolean, what: string, seconds = 60): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Runs `mount` as root; false where this machine does not allow it (the tests that need it are then skipped). */
function mount(args: string[]): boolean {
  return spawnSync("mount", args, { encoding: "utf8" }).status === 0;
}
const mounts: string[] = [];
after(() => {
  for (const point of mounts) spawnSync("umount", [point]);
});
function smallDisk(options: string): string | undefined {
  const point = newOutputFolder("disk");
  if (!mount(["-t", "tmpfs", "-o", options, "tmpfs", point])) return undefined;
  mounts.push(point);
  return point;
}

describe("build faults", () => {
  it("removes what killed builds left beside the output, and builds", () => {
    const output = path.join(newOutputFolder("leftovers"), "site");
    const pid = deadPid();
    mkdirSync(`${output}.staging-${pid}/posts`, { recursive: true });
    mkdirSync(`${output}.previous-${pid}`, { recursive: true });
    mkdirSync(`${output}.staging-${pid}.search`, { recursive: true });
    writeFileSync(`${output}.lock`, JSON.stringify({ pid, host: hostname() }));
    const run = build(output);
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(besideOutput(output), []);
    assert.ok(existsSync(path.join(output, "index.html")));
  });

  it("keeps the last good site when a build is killed, and the next build succeeds and cleans up", async () => {
    const output = path.join(newOutputFolder("killed"), "site");
    goodSite(output);
    const child = spawn(process.execPath, [RUN, ...BUILD_ARGS, `--output=${output}`], { cwd: REPO, stdio: "ignore" });
    const exited = new Promise((resolve) => child.once("exit", resolve));
    await waitFor(() => besideOutput(output).some((name) => name.includes(".staging-")), "the staging folder");
    child.kill("SIGKILL");
    await exited;
    assert.equal(readFileSync(path.join(output, "index.html"), "utf8"), "the last good site");

    const run = build(output);
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(besideOutput(output), []);
    assert.match(readFileSync(path.join(output, "index.html"), "utf8"), /Nvidia/);
  });

  it("refuses to write an output folder another live build is writing, and leaves it alone", async () => {
    const output = path.join(newOutputFolder("busy"), "site");
    goodSite(output);
    const other = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"], { stdio: "ignore" });
    try {
      writeFileSync(`${output}.lock`, JSON.stringify({ pid: other.pid, host: hostname() }));
      const run = build(output);
      assert.equal(run.status, 1);
      assert.match(run.stderr, new RegExp(`another build \\(process ${other.pid}\\) is writing site/ right now`));
      assert.doesNotMatch(run.stderr, /\n\s+at /);
      assert.equal(readFileSync(path.join(output, "index.html"), "utf8"), "the last good site");
    } finally {
      other.kill("SIGKILL");
    }
    await new Promise((resolve) => other.once("exit", resolve));
    const run = build(output);
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(besideOutput(output), []);
  });

  it("says the disk is full in one paragraph, with no stack trace, and keeps the last good site", (context) => {
    const disk = smallDisk("size=300k");
    if (disk === undefined) return context.skip("mounting a tmpfs needs root");
    const output = path.join(disk, "site");
    goodSite(output);
    const run = build(output);
    assert.equal(run.status, 1, run.stdout);
    assert.match(run.stderr, /The site was not built: writing .* failed \(ENOSPC\): the disk is full\./);
    assert.match(run.stderr, /The last good site in .*site was left as it was\./);
    assert.doesNotMatch(run.stderr, /\n\s+at /);
    assert.equal(readFileSync(path.join(output, "index.html"), "utf8"), "the last good site");
    assert.deepEqual(besideOutput(output), []);
  });

  it("says the output is read-only in one paragraph, with no stack trace, and keeps the last good site", (context) => {
    const disk = smallDisk("size=4m");
    if (disk === undefined) return context.skip("mounting a tmpfs needs root");
    const output = path.join(disk, "site");
    goodSite(output);
    assert.ok(mount(["-o", "remount,ro", disk]));
    const run = build(output);
    assert.equal(run.status, 1, run.stdout);
    assert.match(
      run.stderr,
      /failed \(EROFS\): the folder is on a read-only file system\. Build into a folder you can write/,
    );
    assert.doesNotMatch(run.stderr, /\n\s+at /);
    assert.equal(readFileSync(path.join(output, "index.html"), "utf8"), "the last good site");
  });
});
