// A post readers would not see yet is marked on the pages a preview shows it on: draft first, then scheduled.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { DateTime } from "luxon";
import { postStatus } from "../../src/blog/site-data.ts";
import type { Post } from "../../src/posts/post.ts";

const now = DateTime.fromISO("2026-01-01T12:00:00Z");

function post(draft: boolean, date: string): Post {
  return { draft, date: DateTime.fromISO(date) } as unknown as Post;
}

describe("post status", () => {
  it("marks drafts, then posts dated after the build, and nothing else", () => {
    assert.equal(postStatus(post(true, "2027-01-01T00:00:00Z"), now), "draft");
    assert.equal(postStatus(post(false, "2026-01-01T12:00:01Z"), now), "scheduled");
    assert.equal(postStatus(post(false, "2026-01-01T12:00:00Z"), now), undefined);
  });
});
