// Imported blogs keep their URLs: every post, term and redirect page where Jekyll 4 (with jekyll-archives and
// jekyll-redirect-from) puts it for the same posts and `_config.yml`, for each permalink style.
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { resolveSite, SiteSettingsError, type SiteSettingsInput } from "../../src/site.ts";
import { readAtom } from "../helpers/atom.ts";
import { buildFixture, type BuiltSite } from "../helpers/fixture-site.ts";
import { checkLinks } from "../helpers/link-checker.ts";

const ORIGIN = "https://example.org";

/** The fixture's `_config.yml`, as this project's settings (what the importer writes for it). */
function jekyllSite(permalink: string): SiteSettingsInput {
  return {
    permalink,
    categoryPermalink: "/category/:name/",
    tagPermalink: "/tag/:name/",
    url: ORIGIN,
    timeZone: "UTC",
    search: false,
  };
}

/** The fixture built once per set of settings: tests only read the output, and several need the same build. */
const builds = new Map<string, Promise<BuiltSite>>();

function build(settings: SiteSettingsInput): Promise<BuiltSite> {
  const key = JSON.stringify(settings);
  let site = builds.get(key);
  if (site === undefined) {
    site = buildFixture("jekyll-permalinks", { site: settings });
    builds.set(key, site);
  }
  return site.then((built) => {
    assert.ok(built.result.ok, built.result.ok ? "" : built.result.message);
    return built;
  });
}

/** Broken internal links, but for the stylesheets: this fixture has no assets folder. */
function brokenLinks(site: BuiltSite) {
  const { broken } = checkLinks(site.output, { origin: ORIGIN, pathPrefix: "/" });
  return broken.filter((link) => !link.url.startsWith("/assets/"));
}

/** Every `<loc>` of the sitemap, as written (percent-encoded). */
function sitemapLocs(site: BuiltSite): string[] {
  return [...site.page("/sitemap.xml").matchAll(/<loc>([^<]*)<\/loc>/g)].map((match) => match[1]!);
}

