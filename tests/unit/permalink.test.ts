// Jekyll's URL pieces, case by case: its slugify modes, file name parts and placeholders, as Jekyll 4.3 gives them.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parsePostDate } from "../../src/dates.ts";
import { fileNameParts, jekyllSlugify } from "../../src/posts/jekyll-slug.ts";
import { expandPermalink, htmlOutputPath, normaliseUrl, PermalinkError } from "../../src/posts/permalink.ts";
import { folderCategories } from "../../src/posts/post-url.ts";

describe("jekyllSlugify", () => {
  // Expected values from `ruby -rjekyll -e 'p Jekyll::Utils.slugify(…)'` (Jekyll 4.3.1).
  it("in pretty mode, cased, keeps the punctuation URLs show unescaped and the author's case", () => {
    assert.equal(jekyllSlugify("Hello World Caps", "pretty", true), "Hello-World-Caps");
    assert.equal(jekyllSlugify("what's-new-(v2)+more!", "pretty", true), "what's-new-(v2)+more!");
    assert.equal(jekyllSlugify("C++-and-C#", "pretty", true), "C++-and-C");
    assert.equal(jekyllSlugify("café-über", "pretty", true), "café-über");
  });

  it("in default mode keeps only letters, marks and digits, lower-cased", () => {
    assert.equal(jekyllSlugify("what's-new-(v2)+more!"), "what-s-new-v2-more");
    assert.equal(jekyllSlugify("Ünïcode Category"), "ünïcode-category");
    assert.equal(jekyllSlugify("version-1.2"), "version-1-2");
  });
});

describe("fileNameParts", () => {
  it("takes the slug after a padded or unpadded date, dropping trailing dots", () => {
    assert.deepEqual(fileNameParts("2016-1-7-unpadded-date.md"), {
      basename: "2016-1-7-unpadded-date",
      slug: "unpadded-date",
    });
    assert.deepEqual(fileNameParts("2016-01-05-ends..md"), { basename: "2016-01-05-ends.", slug: "ends" });
    assert.deepEqual(fileNameParts("undated.markdown"), { basename: "undated", slug: "undated" });
  });
});

describe("folderCategories", () => {
  it("are the folders above _posts, never those below it", () => {
    assert.deepEqual(folderCategories("posts/news/_posts/2016-01-05-x.md", "posts"), ["news"]);
    assert.deepEqual(folderCategories("posts/a/b/_posts/sub/2016-01-05-x.md", "posts"), ["a", "b"]);
    assert.deepEqual(folderCategories("posts/_posts/news/2016-01-05-x.md", "posts"), []);
    assert.deepEqual(folderCategories("posts/news/2016-01-05-x.md", "posts"), []);
  });
});

describe("expandPermalink", () => {
  const parts = {
    date: parsePostDate("2016-01-01 08:05:09", "UTC")!,
    title: "Hello-World",
    slug: "hello-world",
    name: "2016-01-01-hello-world",
    categories: ["News", "Tech Talk", "news"],
  };

  it("writes dates as Ruby's strftime does: ISO week and week year, English names", () => {
    assert.equal(
      expandPermalink("/:w_year/W:week/:w_day/:short_day/:long_day/:short_month/:long_month/:y_day/", parts),
      "/2015/W53/5/Fri/Friday/Jan/January/001/",
    );
    assert.equal(expandPermalink("/:short_year/:i_month/:i_day/:hour:minute:second/", parts), "/16/1/1/080509/");
  });

  it("lower-cases categories without slugifying them, once each", () => {
    assert.equal(expandPermalink("/:categories/:title:output_ext", parts), "/news/tech talk/Hello-World.html");
    assert.equal(expandPermalink("/:categories/:title/", { ...parts, categories: [] }), "/Hello-World/");
  });

  it("reads :month_ as :month then an underscore, as Jekyll does", () => {
    assert.equal(expandPermalink("/:year/:month_:day/:title/", parts), "/2016/01_01/Hello-World/");
  });

  it("refuses placeholders Jekyll does not know, and paths out of the site", () => {
    assert.throws(() => expandPermalink("/:year/:tittle/", parts), PermalinkError);
    assert.throws(() => expandPermalink("/../:title/", parts), /outside the site's folder/);
  });

  it("names the file Jekyll writes for each URL", () => {
    assert.equal(htmlOutputPath("/2016/hello/"), "/2016/hello/index.html");
    assert.equal(htmlOutputPath("/2016/hello.html"), "/2016/hello.html");
    assert.equal(htmlOutputPath("/2016/hello"), "/2016/hello.html");
  });
});

describe("normaliseUrl", () => {
  it("refuses paths that leave the site however they are spelled, and keeps other escapes", () => {
    for (const permalink of [
      "/a/../b/",
      "/a/%2e%2e/b/",
      "/a/%2E./b/",
      "/a/.%2e/b/",
      "/a%2f..%2fb/",
      "/a/%5c../",
      "/%2e/x/",
    ]) {
      assert.throws(() => normaliseUrl(permalink), PermalinkError, permalink);
    }
    assert.equal(normaliseUrl("/caf%C3%A9/100%25/"), "/caf%C3%A9/100%25/");
    assert.equal(normaliseUrl("/bad%zz/"), "/bad%zz/");
  });
});
