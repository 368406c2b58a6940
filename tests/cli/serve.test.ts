// `npm start`: the dev server serves a preview with drafts and scheduled posts badged, and rebuilds when a post changes.
import assert from "node:assert/strict";
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { startDevServer, type DevServer } from "../../src/cli/dev-server.ts";
import { resolveSite } from "../../src/site.ts";
import { buildFixture, FIXTURES, newOutputFolder } from "../helpers/fixture-site.ts";

/** A port nobody listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

async function get(url: string): Promise<{ status: number; body: string }> {
  const response = await fetch(url);
  return { status: response.status, body: await response.text() };
}

/** Fetches `url` until its body passes `test`; gives up after `limitMs` and returns the last body. */
async function pollUntil(url: string, test: (body: string) => boolean, limitMs = 20_000): Promise<string> {
  const deadline = Date.now() + limitMs;
  let body = "";
  while (Date.now() < deadline) {
    body = (await get(url)).body;
    if (test(body)) return body;
    await sleep(100);
  }
  return body;
}

describe("the dev server", () => {
  let root: string;
  let server: DevServer;
  before(async () => {
    root = newOutputFolder("serve");
    cpSync(path.join(FIXTURES, "preview"), root, { recursive: true });
    server = await startDevServer({
      site: resolveSite({ title: "Preview Blog" }),
      root,
      output: "_preview",
      port: await freePort(),
      quiet: true,
    });
  });
  after(() => server.close());

  it("serves the home page, drafts and scheduled posts included, each with a badge", async () => {
    assert.match(server.url, /^http:\/\/localhost:\d+\/$/);
    const home = await get(server.url);
    assert.equal(home.status, 200);
    assert.match(home.body, /<title>Preview Blog<\/title>/);
    assert.match(
      home.body,
      /<span class="post-status post-status--draft">draft<\/span><a class="date-link" href="[^"]*"><time[^>]*>[^<]*<\/time><\/a>/,
    );
    assert.match(home.body, /<span class="post-status post-status--scheduled">scheduled<\/span>/);
    assert.ok(home.body.includes('<a href="/2025/03/01/published/">Published post</a>'));
    const draft = await get(`${server.url}2025/03/02/work-in-progress/`);
    assert.equal(draft.status, 200);
    assert.match(
      draft.body,
      /<p class="post__meta" data-pagefind-ignore><span class="post-status post-status--draft">draft<\/span>/,
    );
    const published = await get(`${server.url}2025/03/01/published/`);
    assert.doesNotMatch(published.body, /post-status/);
  });

  it("rebuilds the page when its post changes", async () => {
    const file = path.join(root, "posts", "2025-03-01-published.md");
    writeFileSync(
      file,
      readFileSync(file, "utf8").replace('title: "Published post"', 'title: "Published, then edited"'),
    );
    const page = await pollUntil(`${server.url}2025/03/01/published/`, (body) =>
      body.includes("Published, then edited"),
    );
    assert.match(page, /<h1 class="post__title">Published, then edited<\/h1>/);
    const home = await pollUntil(server.url, (body) => body.includes("Published, then edited"));
    assert.ok(home.includes('<a href="/2025/03/01/published/">Published, then edited</a>'));
  });

  it("leaves the real build alone: no draft, no scheduled post, no badge", async () => {
    const site = await buildFixture("preview");
    assert.ok(site.result.ok);
    assert.deepEqual(
      site.files().filter((file) => /^\/\d{4}\/\d{2}\/\d{2}\//.test(file)),
      ["/2025/03/01/published/index.html"],
    );
    assert.ok(site.files().every((file) => !site.page(file).includes("post-status")));
  });
});
