// The body store renders each body once, with its outline and reading time, and makes it absolute once for feeds.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { BodyStore } from "../../src/blog/body-store.ts";
import { ImageSet } from "../../src/images/image-set.ts";
import { createMarkdown } from "../../src/posts/markdown.ts";
import type { Post } from "../../src/posts/post.ts";

/** Only what the store reads. */
function post(source: string, body: string): Post {
  return { source, body, url: `/${source.replace(/\.md$/, "")}/`, line: 1 } as unknown as Post;
}

const images = ImageSet.empty({ root: "/nowhere", assetsDir: "assets" });
const speed = { wordsPerMinute: 200, cjkCharactersPerMinute: 500 };

describe("body store", () => {
  it("renders a body once, however many times its HTML, outline and reading time are read", () => {
    const first = post("first.md", "## One\n\nSome words here.\n\n## Two\n\nMore.");
    const markdown = createMarkdown();
    let parses = 0;
    const parse = markdown.parse.bind(markdown);
    markdown.parse = (...args) => (parses++, parse(...args));
    const store = new BodyStore({ markdown, images, posts: [first], readingSpeed: speed });
    const html = store.html(first);
    assert.match(html, /<h2 id="one"[^>]*>.*One.*<\/h2>/);
    assert.equal(store.html(first), html);
    assert.deepEqual(
      store.outline(first).headings.map((heading) => heading.text),
      ["One", "Two"],
    );
    assert.equal(store.readingMinutes(first), 1);
    assert.equal(parses, 1);
  });

  it("makes a body absolute once for every feed that carries it, and says which option feeds need", async () => {
    const first = post("first.md", "[link](/elsewhere/)");
    let rewrites = 0;
    const store = new BodyStore({
      markdown: createMarkdown(),
      images,
      posts: [first],
      readingSpeed: speed,
      absoluteHtml: (html, pageUrl) => (
        rewrites++,
        Promise.resolve(`${pageUrl}|${html.replace('"/', '"https://x.test/')}`)
      ),
    });
    const absolute = await store.absoluteHtml(first);
    assert.equal(absolute, '/first/|<p><a href="https://x.test/elsewhere/">link</a></p>\n');
    assert.equal(await store.absoluteHtml(first), absolute);
    assert.equal(rewrites, 1);
    const without = new BodyStore({ markdown: createMarkdown(), images, posts: [first], readingSpeed: speed });
    assert.throws(() => without.absoluteHtml(first), /absoluteHtml option/);
  });

  it("takes a body the helper thread rendered instead of rendering it again", () => {
    const [first, second] = [post("first.md", "First."), post("second.md", "Second.")];
    const done = {
      html: "<p>from the helper</p>\n",
      outline: { headings: [], length: { words: 3, cjkCharacters: 0 }, hasMath: false },
      problems: [],
    };
    const helperBodies = { take: (index: number) => (index === 1 ? done : undefined) };
    const store = new BodyStore({
      markdown: createMarkdown(),
      images,
      posts: [first, second],
      readingSpeed: speed,
      helperBodies: helperBodies as never,
    });
    assert.equal(store.html(second), "<p>from the helper</p>\n");
    assert.equal(store.html(first), "<p>First.</p>\n");
  });
});
