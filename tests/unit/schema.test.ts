// The front matter schema: Jekyll's forms normalised at the door, unknown keys kept, clear messages.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { frontMatterValidator, type FrontMatter } from "../../src/posts/schema.ts";

const validate = frontMatterValidator({ timeZone: "UTC", layouts: ["post"] });

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
    const matter = valid({ title: 1984, featured: true, rating: 4, toc: true });
    assert.equal(matter.title, "1984");
    assert.equal(matter.toc, true);
    assert.deepEqual(matter.extra, { featured: true, rating: 4 });
    assert.equal(matter.layout, "post");
  });

  it("refuses scriptable image URLs but takes paths and http(s) URLs", () => {
    assert.equal(valid({ title: "t", image: "assets/images/a.jpg" }).image, "assets/images/a.jpg");
    assert.equal(valid({ title: "t", image: "https://example.org/a.jpg" }).image, "https://example.org/a.jpg");
    assert.deepEqual(messages({ title: "t", image: "javascript:alert(1)" }), [
      "image: image must be a path such as assets/images/photo.jpg or an http(s) URL.",
    ]);
  });

  it("says which key is wrong and what to write", () => {
    assert.deepEqual(messages({}), [
      'title: title is missing. Add a line such as title: "My first post" to the front matter.',
    ]);
    assert.deepEqual(messages({ title: "t", date: "tomorrow", draft: "yes", layout: "fancy", tags: [{ a: 1 }] }), [
      'date: date "tomorrow" is not a valid date. Use YYYY-MM-DD, YYYY-MM-DDTHH:MM:SS or YYYY-MM-DD HH:MM:SS +0000.',
      'layout: layout "fancy" is not a layout of this site. Use one of: post (or leave it out).',
      "draft: draft must be true or false (written without quotes).",
      'tags: tags must be a name or a list of names, such as "AI" or [AI, Chips].',
    ]);
    assert.deepEqual(messages({ title: "  " }), [
      'title: title is empty. Give the post a title, such as title: "My first post".',
    ]);
  });
});
