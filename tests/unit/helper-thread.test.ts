// The helper thread renders bodies exactly as the build's own thread does, and no body twice.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { after, before, describe, it } from "node:test";
import { DateTime } from "luxon";
import type { Blog } from "../../src/blog.ts";
import { HelperThread } from "../../src/helper-thread/helper-thread.ts";
import { loadBlog } from "../../src/load-blog.ts";
import { createMarkdown } from "../../src/posts/markdown.ts";
import { renderBody } from "../../src/posts/render-body.ts";
import { resolveSite } from "../../src/site.ts";
import { FIXTURES, newOutputFolder } from "../helpers/output-folder.ts";

const REPO = fileURLToPath(new URL("../../", import.meta.url));

/** A fixture's blog as a build loads it. */
function loadFixture(name: string): Promise<Blog> {
  return loadBlog(resolveSite({ title: "Fixture Blog" }), {
    root: path.join(FIXTURES, name),
    now: DateTime.fromISO("2026-01-01T00:00:00Z"),
    layouts: ["post"],
  });
}

describe("helper thread", () => {
  const helper = new HelperThread();
  // Resized images (the helper gets the image set as data), highlighted code, Japanese, long posts.
  let blogs: Blog[];
  before(async () => {
    blogs = await Promise.all([loadFixture("images"), loadFixture("reader")]);
  });
  after(() => helper.close());

  it("renders every body as the build's thread does, images and highlighted code included", () => {
    const markdown = createMarkdown();
    for (const blog of blogs) {
      const bodies = blog.posts.map((post) => post.body);
      const job = helper.renderBodies(bodies, blog.images);
      job.waitForHelper();
      bodies.forEach((body, index) => {
        assert.deepEqual(job.take(index), renderBody(markdown, body, blog.images), blog.posts[index]!.source);
      });
    }
    const html = blogs.flatMap((blog) => blog.posts.map((post) => blog.bodies.html(post))).join("\n");
    assert.match(html, /<picture>/, "the fixtures' bodies hold a resized image");
    assert.match(html, /<span class="hljs-/, "the fixtures' bodies hold highlighted code");
  });

  it("leaves to the build each body the build takes first, and never gives a body twice", () => {
    const markdown = createMarkdown();
    const blog = blogs[1]!;
    // Hundreds, so the helper, starting from the last, cannot reach the first before the build takes it.
    const bodies = Array.from({ length: 400 }, (_, index) => blog.posts[index % blog.posts.length]!.body);
    const job = helper.renderBodies(bodies, blog.images);
    // Taken at once, from the first: the helper starts from the last body, so the first is the build's.
    const taken = bodies.map((_, index) => job.take(index));
    job.waitForHelper();
    assert.equal(taken[0], undefined, "the build rendered the first body itself");
    bodies.forEach((body, index) => {
      const expected = renderBody(markdown, body, blog.images);
      assert.deepEqual(taken[index] ?? expected, expected);
      assert.equal(job.take(index), undefined, "a body taken once is the build's");
    });
  });

  it("gives each post of a blog its own body and outline when the helper rendered them all", async () => {
    for (const name of ["images", "reader"]) {
      const alone = await loadFixture(name);
      const job = helper.renderBodies(
        alone.posts.map((post) => post.body),
        alone.images,
      );
      job.waitForHelper();
      const helped = alone.withImages(alone.images, alone.warnings, job);
      assert.deepEqual(
        helped.posts.map((post) => [post.source, helped.bodies.html(post), helped.bodies.outline(post)]),
        alone.posts.map((post) => [post.source, alone.bodies.html(post), alone.bodies.outline(post)]),
      );
    }
  });

  it("stops once it has gone through its jobs, leaving every body it rendered to be taken, and starts again for the next", async () => {
    const markdown = createMarkdown();
    const blog = blogs[1]!;
    const bodies = blog.posts.map((post) => post.body);
    const job = helper.renderBodies(bodies, blog.images);
    assert.equal(helper.running, true);
    job.waitForHelper();
    const deadline = Date.now() + 20_000;
    while (helper.running) {
      assert.ok(Date.now() < deadline, "the thread still runs 20 s after its job was done");
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    bodies.forEach((body, index) => {
      assert.deepEqual(job.take(index), renderBody(markdown, body, blog.images), blog.posts[index]!.source);
    });
    const next = helper.renderBodies(bodies.slice(0, 1), blog.images);
    assert.equal(helper.running, true, "a new job starts a new thread");
    next.waitForHelper();
    assert.deepEqual(next.take(0), renderBody(markdown, bodies[0]!, blog.images));
  });

  it("never keeps the process alive: a program that starts the thread and forgets it still ends", () => {
    const folder = newOutputFolder("helper-thread");
    const script = path.join(folder, "forgets-helper.ts");
    const module = pathToFileURL(path.join(REPO, "src/helper-thread/helper-thread.ts")).href;
    writeFileSync(script, `import { HelperThread } from ${JSON.stringify(module)};\nnew HelperThread().start();\n`);
    const run = spawnSync(process.execPath, ["--import", "tsx", script], {
      cwd: REPO,
      encoding: "utf8",
      timeout: 30_000,
    });
    assert.equal(run.error, undefined, "the program was still running after 30 s");
    assert.equal(run.status, 0, run.stderr);
  });

  it("leaves every body to the build when the thread cannot start, and says so", async () => {
    const warnings: string[] = [];
    const broken = new HelperThread({
      entry: new URL("./no-such-worker.mjs", import.meta.url),
      onWarning: (message) => warnings.push(message),
    });
    try {
      const blog = blogs[0]!;
      const job = broken.renderBodies(
        blog.posts.map((post) => post.body),
        blog.images,
      );
      // The thread's failure is reported asynchronously: wait for the warning, with a deadline, not a fixed time.
      const deadline = Date.now() + 20_000;
      while (warnings.length === 0) {
        assert.ok(Date.now() < deadline, "no warning within 20 s of the thread failing to start");
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      assert.deepEqual(
        blog.posts.map((_, index) => job.take(index)),
        blog.posts.map(() => undefined),
      );
      assert.match(
        warnings.join("\n"),
        /the helper thread stopped \(.*no-such-worker\.mjs.*\); the build goes on without it/,
      );
    } finally {
      await broken.close();
    }
  });
});
