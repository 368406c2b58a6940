// The second body-rendering thread gives exactly the HTML and outline the build's own thread would, each body once.
import assert from "node:assert/strict";
import path from "node:path";
import { before, describe, it } from "node:test";
import { DateTime } from "luxon";
import type { Blog } from "../../src/blog.ts";
import { loadBlog } from "../../src/load-blog.ts";
import { BodyHelper } from "../../src/posts/body-helper.ts";
import { createMarkdown } from "../../src/posts/markdown.ts";
import { renderBody } from "../../src/posts/render-body.ts";
import { resolveSite } from "../../src/site.ts";
import { FIXTURES } from "../helpers/fixture-site.ts";

/** A fixture's blog as a build loads it, on one thread; with `helper`, with the helper thread forced on. */
function loadFixture(name: string, helper = false): Promise<Blog> {
  return loadBlog(resolveSite({ title: "Fixture Blog" }), {
    root: path.join(FIXTURES, name),
    now: DateTime.fromISO("2026-01-01T00:00:00Z"),
    layouts: ["post"],
    ...(helper ? { bodyHelper: true, bodyHelperFrom: 1 } : {}),
  });
}

describe("body helper thread", () => {
  // Resized images (the helper gets the image set as data) and code, Japanese and long posts.
  let blogs: Blog[];
  before(async () => {
    blogs = await Promise.all([loadFixture("images"), loadFixture("reader")]);
  });

  it("renders every body as the build's thread does, images and highlighted code included, when left to finish", async () => {
    const markdown = createMarkdown();
    for (const blog of blogs) {
      const bodies = blog.posts.map((post) => post.body);
      const helper = BodyHelper.start();
      helper.begin(bodies, blog.images);
      await helper.finished();
      bodies.forEach((body, index) => {
        assert.deepEqual(helper.take(index), renderBody(markdown, body, blog.images), blog.posts[index]!.source);
      });
    }
    const html = blogs.map((blog) => blog.posts.map((post) => blog.renderBody(post)).join("\n")).join("\n");
    assert.match(html, /<picture>/, "the fixtures' bodies hold a resized image");
    assert.match(html, /<span class="hljs-/, "the fixtures' bodies hold highlighted code");
  });

  it("leaves to the build each body the build asks for before the helper claims it", async () => {
    const markdown = createMarkdown();
    const blog = blogs[1]!;
    const bodies = blog.posts.map((post) => post.body);
    const helper = BodyHelper.start();
    helper.begin(bodies, blog.images);
    // Asked for at once, from the first: the helper starts from the last body, so some are the build's.
    const taken = bodies.map((_, index) => helper.take(index));
    await helper.finished();
    assert.ok(taken.includes(undefined), "the build rendered some bodies itself");
    bodies.forEach((body, index) => {
      const expected = renderBody(markdown, body, blog.images);
      assert.deepEqual(taken[index] ?? expected, expected);
      // Once taken, a body is the taker's: the helper never sends it again.
      assert.equal(helper.take(index), undefined);
    });
  });

  it("gives a blog loaded with the helper the same bodies and outlines as one loaded without", async () => {
    for (const name of ["images", "reader"]) {
      const [alone, helped] = await Promise.all([loadFixture(name), loadFixture(name, true)]);
      assert.deepEqual(
        helped.posts.map((post) => [helped.renderBody(post), helped.outline(post)]),
        alone.posts.map((post) => [alone.renderBody(post), alone.outline(post)]),
      );
    }
  });
});
