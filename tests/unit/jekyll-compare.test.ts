// bench/jekyll-compare: URLs and titles compared as a reader sees them, mismatches named by cause, and a real run on a two-post Jekyll site.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { blogPostingOf } from "../../bench/jekyll-compare/built-posts.ts";
import {
  compareBlog,
  groupCauses,
  normaliseTitle,
  normaliseUrl,
  urlDifference,
  type BlogComparison,
  type ImportOutcome,
} from "../../bench/jekyll-compare/compare.ts";
import { hasJekyll } from "../../bench/jekyll-compare/jekyll-posts.ts";
import { formatTable, formatUnmatched } from "../../bench/jekyll-compare/report.ts";
import { parseImportOutput } from "../../bench/jekyll-compare/scratch-project.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const CORPUS = fileURLToPath(new URL("../fixtures/jekyll-site-compare/", import.meta.url));

describe("URLs compared on both sides in one form", () => {
  it("drops the origin and the prefix, decodes escapes, and reads index.html as its folder", () => {
    assert.equal(normaliseUrl("https://example.org/blog/2020/01/02/x/", "/blog/"), "/2020/01/02/x/");
    assert.equal(normaliseUrl("/blog/2020/01/02/x/index.html", "/blog"), "/2020/01/02/x/");
    assert.equal(normaliseUrl("/2020/caf%C3%A9/"), "/2020/café/");
    assert.equal(normaliseUrl("/blogroll/", "/blog"), "/blogroll/", "a prefix is a whole folder");
  });

  it("names the shape of a difference, the same for every post it hits", () => {
    assert.equal(
      urlDifference("/news/2016/08/24/a-b/", "/2016/08/24/a-b/"),
      "jekyll /:folder/:year/:month/:day/:title/ vs here /:year/:month/:day/:title/",
    );
    assert.equal(
      urlDifference("/2016/08/24/a-b/", "/2016/08/25/a-b/"),
      "same pattern /:year/:month/:day/:title/, different date",
    );
    assert.equal(
      urlDifference("/2016/08/24/a-b.html", "/2016/08/24/a-b/"),
      "jekyll /:year/:month/:day/:title.html vs here /:year/:month/:day/:title/",
    );
  });
});

describe("titles compared as a reader sees them", () => {
  it("decodes entities and folds white space", () => {
    assert.equal(normaliseTitle("Fish &amp; chips"), "Fish & chips");
    assert.equal(normaliseTitle("  A&nbsp;B\n C &#8212; &#x263A;"), "A B C — ☺");
    assert.equal(normaliseTitle(null), "");
  });
});

describe("a blog compared", () => {
  const imports = new Map<string, ImportOutcome>([
    ["_posts/2020-01-01-a.md", { url: "/2020/01/01/a/" }],
    ["_posts/2020-01-02-b.md", { url: "/2020/01/02/b/" }],
    ["_posts/2020-01-03-c.md", { error: 'layout "news" is not a layout of this site.' }],
    ["_posts/2020-01-04-d.md", { url: "/2020/01/04/d/" }],
  ]);
  const comparison = compareBlog({
    blog: "owner+blog",
    jekyllBaseurl: "/base",
    pathPrefix: "/",
    imports,
    jekyll: [
      { path: "_posts/2020-01-01-a.md", url: "/2020/01/01/a/", title: "A &amp; B", date: "2020-01-01T23:00:00-08:00" },
      { path: "_posts/2020-01-02-b.md", url: "/2020/01/02/b/", title: "Bee", date: "2020-01-02T10:00:00+00:00" },
      { path: "_posts/2020-01-03-c.md", url: "/2020/01/03/c/", title: "C", date: "2020-01-03T10:00:00+00:00" },
      { path: "_posts/2020-01-04-d.md", url: "/news/2020/01/04/d/", title: "D", date: "2020-01-04T10:00:00+00:00" },
    ],
    built: [
      { url: "https://example.org/2020/01/01/a/", title: "A & B", date: "2020-01-01T23:00:00-08:00" },
      { url: "https://example.org/2020/01/02/b/", title: "B", date: "2020-01-03T01:00:00+00:00" },
      { url: "https://example.org/2020/01/04/d/", title: "D", date: "2020-01-04T10:00:00+00:00" },
    ],
  });

  it("matches posts by URL, then compares their titles and calendar dates", () => {
    assert.deepEqual(
      [comparison.jekyll, comparison.built, comparison.urlMatches, comparison.titleMatches, comparison.dateMatches],
      [4, 3, 2, 1, 1],
    );
    assert.deepEqual(
      comparison.differences.map((difference) => [difference.path, difference.field]),
      [
        ["_posts/2020-01-02-b.md", "title"],
        ["_posts/2020-01-02-b.md", "date"],
      ],
    );
  });

  it("gives every post without a page its cause: the importer's error, or the URL it got instead (equal counts: by cause)", () => {
    assert.deepEqual(
      groupCauses([comparison]).map((group) => [group.cause, group.posts.map((post) => post.path)]),
      [
        [
          "URL differs: jekyll /:folder/:year/:month/:day/:title/ vs here /:year/:month/:day/:title/",
          ["_posts/2020-01-04-d.md"],
        ],
        ['layout "news" is not a layout of this site.', ["_posts/2020-01-03-c.md"]],
      ],
    );
  });

  it("prints a table with a total line and the share of posts matching in URL, title and date", () => {
    const table = formatTable([comparison]).split("\n");
    assert.match(table[0]!, /^blog\s+jekyll\s+pages here\s+URL =\s+title =\s+date =\s+all =$/);
    assert.match(table[2]!, /^owner\+blog\s+4\s+3\s+2\s+1\s+1\s+25\.0%$/);
    assert.match(table.at(-1)!, /^total\s+4\s+3\s+2\s+1\s+1\s+25\.0%$/);
    const unmatched = formatUnmatched([comparison]);
    assert.match(
      unmatched,
      /1 × URL differs: .*\n {4}owner\+blog\/_posts\/2020-01-04-d\.md: jekyll \/news\/2020\/01\/04\/d\/ vs here \/2020\/01\/04\/d\//,
    );
    assert.match(
      unmatched,
      /1 × same URL, different title:\n {4}owner\+blog\/_posts\/2020-01-02-b\.md: jekyll "Bee" vs here "B"/,
    );
  });
});

