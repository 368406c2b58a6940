// In watch mode (`npm start`), an edited post is rebuilt: a body edit writes only its page, anything else every page.
import assert from "node:assert/strict";
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import Eleventy from "@11ty/eleventy";
import { pipeline } from "../../.eleventy.ts";
import { eleventyInput } from "../../src/cli/eleventy-input.ts";
import { resolveSite } from "../../src/site.ts";
import { FIXTURES, newOutputFolder, siteAt, type BuiltSite } from "../helpers/fixture-site.ts";

type WatchingEleventy = Eleventy & {
  init(): Promise<void>;
  watch(): Promise<(file: string) => Promise<void>>;
  stopWatch(): Promise<void>;
  watcher: { close(): Promise<void> };
};

const FIRST = "/2025/01/10/first-light/";
const SECOND = "/2025/02/14/clear-skies/";

describe("a watch-mode rebuild", () => {
  let root: string;
  let site: BuiltSite;
  let eleventy: WatchingEleventy;
  let rebuild: (file: string) => Promise<void>;
  /** Site URLs of the pages the last build wrote. */
  let written: string[] = [];
  let everyPage: string[] = [];

  /** Edits a post file the way an editor saves it, then runs the rebuild Eleventy's watcher would. */
  async function edit(file: string, change: (text: string) => string): Promise<void> {
    const full = path.join(root, "posts", file);
    writeFileSync(full, change(readFileSync(full, "utf8")));
    await rebuild(full);
  }

  before(async () => {
    const folder = newOutputFolder("watch");
    root = path.join(folder, "project");
    cpSync(path.join(FIXTURES, "watch"), root, { recursive: true });
    const output = path.join(folder, "site");
    eleventy = new Eleventy(eleventyInput(), output, {
      quietMode: true,
      runMode: "watch",
      config(eleventyConfig) {
        pipeline(eleventyConfig, resolveSite({ title: "Watch" }), root);
        eleventyConfig.on("eleventy.after", (({ results }: { results: Array<{ url: string }> }) => {
          written = results.map((result) => result.url).sort();
        }) as never);
      },
    }) as WatchingEleventy;
    await eleventy.init();
    rebuild = await eleventy.watch();
    // The test runs each rebuild itself, as the file watcher would; the watcher is closed so that it
    // cannot start a second rebuild of the same edit, racing the one the test waits for.
    await eleventy.watcher.close();
    site = siteAt(output, { ok: true, pages: written.length, warnings: [] });
  });

  after(async () => {
    await eleventy.stopWatch();
  });

  it("writes every page the first time", () => {
    assert.ok(written.includes("/") && written.includes(FIRST) && written.includes(SECOND), written.join(" "));
    everyPage = written;
  });

  it("writes only the pages showing a post's body when the body changes and its excerpt does not", async () => {
    await edit("2025-01-10-first-light.md", (text) => `${text}\nJupiter's moons were easy to see.\n`);
    assert.ok(
      site.page(FIRST).includes("Jupiter’s moons were easy to see."),
      "the body, with kramdown's curly apostrophe",
    );
    assert.ok(written.includes(FIRST), written.join(" "));
    // The feeds carry the body, and lists show its reading time; indexes and the 404 page show neither.
    assert.ok(written.includes("/feed.xml"), written.join(" "));
    for (const url of ["/categories/", "/tags/", "/404.html"]) assert.ok(!written.includes(url), url);
    assert.ok(written.length < everyPage.length, `${written.length} of ${everyPage.length} pages`);
    // Every page with the post's card (its reading time), though the card is rendered once and reused.
    const withCard = everyPage.filter(
      (url) => url.endsWith("/") && new RegExp(`class="post-card__title"><a href="${FIRST}"`).test(site.page(url)),
    );
    assert.ok(withCard.length >= 4, withCard.join(" "));
    for (const url of withCard) assert.ok(written.includes(url), `${url} shows the card but was not rewritten`);
  });

  it("writes every page when a title changes, so lists show the new title", async () => {
    await edit("2025-01-10-first-light.md", (text) =>
      text.replace('title: "First light"', 'title: "First light, at last"'),
    );
    assert.ok(written.length > 3, written.join(" "));
    assert.match(site.page("/"), /First light, at last/);
  });

  it("writes every page when a body edit changes the excerpt lists show", async () => {
    await edit("2025-02-14-clear-skies.md", (text) => text.replace("Three clear nights", "Four clear nights"));
    assert.ok(written.includes("/"), written.join(" "));
    assert.match(site.page("/"), /Four clear nights in a row/);
  });

  it("writes nothing when a draft changes, and the draft stays unpublished", async () => {
    await edit("2025-03-01-unfinished.md", (text) => `${text}\nStill not ready.\n`);
    assert.deepEqual(written, []);
    assert.equal(site.has("/2025/03/01/unfinished/"), false);
  });

  it("shows a body edited after a failed build", async () => {
    await edit("2025-02-14-clear-skies.md", (text) => text.replace("date: 2025-02-14T21:30:00", "date: 2025-02-30"));
    await edit(
      "2025-02-14-clear-skies.md",
      (text) => `${text.replace("date: 2025-02-30", "date: 2025-02-14T21:30:00")}\nMars too.\n`,
    );
    assert.match(site.page(SECOND), /Mars too\./);
  });
});
