// `npm start`: the dev server serves a preview with drafts and scheduled posts badged, rebuilds when a post changes,
// survives hostile requests, and listens on this machine only.
import assert from "node:assert/strict";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { connect, createServer } from "node:net";
import { networkInterfaces } from "node:os";
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

/** Sends a request exactly as written (no normalising, any method), and gives back its status. */
function rawStatus(server: DevServer, method: string, target: string): Promise<number> {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const sent = request({ host: hostname, port, method, path: target }, (response) => {
      response.resume();
      response.on("end", () => resolve(response.statusCode ?? 0));
    });
    sent.on("error", reject);
    sent.end();
  });
}

/** Whether anything accepts a TCP connection at `host:port`. */
function accepts(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    socket.setTimeout(3000, () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

/** Waits until `test` holds; fails with `what` after `limitMs`. */
async function waitFor(what: string, test: () => boolean, limitMs = 20_000): Promise<void> {
  const deadline = Date.now() + limitMs;
  while (!test()) {
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
    await sleep(100);
  }
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
  const rebuildErrors: string[] = [];
  before(async () => {
    root = newOutputFolder("serve");
    cpSync(path.join(FIXTURES, "preview"), root, { recursive: true });
    // An asset folder with a symlink out of the project, as a careless (or hostile) pull request might add.
    mkdirSync(path.join(root, "assets"));
    writeFileSync(path.join(root, "assets", "site.css"), "body { margin: 0 }\n");
    symlinkSync("/etc", path.join(root, "assets", "etc"));
    server = await startDevServer({
      site: resolveSite({ title: "Preview Blog" }),
      root,
      output: "_preview",
      port: await freePort(),
      host: "127.0.0.1",
      quiet: true,
      onRebuildError: (message) => rebuildErrors.push(message),
    });
  });
  after(() => server.close());

  it("serves the home page, drafts and scheduled posts included, each with a badge", async () => {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
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

  it("answers hostile requests with 4xx, serves nothing outside the preview, and keeps running", async () => {
    symlinkSync("/etc", path.join(root, "_preview", "etc"));
    const hostile: Array<[string, string, number]> = [
      ["GET", "/..%2f..%2fetc/passwd", 400],
      ["GET", "/%2e%2e/%2e%2e/etc/passwd", 404],
      ["GET", "/a%5c..%5c..%5cetc%5cpasswd", 400],
      ["GET", "/%ff", 400],
      ["GET", "/%00", 400],
      ["GET", `/${"a".repeat(5000)}`, 414],
      ["GET", `/${"deep/".repeat(300)}`, 404],
      ["GET", "/etc/passwd", 404],
      ["GET", "/assets/etc/passwd", 404],
      ["GET", "/index.html/x", 404],
      ["DELETE", "/", 405],
      ["PROPFIND", "/", 405],
      ["POST", "/%ff", 405],
    ];
    for (const [method, target, status] of hostile) {
      assert.equal(await rawStatus(server, method, target), status, `${method} ${target.slice(0, 60)}`);
    }
    assert.equal(await rawStatus(server, "GET", "/assets/site.css"), 200);
    assert.equal(await rawStatus(server, "HEAD", "/"), 200);
    assert.equal((await get(server.url)).status, 200);
  });

  it("listens on 127.0.0.1 only: not on this machine's network addresses", async () => {
    const { port } = new URL(server.url);
    const external = Object.values(networkInterfaces())
      .flat()
      .filter((address) => address !== undefined && !address.internal && address.family === "IPv4")
      .map((address) => address!.address);
    for (const address of external) assert.equal(await accepts(address, Number(port)), false, address);
    assert.equal(await accepts("127.0.0.1", Number(port)), true);
  });

  it("drops a deleted post's page from the preview", async () => {
    const page = path.join(root, "_preview", "2025", "03", "02", "work-in-progress", "index.html");
    assert.ok(existsSync(page));
    rmSync(path.join(root, "posts", "2025-03-02-work-in-progress.md"));
    await waitFor("the deleted post's page to go", () => !existsSync(page));
    assert.equal((await get(`${server.url}2025/03/02/work-in-progress/`)).status, 404);
    const home = await pollUntil(server.url, (body) => !body.includes("work-in-progress"));
    assert.ok(!home.includes("work-in-progress"));
  });

  it("names the file of a failed rebuild, keeps the last good preview, and rebuilds on the next good save", async () => {
    const file = path.join(root, "posts", "2025-03-05-aliases.md");
    // Each level repeats the one before ten times: 10^10 values once expanded, a few hundred bytes written.
    const levels = "abcdefghij".split("");
    const aliases = levels.map((name, index) =>
      index === 0
        ? `${name}: &${name} [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]`
        : `${name}: &${name} [${Array(10)
            .fill(`*${levels[index - 1]}`)
            .join(", ")}]`,
    );
    // A post whose aliases would expand to billions of values is refused by name; the preview keeps going.
    writeFileSync(file, `---\ntitle: "Aliases"\n${aliases.join("\n")}\n---\nMany aliases.\n`);
    await waitFor("the refused post's message", () => rebuildErrors.length > 0);
    assert.match(
      rebuildErrors[0]!,
      /posts\/2025-03-05-aliases\.md: front matter holds more than 100000 values once its YAML aliases \(\*name\) are followed\./,
    );
    assert.equal((await get(server.url)).status, 200);
    // Every later rebuild still works and names its file: a broken save, then a good one.
    writeFileSync(file, '---\ntitle: "Unclosed\n---\nBroken.\n');
    await waitFor("the failed rebuild's message", () => rebuildErrors.length > 1);
    assert.match(rebuildErrors[1]!, /posts\/2025-03-05-aliases\.md:\d+: front matter is not valid YAML/);
    assert.doesNotMatch(rebuildErrors.join("\n"), /^\s+at /m);
    writeFileSync(file, '---\ntitle: "Aliases, fixed"\n---\nFixed.\n');
    const home = await pollUntil(server.url, (body) => body.includes("Aliases, fixed"));
    assert.ok(home.includes("Aliases, fixed"));
    assert.equal(rebuildErrors.length, 2, rebuildErrors.join("\n"));
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