describe("what the importer and the build said, read back", () => {
  it("maps the importer's lines to the Jekyll files, relative to the site root", () => {
    const output = [
      "../site/_posts/2020-01-01-a.md → posts/2020-01-01-a.md (/2020/01/01/a/); converted: 1 highlight",
      '../site/_posts/2020-01-03-c.md:2: error: layout "news" is not a layout of this site. It was not imported.',
      "../site/_posts/2020-01-03-c.md:5: error: a second error.",
      "Imported 1 post into posts/; 1 not imported (see above).",
    ].join("\n");
    assert.deepEqual(
      [...parseImportOutput(output, "/tmp/x/project", "/tmp/x/site")],
      [
        ["_posts/2020-01-01-a.md", { url: "/2020/01/01/a/" }],
        ["_posts/2020-01-03-c.md", { error: 'layout "news" is not a layout of this site. It was not imported.' }],
      ],
    );
  });

  it("reads a post page's BlogPosting, and nothing from other pages", () => {
    const json =
      '{"@context":"https://schema.org","@type":"BlogPosting","headline":"Fish \\u0026 chips","url":"https://e.org/a/","datePublished":"2022-11-12T00:00:00Z"}';
    assert.deepEqual(blogPostingOf(`<head><script type="application/ld+json">${json}</script></head>`), {
      url: "https://e.org/a/",
      title: "Fish & chips",
      date: "2022-11-12T00:00:00Z",
    });
    assert.equal(blogPostingOf('<script type="application/ld+json">{"@type":"WebSite"}</script>'), undefined);
  });
});

describe(
  "npm run compare:jekyll on a two-post Jekyll site",
  { skip: hasJekyll() ? false : "jekyll is not on PATH (apt-get install -y jekyll)" },
  () => {
    it("builds it with Jekyll and with this project, and both posts match in URL, title and date", () => {
      const run = spawnSync(`${ROOT}node_modules/.bin/tsx`, ["bench/jekyll-compare/run.ts", CORPUS, "--json"], {
        cwd: ROOT,
        encoding: "utf8",
      });
      assert.equal(run.status, 0, run.stderr);
      const report = JSON.parse(run.stdout) as { blogs: BlogComparison[] };
      assert.deepEqual(
        report.blogs.map((blog) => [
          blog.blog,
          blog.jekyll,
          blog.built,
          blog.urlMatches,
          blog.titleMatches,
          blog.dateMatches,
        ]),
        [["two-posts", 2, 2, 2, 2, 2]],
      );
    });
  },
);

describe("npm run compare:jekyll's usage", () => {
  it("refuses a missing corpus folder with its usage and exit code 2", () => {
    const run = spawnSync(`${ROOT}node_modules/.bin/tsx`, ["bench/jekyll-compare/run.ts", `${CORPUS}missing`], {
      cwd: ROOT,
      encoding: "utf8",
    });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /is not a folder\.\n\nUsage: npm run compare:jekyll/);
  });
});