/** Every HTML file Jekyll 4.3 wrote for the fixture's posts and redirects, per `permalink` (../fixtures/jekyll-permalinks/run-jekyll.sh). */
const JEKYLL_FILES: Record<string, string[]> = {
  date: [
    "/2016/01/01/iso-week.html",
    "/2016/01/05/hello-world.html",
    "/2016/01/06/Hello-World-Caps.html",
    "/2016/01/07/unpadded-date.html",
    "/2016/02/29/café-über.html",
    "/2016/03/05/subfolder.html",
    "/2016/03/06/My-Custom-Slug.html",
    "/2016/03/10/what's-new-(v2)+more!.html",
    "/2016/03/11/version-1.2.html",
    "/2016/03/13/late-night.html",
    "/2016/03/15/C++-and-C.html",
    "/2016/04/01/moved-post.html",
    "/2016/04/02/link-post.html",
    "/blog/2016/placeholder-permalink/index.html",
    "/custom/noext.html",
    "/custom/page.html",
    "/custom/path/index.html",
    "/jekyll/update/2016/03/03/space-categories.html",
    "/news/2.9.3/index.html",
    "/news/extra/2016/03/04/folder-category.html",
    "/news/tech talk/2016/03/01/with-categories.html",
    "/old/moved.html",
    "/old/moved/index.html",
    "/old/page.html",
    "/release notes/2016/03/02/single-category.html",
    "/économie/한국/2016/03/13/Ünïcode-Category.html",
  ],
  pretty: [
    "/2016/01/01/iso-week/index.html",
    "/2016/01/05/hello-world/index.html",
    "/2016/01/06/Hello-World-Caps/index.html",
    "/2016/01/07/unpadded-date/index.html",
    "/2016/02/29/café-über/index.html",
    "/2016/03/05/subfolder/index.html",
    "/2016/03/06/My-Custom-Slug/index.html",
    "/2016/03/10/what's-new-(v2)+more!/index.html",
    "/2016/03/11/version-1.2/index.html",
    "/2016/03/13/late-night/index.html",
    "/2016/03/15/C++-and-C/index.html",
    "/2016/04/01/moved-post/index.html",
    "/2016/04/02/link-post/index.html",
    "/blog/2016/placeholder-permalink/index.html",
    "/custom/noext.html",
    "/custom/page.html",
    "/custom/path/index.html",
    "/jekyll/update/2016/03/03/space-categories/index.html",
    "/news/2.9.3/index.html",
    "/news/extra/2016/03/04/folder-category/index.html",
    "/news/tech talk/2016/03/01/with-categories/index.html",
    "/old/moved.html",
    "/old/moved/index.html",
    "/old/page.html",
    "/release notes/2016/03/02/single-category/index.html",
    "/économie/한국/2016/03/13/Ünïcode-Category/index.html",
  ],
  ordinal: [
    "/2016/001/iso-week.html",
    "/2016/005/hello-world.html",
    "/2016/006/Hello-World-Caps.html",
    "/2016/007/unpadded-date.html",
    "/2016/060/café-über.html",
    "/2016/065/subfolder.html",
    "/2016/066/My-Custom-Slug.html",
    "/2016/070/what's-new-(v2)+more!.html",
    "/2016/071/version-1.2.html",
    "/2016/073/late-night.html",
    "/2016/075/C++-and-C.html",
    "/2016/092/moved-post.html",
    "/2016/093/link-post.html",
    "/blog/2016/placeholder-permalink/index.html",
    "/custom/noext.html",
    "/custom/page.html",
    "/custom/path/index.html",
    "/jekyll/update/2016/063/space-categories.html",
    "/news/2.9.3/index.html",
    "/news/extra/2016/064/folder-category.html",
    "/news/tech talk/2016/061/with-categories.html",
    "/old/moved.html",
    "/old/moved/index.html",
    "/old/page.html",
    "/release notes/2016/062/single-category.html",
    "/économie/한국/2016/073/Ünïcode-Category.html",
  ],
  weekdate: [
    "/2016/W01/Thu/unpadded-date.html",
    "/2016/W01/Tue/hello-world.html",
    "/2016/W01/Wed/Hello-World-Caps.html",
    "/2016/W09/Mon/café-über.html",
    "/2016/W09/Sat/subfolder.html",
    "/2016/W09/Sun/My-Custom-Slug.html",
    "/2016/W10/Fri/version-1.2.html",
    "/2016/W10/Sun/late-night.html",
    "/2016/W10/Thu/what's-new-(v2)+more!.html",
    "/2016/W11/Tue/C++-and-C.html",
    "/2016/W13/Fri/moved-post.html",
    "/2016/W13/Sat/link-post.html",
    "/2016/W53/Fri/iso-week.html",
    "/blog/2016/placeholder-permalink/index.html",
    "/custom/noext.html",
    "/custom/page.html",
    "/custom/path/index.html",
    "/jekyll/update/2016/W09/Thu/space-categories.html",
    "/news/2.9.3/index.html",
    "/news/extra/2016/W09/Fri/folder-category.html",
    "/news/tech talk/2016/W09/Tue/with-categories.html",
    "/old/moved.html",
    "/old/moved/index.html",
    "/old/page.html",
    "/release notes/2016/W09/Wed/single-category.html",
    "/économie/한국/2016/W10/Sun/Ünïcode-Category.html",
  ],
  none: [
    "/C++-and-C.html",
    "/Hello-World-Caps.html",
    "/My-Custom-Slug.html",
    "/blog/2016/placeholder-permalink/index.html",
    "/café-über.html",
    "/custom/noext.html",
    "/custom/page.html",
    "/custom/path/index.html",
    "/hello-world.html",
    "/iso-week.html",
    "/jekyll/update/space-categories.html",
    "/late-night.html",
    "/link-post.html",
    "/moved-post.html",
    "/news/2.9.3/index.html",
    "/news/extra/folder-category.html",
    "/news/tech talk/with-categories.html",
    "/old/moved.html",
    "/old/moved/index.html",
    "/old/page.html",
    "/release notes/single-category.html",
    "/subfolder.html",
    "/unpadded-date.html",
    "/version-1.2.html",
    "/what's-new-(v2)+more!.html",
    "/économie/한국/Ünïcode-Category.html",
  ],
  "/:year/:title": [
    "/2016/C++-and-C.html",
    "/2016/Hello-World-Caps.html",
    "/2016/My-Custom-Slug.html",
    "/2016/café-über.html",
    "/2016/folder-category.html",
    "/2016/hello-world.html",
    "/2016/iso-week.html",
    "/2016/late-night.html",
    "/2016/link-post.html",
    "/2016/moved-post.html",
    "/2016/single-category.html",
    "/2016/space-categories.html",
    "/2016/subfolder.html",
    "/2016/unpadded-date.html",
    "/2016/version-1.2.html",
    "/2016/what's-new-(v2)+more!.html",
    "/2016/with-categories.html",
    "/2016/Ünïcode-Category.html",
    "/blog/2016/placeholder-permalink/index.html",
    "/custom/noext.html",
    "/custom/page.html",
    "/custom/path/index.html",
    "/news/2.9.3/index.html",
    "/old/moved.html",
    "/old/moved/index.html",
    "/old/page.html",
  ],
  "/:categories/:title/": [
    "/C++-and-C/index.html",
    "/Hello-World-Caps/index.html",
    "/My-Custom-Slug/index.html",
    "/blog/2016/placeholder-permalink/index.html",
    "/café-über/index.html",
    "/custom/noext.html",
    "/custom/page.html",
    "/custom/path/index.html",
    "/hello-world/index.html",
    "/iso-week/index.html",
    "/jekyll/update/space-categories/index.html",
    "/late-night/index.html",
    "/link-post/index.html",
    "/moved-post/index.html",
    "/news/2.9.3/index.html",
    "/news/extra/folder-category/index.html",
    "/news/tech talk/with-categories/index.html",
    "/old/moved.html",
    "/old/moved/index.html",
    "/old/page.html",
    "/release notes/single-category/index.html",
    "/subfolder/index.html",
    "/unpadded-date/index.html",
    "/version-1.2/index.html",
    "/what's-new-(v2)+more!/index.html",
    "/économie/한국/Ünïcode-Category/index.html",
  ],
  "/:year/:month/:title.html": [
    "/2016/01/Hello-World-Caps.html",
    "/2016/01/hello-world.html",
    "/2016/01/iso-week.html",
    "/2016/01/unpadded-date.html",
    "/2016/02/café-über.html",
    "/2016/03/C++-and-C.html",
    "/2016/03/My-Custom-Slug.html",
    "/2016/03/folder-category.html",
    "/2016/03/late-night.html",
    "/2016/03/single-category.html",
    "/2016/03/space-categories.html",
    "/2016/03/subfolder.html",
    "/2016/03/version-1.2.html",
    "/2016/03/what's-new-(v2)+more!.html",
    "/2016/03/with-categories.html",
    "/2016/03/Ünïcode-Category.html",
    "/2016/04/link-post.html",
    "/2016/04/moved-post.html",
    "/blog/2016/placeholder-permalink/index.html",
    "/custom/noext.html",
    "/custom/page.html",
    "/custom/path/index.html",
    "/news/2.9.3/index.html",
    "/old/moved.html",
    "/old/moved/index.html",
    "/old/page.html",
  ],
  "/:short_year/:i_month/:i_day/:hour:minute:second/:slug/:name/": [
    "/16/1/1/000000/iso-week/2016-01-01-iso-week/index.html",
    "/16/1/5/000000/hello-world/2016-01-05-hello-world/index.html",
    "/16/1/6/000000/hello-world-caps/2016-01-06-hello-world-caps/index.html",
    "/16/1/7/000000/unpadded-date/2016-1-7-unpadded-date/index.html",
    "/16/2/29/000000/café-über/2016-02-29-café-über/index.html",
    "/16/3/1/000000/with-categories/2016-03-01-with-categories/index.html",
    "/16/3/10/000000/what-s-new-v2-more/2016-03-10-what-s-new-v2-more/index.html",
    "/16/3/11/000000/version-1-2/2016-03-11-version-1-2/index.html",
    "/16/3/13/000000/ünïcode-category/2016-03-13-ünïcode-category/index.html",
    "/16/3/13/073000/late-night/2016-03-12-late-night/index.html",
    "/16/3/15/000000/c-and-c/2016-03-15-c-and-c/index.html",
    "/16/3/2/000000/single-category/2016-03-02-single-category/index.html",
    "/16/3/3/000000/space-categories/2016-03-03-space-categories/index.html",
    "/16/3/4/000000/folder-category/2016-03-04-folder-category/index.html",
    "/16/3/5/000000/subfolder/2016-03-05-subfolder/index.html",
    "/16/3/6/000000/my-custom-slug/2016-03-06-front-slug/index.html",
    "/16/4/1/000000/moved-post/2016-04-01-moved-post/index.html",
    "/16/4/2/000000/link-post/2016-04-02-link-post/index.html",
    "/blog/2016/placeholder-permalink/index.html",
    "/custom/noext.html",
    "/custom/page.html",
    "/custom/path/index.html",
    "/news/2.9.3/index.html",
    "/old/moved.html",
    "/old/moved/index.html",
    "/old/page.html",
  ],
  "/:w_year/:week/:w_day/:short_month/:long_month/:short_day/:long_day/:y_day/:title/": [
    "/2015/53/5/Jan/January/Fri/Friday/001/iso-week/index.html",
    "/2016/01/2/Jan/January/Tue/Tuesday/005/hello-world/index.html",
    "/2016/01/3/Jan/January/Wed/Wednesday/006/Hello-World-Caps/index.html",
    "/2016/01/4/Jan/January/Thu/Thursday/007/unpadded-date/index.html",
    "/2016/09/1/Feb/February/Mon/Monday/060/café-über/index.html",
    "/2016/09/2/Mar/March/Tue/Tuesday/061/with-categories/index.html",
    "/2016/09/3/Mar/March/Wed/Wednesday/062/single-category/index.html",
    "/2016/09/4/Mar/March/Thu/Thursday/063/space-categories/index.html",
    "/2016/09/5/Mar/March/Fri/Friday/064/folder-category/index.html",
    "/2016/09/6/Mar/March/Sat/Saturday/065/subfolder/index.html",
    "/2016/09/7/Mar/March/Sun/Sunday/066/My-Custom-Slug/index.html",
    "/2016/10/4/Mar/March/Thu/Thursday/070/what's-new-(v2)+more!/index.html",
    "/2016/10/5/Mar/March/Fri/Friday/071/version-1.2/index.html",
    "/2016/10/7/Mar/March/Sun/Sunday/073/late-night/index.html",
    "/2016/10/7/Mar/March/Sun/Sunday/073/Ünïcode-Category/index.html",
    "/2016/11/2/Mar/March/Tue/Tuesday/075/C++-and-C/index.html",
    "/2016/13/5/Apr/April/Fri/Friday/092/moved-post/index.html",
    "/2016/13/6/Apr/April/Sat/Saturday/093/link-post/index.html",
    "/blog/2016/placeholder-permalink/index.html",
    "/custom/noext.html",
    "/custom/page.html",
    "/custom/path/index.html",
    "/news/2.9.3/index.html",
    "/old/moved.html",
    "/old/moved/index.html",
    "/old/page.html",
  ],
  "/:year/:month_:day/:title/": [
    "/2016/01_01/iso-week/index.html",
    "/2016/01_05/hello-world/index.html",
    "/2016/01_06/Hello-World-Caps/index.html",
    "/2016/01_07/unpadded-date/index.html",
    "/2016/02_29/café-über/index.html",
    "/2016/03_01/with-categories/index.html",
    "/2016/03_02/single-category/index.html",
    "/2016/03_03/space-categories/index.html",
    "/2016/03_04/folder-category/index.html",
    "/2016/03_05/subfolder/index.html",
    "/2016/03_06/My-Custom-Slug/index.html",
    "/2016/03_10/what's-new-(v2)+more!/index.html",
    "/2016/03_11/version-1.2/index.html",
    "/2016/03_13/late-night/index.html",
    "/2016/03_13/Ünïcode-Category/index.html",
    "/2016/03_15/C++-and-C/index.html",
    "/2016/04_01/moved-post/index.html",
    "/2016/04_02/link-post/index.html",
    "/blog/2016/placeholder-permalink/index.html",
    "/custom/noext.html",
    "/custom/page.html",
    "/custom/path/index.html",
    "/news/2.9.3/index.html",
    "/old/moved.html",
    "/old/moved/index.html",
    "/old/page.html",
  ],
};

