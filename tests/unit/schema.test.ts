// The front matter schema: Jekyll's forms normalised at the door, unknown keys kept, clear messages.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { frontMatterValidator, type FrontMatter } from "../../src/posts/schema.ts";

const validate = frontMatterValidator({ timeZone: "UTC", layoutMap: { news_post: "post" } });

function valid(data: Record<string, unknown>): FrontMatter {
  const result = validate(data);
  assert.ok(result.ok, result.ok ? "" : JSON.stringify(result.issues));
  return result.value;
}

function messages(data: Record<string, unknown>): string[] {
  const result = validate(data);
  assert.ok(!result.ok);
  return result.issues.map((issue) => `${issue.field}: ${issue.message}`);
}

describe("front matter schema", () => {
  it("normalises every Jekyll form of categories and tags to a list", () => {
    assert.deepEqual(valid({ title: "t", categories: "business tech" }).categories, ["business", "tech"]);
    assert.deepEqual(valid({ title: "t", category: "Elixir in Production" }).categories, ["Elixir in Production"]);
    assert.deepEqual(valid({ title: "t", tags: "ai" }).tags, ["ai"]);
    assert.deepEqual(valid({ title: "t", tags: ["ai", "chips"], tag: "extra" }).tags, ["ai", "chips", "extra"]);
    assert.deepEqual(valid({ title: "t", tags: [null, "", " ai ", 2025, "ai"] }).tags, ["ai", "2025"]);
    assert.deepEqual(valid({ title: "t", tags: null, categories: [] }), { ...valid({ title: "t" }) });
  });

  it("reads drafts and Jekyll's published: false the same way", () => {
    assert.equal(valid({ title: "t" }).draft, false);
    assert.equal(valid({ title: "t", draft: true }).draft, true);
    assert.equal(valid({ title: "t", published: false }).draft, true);
  });

  it("keeps unknown keys for layouts, and takes numbers as titles", () => {
    const matter = valid({ title: 1984, featured: true, rating: 4, toc: true, comments: false });
    assert.equal(matter.title, "1984");
    assert.equal(matter.toc, true);
    assert.equal(matter.featured, true);
    assert.deepEqual(matter.extra, { rating: 4, comments: false });
    assert.equal(matter.layout, "post");
  });

  it("refuses scriptable image URLs but takes paths and http(s) URLs", () => {
    assert.deepEqual(valid({ title: "t", image: "assets/images/a.jpg" }).image, { src: "assets/images/a.jpg" });
    assert.deepEqual(valid({ title: "t", image: "https://example.org/a.jpg" }).image, {
      src: "https://example.org/a.jpg",
    });
    assert.deepEqual(messages({ title: "t", image: { path: "javascript:alert(1)" } }), [
      "image: image.path must be a path such as assets/images/photo.jpg or an http(s) URL.",
    ]);
    assert.deepEqual(messages({ title: "t", image: "javascript:alert(1)" }), [
      "image: image must be a path such as assets/images/photo.jpg or an http(s) URL.",
    ]);
  });

  it("says which key is wrong and what to write", () => {
    assert.deepEqual(messages({ title: ["a", "b"] }), ['title: title must be text, such as title: "My first post".']);
    assert.deepEqual(
      messages({ title: "t", date: "tomorrow", draft: "yes", last_modified_at: "soon", tags: [{ a: 1 }] }),
      [
        'date: date "tomorrow" is not a valid date. Use YYYY-MM-DD, YYYY-MM-DDTHH:MM:SS or YYYY-MM-DD HH:MM:SS +0000.',
        "draft: draft must be true or false (written without quotes).",
        'tags: tags must be a name or a list of names, such as "AI" or [AI, Chips].',
        'last_modified_at: last_modified_at "soon" is not a valid date. Use YYYY-MM-DD, YYYY-MM-DDTHH:MM:SS or YYYY-MM-DD HH:MM:SS +0000.',
      ],
    );
    assert.deepEqual(messages({ title: "t", author: { bio: "no name" } }), [
      'author: author must be a name or a list of names, such as "Mina Park" or [Mina Park, Badely].',
    ]);
  });

  it("leaves a missing, null or empty title to the file name (post.ts derives it)", () => {
    assert.equal(valid({}).title, undefined);
    assert.equal(valid({ title: null }).title, undefined);
    assert.equal(valid({ title: "  " }).title, undefined);
  });

  it("takes any layout: mapped by the layouts setting, else post", () => {
    for (const layout of [null, "~", "nil", "default", "single", "page", "new-layouts/post", "news_post", 3]) {
      assert.equal(valid({ title: "t", layout }).layout, "post", String(layout));
    }
    assert.equal(valid({ title: "t", layout: null }).layoutName, undefined);
    assert.equal(valid({ title: "t", layout: "new-layouts/post" }).layoutName, "new-layouts/post");
  });

  it("reads author and authors, a name or a list, into one list of names", () => {
    assert.deepEqual(valid({ title: "t" }).authors, []);
    assert.deepEqual(valid({ title: "t", author: "Mina Park" }).authors, ["Mina Park"]);
    assert.deepEqual(valid({ title: "t", author: ["Mina Park", "Badely"] }).authors, ["Mina Park", "Badely"]);
    assert.deepEqual(valid({ title: "t", authors: ["A", "B"], author: "B" }).authors, ["A", "B"]);
    assert.deepEqual(valid({ title: "t", author: { name: "Seo Tag", twitter: "x" } }).authors, ["Seo Tag"]);
    assert.deepEqual(valid({ title: "t", author: null }).authors, []);
  });

  it("reads image maps as themes write them", () => {
    assert.equal(valid({ title: "t", image: null }).image, undefined);
    assert.deepEqual(valid({ title: "t", image: { path: "/a.jpg", alt: "An A", thumbnail: "/a-small.jpg" } }).image, {
      src: "/a.jpg",
      alt: "An A",
      thumbnail: "/a-small.jpg",
    });
    assert.deepEqual(valid({ title: "t", image: { feature: "b.jpg", credit: "Jo &amp; Co", caption: 7 } }).image, {
      src: "b.jpg",
      caption: "7",
      credit: "Jo & Co",
    });
    assert.deepEqual(valid({ title: "t", image: { teaser: "t.jpg" } }).image, { src: "t.jpg", thumbnail: "t.jpg" });
    assert.deepEqual(
      valid({
        title: "t",
        header: { overlay_image: "/o.jpg", teaser: "/t.jpg", image_description: "Alt", caption: "C" },
      }).image,
      { src: "/o.jpg", alt: "Alt", caption: "C", thumbnail: "/t.jpg" },
    );
    assert.deepEqual(valid({ title: "t", image: "/own.jpg", header: { image: "/h.jpg" } }).image, { src: "/own.jpg" });
    assert.deepEqual(valid({ title: "t", header: { overlay_color: "#333" } }).image, undefined);
  });

  it("reads excerpt, description, updated, hidden and featured", () => {
    const matter = valid({
      title: "A&nbsp;B &amp; C",
      excerpt: null,
      description: "About &lt;this&gt;",
      last_modified_at: "2025-02-03 10:00:00 +0100",
      hidden: true,
    });
    assert.equal(matter.title, "A\u00a0B & C");
    assert.equal(matter.excerpt, undefined);
    assert.equal(matter.description, "About <this>");
    // The instant written, seen in the site's zone (UTC here), as every date is.
    assert.equal(matter.updated?.toISO(), "2025-02-03T09:00:00.000Z");
    assert.equal(matter.hidden, true);
    assert.equal(matter.featured, false);
    assert.equal(valid({ title: "t", updated: "2025-02-04" }).updated?.toISODate(), "2025-02-04");
    assert.equal(valid({ title: "t", excerpt: "&quot;Hi&quot;" }).excerpt, '"Hi"');
  });
});
