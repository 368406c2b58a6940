// `npm run check`: every kind of problem reported with its file and line, errors failing, warnings failing only with --strict.
import assert from "node:assert/strict";
import path from "node:path";
import { describe, it } from "node:test";
import { DateTime } from "luxon";
import { POST_LAYOUTS } from "../../src/views/render-route.tsx";
import { runCheck, type CheckReport } from "../../src/check/run-check.ts";
import { resolveSite, type SiteSettingsInput } from "../../src/site.ts";
import { buildFixture, FIXTURES } from "../helpers/fixture-site.ts";
import { runCli } from "../helpers/run-cli.ts";

const NOW = DateTime.fromISO("2026-01-01T00:00:00Z");

function check(fixture: string): Promise<CheckReport> {
  return runCheck({
    site: resolveSite({}),
    root: path.join(FIXTURES, fixture),
    now: NOW,
    layouts: Object.keys(POST_LAYOUTS),
  });
}

/** `file:line rule` for each diagnostic: what the author sees, without the wording. */
function where(report: CheckReport, level: "error" | "warning"): string[] {
  return report.diagnostics
    .filter((diagnostic) => diagnostic.level === level)
    .map(({ file, line, rule }) => `${file}:${line} ${rule}`);
}

const SEED = "posts/2025-10-31-nvidia-strikes-bumper-ai-deals-with-asia-tech-giants.md";

describe("npm run check on the seed post", () => {
  it("warns about the double-encoded pound sign and the missing image, and finds no error", async () => {
    const report = await check("seed");
    assert.equal(report.errors, 0);
    assert.deepEqual(where(report, "warning"), [`${SEED}:9 missing-file`, `${SEED}:24 mojibake`]);
    const [image, mojibake] = report.diagnostics;
    assert.match(
      image!.message,
      /image "assets\/images\/530fec99d4a429e212386e1369942c61\.jpg" points to assets\/images\/530fec99d4a429e212386e1369942c61\.jpg, which does not exist/,
    );
    assert.equal(
      mojibake!.message,
      '"Â£" looks like a double-encoded "£" (UTF-8 read as Windows-1252). Replace it with "£".',
    );
  });

  it("prints file:line: level: message and exits 0, or 1 with --strict", async () => {
    const root = path.join(FIXTURES, "seed");
    const plain = await runCli("check.ts", [], root);
    assert.equal(plain.code, 0, plain.stderr);
    assert.ok(plain.stdout.includes(`${SEED}:24: warning: "Â£" looks like a double-encoded "£"`));
    assert.ok(plain.stdout.includes(`${SEED}:9: warning: image "assets/images/`));
    assert.match(plain.stdout, /Checked 1 post: 0 errors, 2 warnings\.\n$/);
    const strict = await runCli("check.ts", ["--strict"], root);
    assert.equal(strict.code, 1);
  });
});

