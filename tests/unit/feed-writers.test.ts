// The feed writers take a plain feed view: a literal one gives a whole Atom feed and JSON Feed, no Blog needed.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { renderAtomFeed } from "../../layouts/feeds/atom-feed.ts";
import { renderJsonFeed } from "../../layouts/feeds/json-feed.ts";
import type { FeedEntryView, FeedView } from "../../src/views/feed-view.ts";

const entry: FeedEntryView = {
  url: "https://field.test/harbour/",
  title: "Harbour & boats",
  published: "2025-03-03T09:00:00+09:00",
  updated: "2025-03-04T10:00:00+09:00",
  modified: "2025-03-04T10:00:00+09:00",
  authors: [],
  terms: [{ name: "Travel", scheme: "https://field.test/categories/" }],
  tags: ["travel"],
  summary: "",
  content: () => Promise.resolve('<p><a href="https://field.test/x/">x</a></p>'),
};

const feed: FeedView = {
  title: "Field Notes",
  language: "en",
  description: "",
  url: "https://field.test/feed.xml",
  pageUrl: "https://field.test/",
  updated: "2025-03-04T10:00:00+09:00",
  author: "Mina Park",
  entries: [entry],
};

describe("feed writers", () => {
  it("write an Atom feed from a literal view, text escaped, the feed's author standing in for the entry's", async () => {
    const atom = await renderAtomFeed(feed);
    assert.ok(atom.includes('<title type="text">Harbour &amp; boats</title>'));
    assert.ok(atom.includes("<author><name>Mina Park</name></author>"));
    assert.equal(atom.match(/<author>/g)?.length, 1);
    assert.ok(atom.includes('<category term="Travel" scheme="https://field.test/categories/"/>'));
    assert.ok(atom.includes('<content type="html">&lt;p&gt;&lt;a href=&quot;https://field.test/x/&quot;&gt;x'));
    assert.ok(!atom.includes("<subtitle"));
    // A second feed carrying the same entry writes the same text for it.
    assert.equal(await renderAtomFeed({ ...feed, title: "Travel" }), atom.replace(">Field Notes<", ">Travel<"));
  });

  it("write a JSON Feed from the same view", async () => {
    const json = JSON.parse(await renderJsonFeed(feed)) as { items: Record<string, unknown>[] };
    assert.deepEqual(json.items[0], {
      id: "https://field.test/harbour/",
      url: "https://field.test/harbour/",
      title: "Harbour & boats",
      content_html: '<p><a href="https://field.test/x/">x</a></p>',
      date_published: "2025-03-03T09:00:00+09:00",
      date_modified: "2025-03-04T10:00:00+09:00",
      tags: ["travel"],
    });
  });
});