/** Jekyll's `page.url` of each post page (percent-encoded) with `permalink: date`, and of each jekyll-archives page. */
const JEKYLL_URLS_DATE = [
  "/%C3%A9conomie/%ED%95%9C%EA%B5%AD/2016/03/13/%C3%9Cn%C3%AFcode-Category.html",
  "/2016/01/01/iso-week.html",
  "/2016/01/05/hello-world.html",
  "/2016/01/06/Hello-World-Caps.html",
  "/2016/01/07/unpadded-date.html",
  "/2016/02/29/caf%C3%A9-%C3%BCber.html",
  "/2016/03/05/subfolder.html",
  "/2016/03/06/My-Custom-Slug.html",
  "/2016/03/10/what's-new-(v2)+more!.html",
  "/2016/03/11/version-1.2.html",
  "/2016/03/13/late-night.html",
  "/2016/03/15/C++-and-C.html",
  "/2016/04/01/moved-post.html",
  "/blog/2016/placeholder-permalink/",
  "/category/%C3%A9conomie/",
  "/category/%ED%95%9C%EA%B5%AD/",
  "/category/extra/",
  "/category/jekyll/",
  "/category/news/",
  "/category/release-notes/",
  "/category/tech-talk/",
  "/category/update/",
  "/custom/noext",
  "/custom/page.html",
  "/custom/path/",
  "/jekyll/update/2016/03/03/space-categories.html",
  "/news/2.9.3/",
  "/news/extra/2016/03/04/folder-category.html",
  "/news/tech%20talk/2016/03/01/with-categories.html",
  "/release%20notes/2016/03/02/single-category.html",
  "/tag/%C3%A9conomie/",
  "/tag/%ED%95%9C%EA%B5%AD/",
  "/tag/tech-talk/",
];

