// `npm run new`: a post the build accepts, dated today in the site's zone, never overwriting one.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { DateTime } from "luxon";
import { POST_LAYOUT_NAMES } from "../../src/posts/layout-names.ts";
import { postContext } from "../../src/posts/load-posts.ts";
import { createMarkdown } from "../../src/posts/markdown.ts";
import { newPost } from "../../src/posts/new-post.ts";
import { createPost } from "../../src/posts/post.ts";
import { resolveSite } from "../../src/site.ts";
import { buildFixture, newOutputFolder } from "../helpers/fixture-site.ts";
import { runCli } from "../helpers/run-cli.ts";

const SITE = resolveSite({ timeZone: "Asia/Seoul" });

function post(title: string, extra: { tags?: string[]; categories?: string[]; draft?: boolean } = {}) {
  return newPost({
    title,
    ...extra,
    date: DateTime.fromISO("2025-11-28T23:30:00", { zone: "Asia/Seoul" }),
    site: SITE,
    root: ".",
    layouts: POST_LAYOUT_NAMES,
  });
}

describe("newPost", () => {
  it("names the file after the date in the site's zone and the title's slug", () => {
    const created = post("Notes from AI week in Seoul");
    assert.equal(created.source, "posts/2025-11-28-notes-from-ai-week-in-seoul.md");
    assert.equal(created.url, "/2025/11/28/notes-from-ai-week-in-seoul/");
    assert.match(created.text, /^date: 2025-11-28T23:30:00$/m);
  });

  it("writes front matter that reads back as exactly the title, categories and tags given", () => {
    const titles = [
      "yes",
      "2024",
      "Re: #1",
      '"Quoted" and \\ backslash',
      "- a dash",
      "[brackets] {braces}",
      "---",
      "한국어 제목",
      "Économie 🎉",
    ];
    for (const title of titles) {
      const created = post(title, { tags: ["no", "C#", "a: b"], categories: ["Économie"] });
      const read = createPost(
        created.source,
        created.text,
        postContext({ site: SITE, root: ".", layouts: POST_LAYOUT_NAMES, markdown: createMarkdown() }),
      );
      assert.ok(!Array.isArray(read), `${title}: ${JSON.stringify(read)}`);
      assert.equal(read.title, title);
      assert.deepEqual(read.tags, ["no", "C#", "a: b"]);
      assert.deepEqual(read.categories, ["Économie"]);
      assert.equal(read.draft, false);
    }
  });

  it("marks a draft", () => {
    assert.match(post("Later", { draft: true }).text, /^draft: true$/m);
  });
});

describe("npm run new", () => {
  it("creates a post that builds, and refuses to overwrite it", async () => {
    const root = newOutputFolder("new-post");
    const created = await runCli(
      "new-post.ts",
      ['Re: "yes" — my <first> post', "--category", "Business", "--tag", "AI", "--tag", "C#"],
      root,
    );
    assert.equal(created.code, 0, created.stderr);
    const [file] = readdirSync(path.join(root, "posts"));
    assert.match(file!, /^\d{4}-\d{2}-\d{2}-re-yes-my-first-post\.md$/);
    // Today in the site's zone (site.config.ts says UTC); the test allows for running across midnight.
    const days = [DateTime.utc().minus({ minutes: 1 }), DateTime.utc()].map((date) => date.toFormat("yyyy-MM-dd"));
    assert.ok(days.includes(file!.slice(0, 10)), `${file} is dated today (UTC)`);
    const url = `/${file!.slice(0, 10).replaceAll("-", "/")}/re-yes-my-first-post/`;
    assert.equal(created.stdout.trim(), `Created posts/${file}. It will be published at ${url}`);

    const site = await buildFixture(root);
    assert.ok(site.result.ok, site.result.ok ? "" : site.result.message);
    assert.match(site.page(url), /<h1 class="post__title">Re: &quot;yes&quot; — my &lt;first> post<\/h1>/);
    assert.ok(site.has("/categories/business/") && site.has("/tags/ai/") && site.has("/tags/c-sharp/"));

    const before = readFileSync(path.join(root, "posts", file!), "utf8");
    const again = await runCli("new-post.ts", ['Re: "yes" — my <first> post'], root);
    assert.equal(again.code, 1);
    assert.equal(
      again.stderr.trim(),
      `posts/${file} already exists; nothing was written. Edit that file, or choose another title.`,
    );
    assert.equal(readFileSync(path.join(root, "posts", file!), "utf8"), before);
  });

  it("keeps a draft out of the built site", async () => {
    const root = newOutputFolder("new-draft");
    const created = await runCli("new-post.ts", ["Not yet", "--draft"], root);
    assert.equal(created.code, 0, created.stderr);
    assert.match(created.stdout, /\(a draft\)/);
    const site = await buildFixture(root);
    assert.ok(site.result.ok);
    assert.ok(!site.files().some((file) => file.includes("not-yet")));
  });

  it("asks for a title when none is given", async () => {
    const result = await runCli("new-post.ts", [], newOutputFolder("new-none"));
    assert.equal(result.code, 2);
    assert.match(
      result.stderr,
      /^The title is missing: give it in quotes, as in npm run new -- "My title"\.\nUsage: npm run new -- "Title" \[options\]/,
    );
  });
});
