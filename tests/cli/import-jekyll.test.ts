// `npm run import:jekyll`: a Jekyll `_posts` folder imported with its Liquid converted, and every imported post builds.
import assert from "node:assert/strict";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { before, describe, it } from "node:test";
import { DateTime } from "luxon";
import { POST_LAYOUTS } from "../../layouts/render.tsx";
import { runCheck } from "../../src/check/run-check.ts";
import { importJekyllPosts, type ImportReport } from "../../src/jekyll-import/import-posts.ts";
import { resolveSite } from "../../src/site.ts";
import { buildFixture, FIXTURES, newOutputFolder, type BuiltSite } from "../helpers/fixture-site.ts";
import { runCli } from "../helpers/run-cli.ts";

const FROM = path.join(FIXTURES, "jekyll-import", "_posts");
const NOW = DateTime.fromISO("2026-01-01T00:00:00Z");

function importInto(root: string, dryRun = false): Promise<ImportReport> {
  return importJekyllPosts({
    from: FROM,
    root,
    site: resolveSite({}),
    layouts: Object.keys(POST_LAYOUTS),
    now: NOW,
    dryRun,
  });
}

describe("importing a Jekyll _posts folder", () => {
  let root: string;
  let report: ImportReport;
  let site: BuiltSite;
  before(async () => {
    root = newOutputFolder("jekyll-import");
    report = await importInto(root);
    site = await buildFixture(root);
  });
  const shown = (name: string) => path.relative(root, path.join(FROM, name)).split(path.sep).join("/");

  it("imports every Markdown post it can, keeping file names and subfolders", () => {
    assert.deepEqual(
      report.imported.map((post) => `${post.to} ${post.url}`),
      [
        "posts/2016-01-10-highlight-and-raw.md /2016/01/10/highlight-and-raw/",
        "posts/2016-02-20-links.md /2016/02/20/links/",
        "posts/2016-06-01-mediumish.md /2016/06/01/mediumish/",
        "posts/sub/2016-03-01-nested.markdown /2016/03/01/nested/",
      ],
    );
    assert.deepEqual(report.notImported, [shown("2016-04-01-default-layout.md"), shown("2016-05-01-old-page.html")]);
  });

  it("keeps the front matter exactly as written", () => {
    for (const name of ["2016-01-10-highlight-and-raw.md", "2016-06-01-mediumish.md"]) {
      const original = readFileSync(path.join(FROM, name), "utf8");
      const imported = readFileSync(path.join(root, "posts", name), "utf8");
      const frontMatter = (text: string) => text.slice(0, text.indexOf("\n---\n") + 5);
      assert.equal(frontMatter(imported), frontMatter(original));
    }
  });

  it("lists what it could not convert, per file and line, and why a post was not imported", () => {
    const KEPT = "it shows as written until then.";
    assert.deepEqual(
      report.problems.map(({ file, line, level, message }) => `${file}:${line ?? "-"}: ${level}: ${message}`).sort(),
      [
        `${shown("2016-02-20-links.md")}:10: warning: {% post_url 2015-12-31-never-written %} was not converted: no imported or existing post is "2015-12-31-never-written". Link to the post's URL instead; ${KEPT}`,
        `${shown("2016-02-20-links.md")}:12: warning: {% include video.html id="abc123" %} was not converted: this site has no includes. Replace it with the HTML it produced; ${KEPT}`,
        `${shown("2016-02-20-links.md")}:14: warning: {% youtube dQw4w9WgXcQ %} was not converted: "youtube" is a Liquid or plugin tag this site does not evaluate. Replace it with what it produced; ${KEPT}`,
        `${shown("2016-02-20-links.md")}:16: warning: {:target="_blank"} was not converted: kramdown attribute lists are not read by this site's Markdown reader. Remove it, or write the element as HTML; ${KEPT}`,
        `${shown("2016-04-01-default-layout.md")}:2: error: layout "default" is not a layout of this site. Use one of: post (or leave it out). It was not imported: fix it here and import again.`,
        `${shown("2016-05-01-old-page.html")}:-: warning: was skipped: only Markdown posts are imported. Convert it to Markdown and import it again.`,
      ].sort(),
    );
  });

  it("builds every imported post", () => {
    assert.ok(site.result.ok, site.result.ok ? "" : site.result.message);
    for (const post of report.imported) assert.ok(site.has(post.url), post.url);
  });

  it("turns highlight blocks into fenced code and unwraps raw", () => {
    const html = site.page("/2016/01/10/highlight-and-raw/");
    // The text of a highlighted block: the highlighter's spans taken off, entities left as they are.
    const code = (language: string) =>
      new RegExp(`<code class="hljs language-${language}">([\\s\\S]*?)</code>`)
        .exec(html)?.[1]
        ?.replace(/<[^>]+>/g, "");
    assert.equal(code("ruby"), "def print_hi(name)\n  puts &quot;Hi, #{name}&quot;\nend\n");
    assert.equal(code("liquid"), "&lt;h1&gt;{{ page.title }}&lt;/h1&gt;\n");
    assert.equal(code("markdown"), "```js\nlet fenced = &quot;inside&quot;;\n```\n");
    assert.match(html, /Inline: \{% if user %\} stays as written\./);
  });

  it("removes site.baseurl and site.url before paths, and resolves post_url to pages that exist", () => {
    // The image's file is not in this site, so the page leaves it out; the converted Markdown points to it.
    assert.match(
      readFileSync(path.join(root, "posts", "2016-01-10-highlight-and-raw.md"), "utf8"),
      /!\[A picture\]\(\/assets\/images\/pixel\.png\)/,
    );
    assert.match(
      site.page("/2016/01/10/highlight-and-raw/"),
      /<a href="\/about\/">About<\/a> and <a href="\/assets\/css\/site.css">/,
    );
    const links = site.page("/2016/02/20/links/");
    assert.match(links, /<a href="\/2016\/01\/10\/highlight-and-raw\/">the first post<\/a>/);
    assert.match(links, /<a href="\/2016\/03\/01\/nested\/">the nested one<\/a>/);
    assert.ok(site.has("/2016/01/10/highlight-and-raw/") && site.has("/2016/03/01/nested/"));
    assert.doesNotMatch(links, /A note Jekyll never shows/);
  });

  it("keeps <!--more--> as the excerpt separator", () => {
    assert.match(
      site.page("/"),
      /<p class="post-card__excerpt">Jekyll posts carry Liquid; this one has every form the importer converts\.<\/p>/,
    );
  });

  it("gives npm run check nothing to call an error", async () => {
    const checked = await runCheck({ site: resolveSite({}), root, now: NOW, layouts: Object.keys(POST_LAYOUTS) });
    assert.equal(checked.errors, 0, JSON.stringify(checked.diagnostics, null, 2));
  });

  it("never overwrites: importing again imports nothing", async () => {
    const before = readFileSync(path.join(root, "posts", "2016-02-20-links.md"), "utf8");
    const again = await importInto(root);
    assert.deepEqual(again.imported, []);
    assert.ok(
      again.problems.some(
        (problem) =>
          problem.message === "was not imported: posts/2016-02-20-links.md already exists, and is never overwritten.",
      ),
    );
    assert.equal(readFileSync(path.join(root, "posts", "2016-02-20-links.md"), "utf8"), before);
  });
});