/** The same with `permalink: /:year/:title`: no trailing slash, no extension. */
const JEKYLL_URLS_EXTENSIONLESS = [
  "/2016/%C3%9Cn%C3%AFcode-Category",
  "/2016/C++-and-C",
  "/2016/Hello-World-Caps",
  "/2016/My-Custom-Slug",
  "/2016/caf%C3%A9-%C3%BCber",
  "/2016/folder-category",
  "/2016/hello-world",
  "/2016/iso-week",
  "/2016/late-night",
  "/2016/moved-post",
  "/2016/single-category",
  "/2016/space-categories",
  "/2016/subfolder",
  "/2016/unpadded-date",
  "/2016/version-1.2",
  "/2016/what's-new-(v2)+more!",
  "/2016/with-categories",
  "/blog/2016/placeholder-permalink/",
  "/custom/noext",
  "/custom/page.html",
  "/custom/path/",
  "/news/2.9.3/",
];

describe("post URLs as Jekyll makes them", () => {
  for (const [style, files] of Object.entries(JEKYLL_FILES)) {
    it(`writes every post and redirect page where Jekyll does, with permalink: ${style}`, async () => {
      const site = await build(jekyllSite(style));
      const written = new Set(site.files());
      assert.deepEqual(
        files.filter((file) => !written.has(file)),
        [],
        "files Jekyll wrote that this build did not",
      );
    });
  }

  describe("with Jekyll's default style, date", () => {
    let site: BuiltSite;
    before(async () => {
      site = await build(jekyllSite("date"));
    });

    it("lists each post at the URL Jekyll reports as page.url, percent-encoded as Jekyll encodes it", () => {
      const expected = JEKYLL_URLS_DATE.filter((url) => !url.startsWith("/category/") && !url.startsWith("/tag/"));
      const locs = new Set(sitemapLocs(site));
      assert.deepEqual(
        expected.filter((url) => !locs.has(`${ORIGIN}${url}`)),
        [],
      );
    });

    it("links to a post by its .html URL on lists, in neighbours' links and in feeds", () => {
      assert.ok(site.page("/").includes('href="/2016/04/01/moved-post.html"'));
      assert.ok(site.page("/2016/01/06/Hello-World-Caps.html").includes('href="/2016/01/05/hello-world.html"'));
      const entries = readAtom(site.page("/feed.xml")).entries.map((entry) => entry.id);
      assert.ok(entries.includes(`${ORIGIN}/news/tech%20talk/2016/03/01/with-categories.html`), entries.join("\n"));
    });

    it("has no broken internal link, with spaces, accents and punctuation in its URLs", () => {
      assert.deepEqual(brokenLinks(site), []);
    });

    it("takes categories from the folders above _posts, then the front matter, lower-cased as Jekyll writes them", () => {
      assert.ok(site.has("/news/extra/2016/03/04/folder-category.html"));
      assert.match(site.page("/category/news/"), /href="\/news\/extra\/2016\/03\/04\/folder-category.html"/);
      assert.ok(site.has("/2016/03/05/subfolder.html"), "a folder below _posts is no category");
    });

    it("puts category and tag pages at jekyll-archives' URLs, their later pages and feeds inside them", () => {
      for (const url of JEKYLL_URLS_DATE.filter((url) => url.startsWith("/category/") || url.startsWith("/tag/"))) {
        assert.ok(site.has(url), url);
        assert.ok(site.has(`${url}feed.xml`), `${url}feed.xml`);
      }
      assert.match(site.page("/news/tech talk/2016/03/01/with-categories.html"), /href="\/category\/tech-talk\/"/);
      assert.match(site.page("/category/tech-talk/"), /href="\/category\/tech-talk\/feed.xml"/);
      assert.ok(!site.has("/categories/tech-talk/"));
    });
  });

  it("pages a category's list after its own URL", async () => {
    const site = await build({ ...jekyllSite("date"), postsPerPage: 1 });
    assert.ok(site.has("/category/news/page/2/"));
    assert.match(site.page("/category/news/"), /href="\/category\/news\/page\/2\/"/);
  });

  it("serves a URL without a slash or extension from a .html file, and links to it without the extension", async () => {
    const site = await build(jekyllSite("/:year/:title"));
    assert.ok(site.files().includes("/2016/hello-world.html"));
    assert.ok(site.page("/").includes('href="/2016/moved-post"'));
    assert.deepEqual(brokenLinks(site), []);
    const locs = new Set(sitemapLocs(site));
    assert.deepEqual(
      JEKYLL_URLS_EXTENSIONLESS.filter((url) => !locs.has(`${ORIGIN}${url}`)),
      [],
    );
  });

  it("keeps this project's default for new blogs: /:year/:month/:day/:title/, the file name's case kept as in Jekyll", async () => {
    const site = await build({ url: ORIGIN, search: false });
    assert.ok(site.has("/2016/01/05/hello-world/"));
    assert.ok(site.has("/2016/01/06/Hello-World-Caps/"));
    assert.ok(site.has("/categories/tech-talk/"));
    assert.ok(site.has("/tags/tech-talk/feed.xml"));
  });

  it("refuses a permalink setting with a placeholder Jekyll does not know", () => {
    assert.throws(
      () => resolveSite({ permalink: "/:year/:tittle/" }),
      (error: unknown) =>
        error instanceof SiteSettingsError &&
        error.message.includes("permalink: has :tittle, which Jekyll does not know."),
    );
    assert.throws(
      () => resolveSite({ tagPermalink: "/tags/" }),
      (error: unknown) =>
        error instanceof SiteSettingsError &&
        error.message.includes("tagPermalink: must be a site path that holds :name"),
    );
  });
});

