// `npm run build` as the author runs it: a production build needs the site's address, and says so.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, it } from "node:test";
import { newOutputFolder } from "../helpers/output-folder.ts";

const REPO = fileURLToPath(new URL("../../", import.meta.url));
/** What package.json's build script runs: the command compiled (src/cli/run.mjs), as the author gets it. */
const RUN = path.join(REPO, "src/cli/run.mjs");

interface Run {
  status: number;
  stderr: string;
  output: string;
}

/** Runs src/cli/build.ts on the seed fixture's posts and settings (no url), as `npm run build -- …args` would. */
function build(args: string[], env: Record<string, string> = {}): Promise<Run> {
  const output = path.join(newOutputFolder("cli"), "site");
  const command = [
    RUN,
    "src/cli/build.ts",
    "--config=tests/fixtures/seed/site.config.ts",
    "--posts=tests/fixtures/seed/posts",
    `--output=${output}`,
    ...args,
  ];
  const options = { cwd: REPO, env: { ...process.env, ELEVENTY_ENV: "", ...env } };
  return new Promise((resolve) => {
    execFile(process.execPath, command, options, (error, _stdout, stderr) => {
      const status = error === null ? 0 : typeof error.code === "number" ? error.code : 1;
      resolve({ status, stderr, output });
    });
  });
}

// Each test runs its own build into a folder of its own: they run at once.
describe("npm run build", { concurrency: true }, () => {
  it("refuses a production build without url, says why and how to fix it, and writes nothing", async () => {
    const run = await build(["--production"]);
    assert.equal(run.status, 1);
    assert.match(run.stderr, /site\.config\.ts has no url, and a production build needs it/);
    assert.match(run.stderr, /Add url: "https:\/\/your\.domain" to site\.config\.ts, or build with --url=/);
    assert.equal(existsSync(run.output), false);
  });

  it("takes ELEVENTY_ENV=production as a production build too", async () => {
    const run = await build([], { ELEVENTY_ENV: "production" });
    assert.equal(run.status, 1);
    assert.match(run.stderr, /a production build needs it/);
  });

  it("builds for production with --url, which the feeds and canonical links use", async () => {
    const run = await build(["--production", "--url=https://blog.example.net"]);
    assert.equal(run.status, 0, run.stderr);
    assert.match(
      readFileSync(path.join(run.output, "feed.xml"), "utf8"),
      /<id>https:\/\/blog\.example\.net\/feed\.xml<\/id>/,
    );
  });

  it("warns when a development build has no url", async () => {
    const run = await build([]);
    assert.equal(run.status, 0, run.stderr);
    assert.match(
      run.stderr,
      /Warning: tests\/fixtures\/seed\/site\.config\.ts has no url, so feeds, the sitemap and canonical links point to http:\/\/localhost:8080/,
    );
  });

  it("rejects a url with a subfolder, pointing to pathPrefix", async () => {
    const run = await build(["--url=https://example.org/blog"]);
    assert.equal(run.status, 1);
    assert.match(
      run.stderr,
      /url: must be the address of the host only, such as "https:\/\/example\.org"; put a subfolder in pathPrefix/,
    );
  });
});
