// Watch mode's recorder notes, per page, the posts whose bodies it showed, across awaits and through shared parts.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { BodyRecorder, noteShown } from "../../src/blog/body-recorder.ts";
import { SharedParts } from "../../src/blog/shared-parts.ts";
import type { Post } from "../../src/posts/post.ts";

function post(source: string): Post {
  return { source } as unknown as Post;
}

const [a, b, c] = [post("a.md"), post("b.md"), post("c.md")];

describe("body recorder", () => {
  it("notes the bodies a page shows, before and after an await, and keeps pages apart", async () => {
    const recorder = new BodyRecorder(true);
    const html = await recorder.record("/one/", async () => {
      noteShown([a]);
      await new Promise((resolve) => setImmediate(resolve));
      noteShown([b]);
      return "<p>one</p>";
    });
    recorder.record("/two/", () => noteShown([c]));
    assert.equal(html, "<p>one</p>");
    assert.deepEqual([...recorder.bodiesShown.get("/one/")!], ["a.md", "b.md"]);
    assert.deepEqual([...recorder.bodiesShown.get("/two/")!], ["c.md"]);
  });

  it("records nothing when off (a one-off build), and nothing outside a page", () => {
    const recorder = new BodyRecorder(false);
    assert.equal(
      recorder.record("/one/", () => (noteShown([a]), 1)),
      1,
    );
    noteShown([b]);
    assert.equal(recorder.bodiesShown.size, 0);
  });
});

describe("shared parts", () => {
  it("makes a part once, and every page that shows it still notes its posts' bodies", () => {
    const recorder = new BodyRecorder(true);
    const parts = new SharedParts();
    let made = 0;
    const card = () => parts.get("card:a", [a], () => (made++, `<article>${made}</article>`));
    const first = recorder.record("/first/", card);
    const second = recorder.record("/second/", card);
    assert.equal(first, "<article>1</article>");
    assert.equal(second, first);
    assert.equal(made, 1);
    assert.deepEqual([...recorder.bodiesShown.get("/second/")!], ["a.md"]);
  });

  it("keeps a value that is undefined instead of making it again", () => {
    const parts = new SharedParts();
    let made = 0;
    parts.get("none", [], () => void made++);
    parts.get("none", [], () => void made++);
    assert.equal(made, 1);
  });
});