describe("jekyll-redirect-from", () => {
  let site: BuiltSite;
  before(async () => {
    site = await build(jekyllSite("date"));
  });

  it("builds a page at each redirect_from path that sends readers to the post without a script", () => {
    const target = `${ORIGIN}/2016/04/01/moved-post.html`;
    for (const url of ["/old/moved/", "/old/moved.html", "/old/page"]) {
      const html = site.page(url);
      assert.match(html, /<title>Redirecting…<\/title>/, url);
      assert.ok(html.includes(`<link rel="canonical" href="${target}"/>`), url);
      assert.ok(html.includes(`<meta http-equiv="refresh" content="0; url=${target}"/>`), url);
      assert.ok(html.includes('<meta name="robots" content="noindex"/>'), url);
      assert.ok(html.includes(`<a href="${target}">Click here if you are not redirected.</a>`), url);
      assert.doesNotMatch(html, /<script/);
    }
  });

  it("makes a post with redirect_to a redirect page at its own URL, still on the lists", () => {
    const html = site.page("/2016/04/02/link-post.html");
    assert.ok(html.includes('<meta http-equiv="refresh" content="0; url=https://example.com/elsewhere/"/>'));
    assert.doesNotMatch(html, /data-pagefind-body/);
    assert.ok(site.page("/").includes('href="/2016/04/02/link-post.html"'));
  });

  it("keeps redirect pages out of the sitemap and the feeds", () => {
    const locs = sitemapLocs(site);
    for (const url of ["/old/moved/", "/old/moved.html", "/old/page", "/2016/04/02/link-post.html"]) {
      assert.ok(!locs.includes(`${ORIGIN}${url}`), url);
    }
    assert.ok(locs.includes(`${ORIGIN}/2016/04/01/moved-post.html`));
    const feedIds = readAtom(site.page("/feed.xml")).entries.map((entry) => entry.id);
    assert.ok(!feedIds.some((id) => id.includes("link-post") || id.includes("/old/")), feedIds.join("\n"));
    assert.ok(feedIds.includes(`${ORIGIN}/2016/04/01/moved-post.html`));
    const json = JSON.parse(site.page("/feed.json")) as { items: Array<{ url: string }> };
    assert.ok(!json.items.some((item) => item.url.includes("link-post")));
  });

  it("uses the path prefix in the target", async () => {
    const prefixed = await buildFixture("jekyll-permalinks", { site: jekyllSite("pretty"), pathPrefix: "/blog/" });
    assert.ok(prefixed.result.ok);
    assert.ok(
      prefixed.page("/old/page").includes(`url=${ORIGIN}/blog/2016/04/01/moved-post/"`),
      prefixed.page("/old/page"),
    );
  });

  it("reports an old path that is another page's URL, and old paths or targets that cannot be, naming file, line and fix", async () => {
    const built = await buildFixture("jekyll-permalinks-errors", { site: { search: false } });
    assert.ok(!built.result.ok);
    const message = built.result.ok ? "" : built.result.message;
    assert.match(
      message,
      /posts\/2016-01-06-thief\.md:3: its URL \/2016\/01\/05\/taken\/ is also the URL of posts\/2016-01-05-taken\.md\. Remove that path from redirect_from, or give the other page another URL\./,
    );
    assert.match(
      message,
      /posts\/2016-01-07-escaping\.md:3: redirect_from "\/\.\.\/\.\.\/outside\/" would be written outside the site's folder\./,
    );
    assert.match(
      message,
      /posts\/2016-01-08-bad-target\.md:3: redirect_to must be an http\(s\) URL or a site path, such as https:\/\/example\.org\/new\/ or \/new\/\./,
    );
  });
});