describe("import:jekyll edge cases", () => {
  it("leaves out a post whose URL an existing post already has, and imports the rest", async () => {
    const root = newOutputFolder("jekyll-clash");
    mkdirSync(path.join(root, "posts"));
    writeFileSync(
      path.join(root, "posts", "2020-01-01-mine.md"),
      '---\ntitle: "Mine"\npermalink: /2016/02/20/links/\n---\nMine.\n',
    );
    const report = await importInto(root);
    assert.deepEqual(report.imported.length, 3);
    const clash = report.problems.find(
      (problem) => problem.file.endsWith("2016-02-20-links.md") && problem.level === "error",
    );
    assert.equal(
      clash?.message,
      "its URL /2016/02/20/links/ is also the URL of posts/2020-01-01-mine.md. Give one of them another permalink (or file name). It was not imported.",
    );
    const site = await buildFixture(root);
    assert.ok(site.result.ok, site.result.ok ? "" : site.result.message);
  });

  it("writes nothing with --dry-run, says what it would do, and exits 1 when a post cannot be imported", async () => {
    const root = newOutputFolder("jekyll-dry-run");
    const result = await runCli("import-jekyll.ts", [FROM, "--dry-run"], root);
    assert.equal(result.code, 1, result.stderr);
    assert.ok(!existsSync(path.join(root, "posts")));
    const from = path.relative(root, FROM).split(path.sep).join("/");
    assert.ok(
      result.stdout.includes(
        `${from}/2016-02-20-links.md:12: warning: {% include video.html id="abc123" %} was not converted: this site has no includes.`,
      ),
    );
    assert.ok(
      result.stdout.includes(
        `${from}/2016-01-10-highlight-and-raw.md → posts/2016-01-10-highlight-and-raw.md (/2016/01/10/highlight-and-raw/); converted: 3 highlight, 2 raw`,
      ),
    );
    assert.match(
      result.stdout,
      /Would import 4 posts into posts\/; 2 not imported \(see above\)\. Dry run: nothing was written\.\n$/,
    );
  });

  it("refuses a path that is not a folder", async () => {
    const result = await runCli("import-jekyll.ts", ["no-such-folder"], newOutputFolder("jekyll-none"));
    assert.equal(result.code, 2);
    assert.match(
      result.stderr,
      /^no-such-folder is not a folder\.\nUsage: npm run import:jekyll -- <path to _posts> \[options\]/,
    );
  });
});
