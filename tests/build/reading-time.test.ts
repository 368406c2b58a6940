// Each post shows how long it takes to read, on its page and on its card, at the site's reading speed.
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { buildFixture, type BuiltSite } from "../helpers/fixture-site.ts";

const LONG_READ = "/2025/01/20/long-read/"; // 800 words
const JAPANESE = "/2025/02/02/japanese/"; // 1,210 Japanese characters, no spaces

function readingTimes(html: string): string[] {
  return [...html.matchAll(/<span class="reading-time">([^<]*)<\/span>/g)].map((match) => match[1]!);
}

describe("reading time", () => {
  let site: BuiltSite;
  before(async () => {
    site = await buildFixture("reader");
  });

  it("is shown on a post's page at 230 words a minute by default, rounded up", () => {
    assert.equal(readingTimes(site.page(LONG_READ))[0], "4 min read"); // 800 / 230 = 3.5
  });

  it("is shown on the post's card in lists", () => {
    const archive = site.page("/2025/01/");
    assert.match(
      archive,
      /<a href="\/2025\/01\/20\/long-read\/">A long read<\/a>[\s\S]*?<span class="reading-time">4 min read<\/span>/,
    );
  });

  it("counts Japanese text by characters, not by space-separated runs", () => {
    assert.equal(readingTimes(site.page(JAPANESE))[0], "3 min read"); // 1,210 / 500 = 2.4
  });

  it("is at least one minute for a short post", () => {
    assert.equal(readingTimes(site.page("/2025/03/01/newest/"))[0], "1 min read");
  });

  it("follows the site's wordsPerMinute setting", async () => {
    const slow = await buildFixture("reader", { site: { wordsPerMinute: 100 } });
    assert.equal(readingTimes(slow.page(LONG_READ))[0], "8 min read");
  });
});