describe("npm run check finds the errors that stop the build", () => {
  it("reports schema violations, invalid dates and duplicate URLs with their lines", async () => {
    const report = await check("check-errors");
    assert.deepEqual(where(report, "error"), [
      "posts/2025-02-01-list-title.md:2 content",
      "posts/2025-02-02-bad-date.md:3 content",
      "posts/2025-02-03-bad-updated.md:3 content",
      "posts/2025-02-05-second.md:3 content",
    ]);
    const messages = report.diagnostics.map((diagnostic) => diagnostic.message);
    assert.ok(messages.includes('title must be text, such as title: "My first post".'));
    assert.ok(messages.some((message) => message.startsWith('date "2025-13-45" is not a valid date.')));
    assert.ok(messages.some((message) => message.startsWith('last_modified_at "someday" is not a valid date.')));
    assert.ok(
      messages.some((message) => message.startsWith("its URL /same/ is also the URL of posts/2025-02-04-first.md.")),
    );
    // Warnings are still reported next to the errors.
    assert.deepEqual(where(report, "warning"), ["posts/2025-02-06-fine.md:5 mojibake"]);
  });

  it("agrees with the build: the build fails on exactly these files and lines", async () => {
    const report = await check("check-errors");
    const site = await buildFixture("check-errors");
    assert.equal(site.result.ok, false);
    const message = site.result.ok ? "" : site.result.message;
    for (const { file, line } of report.diagnostics.filter((diagnostic) => diagnostic.level === "error")) {
      const shown = `${file}:${line}:`;
      assert.ok(message.includes(shown), `the build's report names ${shown}:\n${message}`);
    }
    assert.match(message, /4 content errors/);
  });

  it("exits 1, and its JSON output parses and lists every problem", async () => {
    const result = await runCli("check.ts", ["--format", "json"], path.join(FIXTURES, "check-errors"));
    assert.equal(result.code, 1);
    const report = JSON.parse(result.stdout) as CheckReport;
    assert.equal(report.posts, 6);
    assert.equal(report.errors, 4);
    assert.equal(report.warnings, 1);
    assert.deepEqual(Object.keys(report.diagnostics[0]!).sort(), ["file", "level", "line", "message", "rule"]);
  });

  it("writes GitHub workflow annotations with --format github", async () => {
    const result = await runCli("check.ts", ["--format", "github"], path.join(FIXTURES, "check-errors"));
    assert.equal(result.code, 1);
    const annotations = result.stdout.split("\n").filter((line) => line.startsWith("::"));
    assert.equal(annotations.length, 5);
    assert.ok(
      annotations.includes(
        '::error file=posts/2025-02-02-bad-date.md,line=3,title=check%3A content::date "2025-13-45" is not a valid date. Use YYYY-MM-DD, YYYY-MM-DDTHH:MM:SS or YYYY-MM-DD HH:MM:SS +0000.',
      ),
    );
    assert.ok(
      annotations.some((line) =>
        line.startsWith("::warning file=posts/2025-02-06-fine.md,line=5,title=check%3A mojibake::"),
      ),
    );
  });

  it("refuses an unknown format with exit code 2", async () => {
    const result = await runCli("check.ts", ["--format", "xml"], path.join(FIXTURES, "check-errors"));
    assert.equal(result.code, 2);
    assert.match(result.stderr, /--format xml is not a format of this command\. Use text, json or github\./);
  });
});

describe("npm run check warnings", () => {
  const LINKS = "posts/2025-01-10-links.md";
  const TAGGED = "posts/2025-01-05-tagged.md";

  it("finds each kind of warning at its line, and nothing in code, external links or existing files", async () => {
    const report = await check("check-warnings");
    assert.equal(report.errors, 0);
    assert.deepEqual(where(report, "warning"), [
      `${TAGGED}:4 unknown-author`,
      `${TAGGED}:5 duplicate-terms`,
      `${TAGGED}:5 duplicate-terms`,
      `${TAGGED}:6 missing-file`,
      `${TAGGED}:9 mojibake`,
      `${LINKS}:10 missing-file`,
      `${LINKS}:12 missing-file`,
      `${LINKS}:14 broken-link`,
      `${LINKS}:14 broken-link`,
      `${LINKS}:16 broken-link`,
      `${LINKS}:18 broken-link`,
      `${LINKS}:24 broken-link`,
    ]);
  });

  it("says what is wrong and what to write instead", async () => {
    const messages = (await check("check-warnings")).diagnostics.map((diagnostic) => diagnostic.message);
    const expected = [
      'author "Nobody Listed" is not in authors.yml. Add an entry "Nobody Listed" (name, bio, avatar, url) to authors.yml, or use one of its keys: mina.',
      'tag "A.I." looks like a duplicate of "AI" (spellings in use, with their posts: "AI" (2), "A.I." (1), "ai" (1)). Use one spelling, such as "AI".',
      '"â€™" looks like a double-encoded "’" (UTF-8 read as Windows-1252). Replace it with "’".',
      'link to "/assets/files/missing.pdf" points to assets/files/missing.pdf, which does not exist. Add the file or correct the link.',
      'image "/assets/images/nope.png" points to assets/images/nope.png, which does not exist. Add the file or correct the image.',
      'link to "/2024/12/31/deleted-post/" does not resolve: no page of this site has the URL /2024/12/31/deleted-post/.',
      'link to "2025-01-05-tagged.md" names a post\'s file, which is not published. Link to its URL instead: /2025/01/05/tagged/',
      'link to "/2025/01/06/draft-post/" points to a draft (posts/2025-01-06-draft-post.md): readers get "page not found" until it is published.',
      'link to "/nowhere/" does not resolve: no page of this site has the URL /nowhere/.',
    ];
    for (const message of expected)
      assert.ok(messages.includes(message), `missing: ${message}\n${messages.join("\n")}`);
  });

  it("suggests the post a link most likely meant", async () => {
    const report = await check("check-warnings");
    const moved = report.diagnostics.find((diagnostic) => diagnostic.message.includes("/2024/01/05/tagged/"));
    assert.equal(moved?.line, 24);
    assert.equal(
      moved?.message,
      'link to "/2024/01/05/tagged/" does not resolve: no page of this site has the URL /2024/01/05/tagged/. Did you mean /2025/01/05/tagged/ ("Tagged")?',
    );
  });
});

