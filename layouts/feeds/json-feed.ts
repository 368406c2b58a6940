// The site's JSON Feed (version 1.1): the same entries as the Atom feed, for readers that prefer JSON.
import type { FeedEntryView, FeedView } from "../../src/views/feed-view.ts";

export async function renderJsonFeed(feed: FeedView): Promise<string> {
  const json = {
    version: "https://jsonfeed.org/version/1.1",
    title: feed.title,
    home_page_url: feed.pageUrl,
    feed_url: feed.url,
    ...(feed.description === "" ? {} : { description: feed.description }),
    language: feed.language,
    authors: [{ name: feed.author }],
    items: await Promise.all(feed.entries.map(item)),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

async function item(entry: FeedEntryView) {
  return {
    id: entry.url,
    url: entry.url,
    title: entry.title,
    content_html: await entry.content(),
    ...(entry.summary === "" ? {} : { summary: entry.summary }),
    ...(entry.image === undefined ? {} : { image: entry.image }),
    date_published: entry.published,
    ...(entry.modified === undefined ? {} : { date_modified: entry.modified }),
    ...(entry.authors.length === 0 ? {} : { authors: entry.authors.map((name) => ({ name })) }),
    tags: entry.tags,
  };
}