describe("npm run check on the authors file", () => {
  it("warns about a missing avatar and an author the file does not list", async () => {
    const report = await check("authors");
    assert.deepEqual(where(report, "warning"), [
      "authors.yml:11 missing-file",
      "posts/2025-04-06-unlisted.md:3 unknown-author",
    ]);
    assert.equal(
      report.diagnostics[0]!.message,
      'author "badely": avatar "assets/images/missing.png" points to assets/images/missing.png, which does not exist. Add the file or correct the path.',
    );
  });
});

describe("npm run check on front matter written for Jekyll", () => {
  const POSTS = "posts/2024-";
  const run = (layouts: SiteSettingsInput["layouts"] = {}) =>
    runCheck({
      site: resolveSite({ layouts, defaults: [{ scope: { path: "news" }, values: { author: "mina" } }] }),
      root: path.join(FIXTURES, "jekyll-front-matter"),
      now: NOW,
    });

  it("warns about near-miss keys, repeated keys, derived titles and unmapped layouts, once per layout name", async () => {
    const report = await run();
    assert.equal(report.errors, 0);
    assert.deepEqual(where(report, "warning"), [
      `${POSTS}01-01-news-layout.md:2 unknown-layout`,
      `${POSTS}01-03-path-layout.md:3 unknown-layout`,
      `${POSTS}02-02-authors-key.md:3 unknown-author`,
      `${POSTS}04-01-the-ios-way.md:1 derived-title`,
      `${POSTS}05-01-duplicate-keys.md:4 duplicate-key`,
      `${POSTS}08-01-typo.md:3 key-typo`,
      `${POSTS}08-01-typo.md:4 key-typo`,
    ]);
    const messages = report.diagnostics.map((diagnostic) => diagnostic.message);
    for (const expected of [
      'layout "news_post" is not a layout of this site, so the post is shown with the post layout; 2 posts use it (the first is shown). To say so and silence this, map it in site.config.ts: layouts: { "news_post": "post" }.',
      'layout "new-layouts/post" is not a layout of this site, so the post is shown with the post layout; 1 post uses it. To say so and silence this, map it in site.config.ts: layouts: { "new-layouts/post": "post" }.',
      'title is missing, so the post is titled "The Ios Way", made from its file name as Jekyll does. Add a line such as title: "The Ios Way" to choose the title.',
      '"title" is written twice, on line 2 and 4: the last one is used, as in Jekyll. Remove the line not meant.',
      '"draf" is not a front matter key this site reads: did you mean `draft`? As written, it is kept as data and changes nothing.',
      '"tgas" is not a front matter key this site reads: did you mean `tags`? As written, it is kept as data and changes nothing.',
      'author "Guest Writer" is not in authors.yml. Add an entry "Guest Writer" (name, bio, avatar, url) to authors.yml, or use one of its keys: mina, badely.',
    ]) {
      assert.ok(messages.includes(expected), `missing: ${expected}\n${messages.join("\n")}`);
    }
  });

  it("says nothing of a layout name the layouts setting maps", async () => {
    const report = await run({ news_post: "post" });
    assert.deepEqual(
      where(report, "warning").filter((line) => line.endsWith("unknown-layout")),
      [`${POSTS}01-03-path-layout.md:3 unknown-layout`],
    );
  });

  it("fails with --strict on a misspelt draft key, which the build publishes", async () => {
    const root = path.join(FIXTURES, "key-typo");
    const plain = await runCli("check.ts", [], root);
    assert.equal(plain.code, 0, plain.stderr);
    assert.ok(
      plain.stdout.includes(
        'posts/2025-01-01-draf.md:3: warning: "draf" is not a front matter key this site reads: did you mean `draft`?',
      ),
      plain.stdout,
    );
    assert.equal((await runCli("check.ts", ["--strict"], root)).code, 1);
  });
});
