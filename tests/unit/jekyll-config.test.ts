// import:jekyll's pure parts: _config.yml translated into settings, scopes moved, site.config.ts edited in place, files and leftovers found.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { frontMatterFiles } from "../../src/jekyll-import/front-matter-files.ts";
import { postsScopePath } from "../../src/jekyll-import/jekyll-defaults.ts";
import { translateJekyllConfig } from "../../src/jekyll-import/jekyll-config.ts";
import { kramdownLeftovers } from "../../src/jekyll-import/kramdown-attributes.ts";
import { liquidLeftovers } from "../../src/jekyll-import/liquid-leftovers.ts";
import { referencedSitePath } from "../../src/jekyll-import/referenced-files.ts";
import { editSettingsText, planSettings } from "../../src/jekyll-import/site-config-file.ts";
import MarkdownIt from "markdown-it";

const settingsOf = (config: Record<string, unknown>, postsFolders = ["_posts"]) =>
  Object.fromEntries(translateJekyllConfig(config, { postsFolders }).settings.map((s) => [s.key, s.value]));

describe("translateJekyllConfig", () => {
  it("maps each Jekyll key to this project's setting", () => {
    assert.deepEqual(
      settingsOf({
        title: "Old",
        description: "About it",
        url: "https://old.example.org/",
        baseurl: "/blog",
        permalink: "pretty",
        timezone: "Europe/Paris",
        paginate: 7,
        excerpt_separator: "<!-- more -->",
        author: "Ana",
        "jekyll-archives": { permalinks: { category: "/c/:name/", tag: "/t/:name.html" } },
      }),
      {
        title: "Old",
        description: "About it",
        url: "https://old.example.org",
        pathPrefix: "/blog/",
        permalink: "pretty",
        timeZone: "Europe/Paris",
        postsPerPage: 7,
        excerptSeparator: "<!-- more -->",
        author: "Ana",
        categoryPermalink: "/c/:name/",
        tagPermalink: "/t/:name.html",
      },
    );
  });

  it("takes the posts collection's permalink over the site's", () => {
    const settings = settingsOf({ permalink: "pretty", collections: { posts: { permalink: "/news/:year/:title/" } } });
    assert.equal(settings.permalink, "/news/:year/:title/");
  });

  it("writes Jekyll's default permalink, date, when the config has none", () => {
    assert.equal(settingsOf({}).permalink, "date");
    assert.equal(settingsOf({ permalink: "" }).permalink, "date");
  });

  it("takes the subfolder from a url with a path when baseurl is empty, and the name of an author map", () => {
    const settings = settingsOf({
      url: "https://me.github.io/notes",
      baseurl: "",
      author: { name: "Bo", email: "b@x" },
    });
    assert.equal(settings.url, "https://me.github.io");
    assert.equal(settings.pathPrefix, "/notes/");
    assert.equal(settings.author, "Bo");
  });

  it("uses jekyll-archives' own URLs for enabled archives without permalinks", () => {
    const settings = settingsOf({ "jekyll-archives": { enabled: ["tags"] } });
    assert.equal(settings.tagPermalink, "/tag/:name/");
    assert.equal(settings.categoryPermalink, undefined);
  });

  it("notes values it cannot use instead of writing them", () => {
    const translated = translateJekyllConfig(
      { timezone: "Mars/Olympus", paginate: "many", url: "example.org", title: ["a"] },
      { postsFolders: ["_posts"] },
    );
    assert.deepEqual(
      translated.settings.map((setting) => setting.key),
      ["permalink"],
    );
    assert.deepEqual(
      translated.notes.map((note) => `${note.key}: ${note.message}`),
      [
        "title: is a list, not text, so it was not read.",
        'url: "example.org" is not an http(s) address, so it was not read. Set url in site.config.ts.',
        'timezone: "Mars/Olympus" is not an IANA time zone, so it was not read.',
        'paginate: "many" is not a number of posts, so it was not read.',
      ],
    );
  });

  it("lists plugins from plugins: and gems: once, and the exclude list", () => {
    const translated = translateJekyllConfig(
      { plugins: ["jekyll-feed", "jemoji"], gems: ["jekyll-feed", "jekyll-gist"], exclude: ["vendor/", "/drafts"] },
      { postsFolders: [] },
    );
    assert.deepEqual(translated.plugins, ["jekyll-feed", "jemoji", "jekyll-gist"]);
    assert.deepEqual(translated.exclude, ["vendor", "drafts"]);
  });

  it("moves defaults' scopes from the site root to the posts folder, and leaves out scopes for pages", () => {
    const translated = translateJekyllConfig(
      {
        defaults: [
          { scope: { path: "", type: "posts" }, values: { layout: "post" } },
          { scope: { path: "_posts" }, values: { comments: true } },
          { scope: { path: "news/_posts", type: "posts" }, values: { layout: "news_post" } },
          { scope: { path: "news" }, values: { author: "Press" } },
          { scope: { path: "", type: "pages" }, values: { layout: "page" } },
          { scope: { path: "docs" }, values: { layout: "doc" } },
          { scope: { path: "" } },
        ],
      },
      { postsFolders: ["_posts", "news/_posts"] },
    );
    assert.deepEqual(translated.settings.find((setting) => setting.key === "defaults")?.value, [
      { scope: { path: "", type: "posts" }, values: { layout: "post" } },
      { scope: { path: "" }, values: { comments: true } },
      { scope: { path: "news", type: "posts" }, values: { layout: "news_post" } },
      { scope: { path: "news" }, values: { author: "Press" } },
    ]);
    assert.deepEqual(
      translated.notes.map((note) => note.message),
      [
        'defaults[4] (path "", type pages) is for pages, which are not imported (only posts are), so it was left out.',
        'defaults[5] (path "docs") matches no post of the site, so it was left out.',
        "defaults[6] has no values map, so it was left out.",
      ],
    );
  });

  it("keeps a subfolder inside _posts and a glob above it", () => {
    assert.equal(postsScopePath("_posts/2016", ["_posts"]), "2016");
    assert.equal(postsScopePath("/news/_posts/", ["news/_posts"]), "news");
    assert.equal(postsScopePath("*/_posts", ["a/_posts"]), "*");
    assert.equal(postsScopePath("blog/_posts", ["_posts"]), undefined);
  });
});

describe("editing site.config.ts", () => {
  const plan = (current: Record<string, unknown>, settings: Record<string, unknown>, force = false) =>
    planSettings(
      current,
      Object.entries(settings).map(([key, value]) => ({ key, value, from: key })),
      force,
    );

  it("adds new keys at the end, keeping comments, expressions and the rest as written", () => {
    const text = `import { defineSite } from "./src/site.ts";\n\nexport default defineSite({\n  // Ours.\n  title: "Mine",\n  url: process.env.SITE_URL ?? "https://x.org" // deployed\n});\n`;
    const edited = editSettingsText(
      text,
      plan({ title: "Mine", url: "https://x.org" }, { title: "Old", timeZone: "UTC" }),
    );
    assert.equal(
      edited,
      `import { defineSite } from "./src/site.ts";\n\nexport default defineSite({\n  // Ours.\n  title: "Mine",\n  url: process.env.SITE_URL ?? "https://x.org", // deployed\n  timeZone: "UTC", // Jekyll: timeZone\n});\n`,
    );
  });

  it("replaces a value where it stands with --force, even over several lines", () => {
    const text = `export default defineSite({\n  staticDirs: [\n    "img",\n  ],\n  title: 'Mine',\n});\n`;
    const changes = plan({ staticDirs: ["img"], title: "Mine" }, { staticDirs: ["uploads"], title: "Old" }, true);
    assert.deepEqual(
      changes.map((change) => [change.key, change.outcome, change.value]),
      [
        ["staticDirs", "set", ["img", "uploads"]],
        ["title", "replaced", "Old"],
      ],
    );
    assert.equal(
      editSettingsText(text, changes),
      `export default defineSite({\n  staticDirs: ["img", "uploads"],\n  title: "Old",\n});\n`,
    );
  });

  it("gives up on an object it cannot read safely (a spread)", () => {
    const text = `export default defineSite({ ...base, title: "x" });\n`;
    assert.equal(editSettingsText(text, plan({ title: "x" }, { url: "https://y.org" })), undefined);
  });

  it("never replaces a different value without --force, and says so", () => {
    assert.deepEqual(
      plan({ title: "Mine", postsPerPage: 5 }, { title: "Old", postsPerPage: 5, author: "Ana" }).map(
        (change) => change.outcome,
      ),
      ["kept", "same", "set"],
    );
  });
});

describe("files a post shows", () => {
  it("reads image paths from every front matter shape themes use", () => {
    const found = frontMatterFiles(
      {
        image: { path: "/assets/a.jpg", thumbnail: "assets/a-small.jpg", alt: "not a path" },
        header: { teaser: "/images/t.png", overlay_image: "/images/o.png", caption: "x" },
        cover: "https://cdn.example.org/c.jpg",
        title: "not an image",
      },
      new Map([["image", 3]]),
      "_posts/x.md",
    );
    assert.deepEqual(
      found.map((reference) => `${reference.reference}@${reference.line ?? "-"}`),
      [
        "/assets/a.jpg@3",
        "assets/a-small.jpg@3",
        "https://cdn.example.org/c.jpg@-",
        "/images/t.png@-",
        "/images/o.png@-",
      ],
    );
  });

  it("resolves references as the Jekyll site served them", () => {
    const at = (reference: string, pageUrl?: string) =>
      referencedSitePath({ reference, kind: "image", file: "x", ...(pageUrl ? { pageUrl } : {}) });
    assert.equal(at("assets/a.jpg"), "/assets/a.jpg");
    assert.equal(at("/images/caf%C3%A9.png?v=2#top"), "/images/café.png");
    assert.equal(at("pic.png", "/2016/01/10/x/"), "/2016/01/10/x/pic.png");
    assert.equal(at("../up.png", "/2016/01/10/x/"), "/2016/01/10/up.png");
    assert.equal(at("/../../etc/passwd"), "/etc/passwd");
    assert.equal(at("https://example.org/a.png"), undefined);
    assert.equal(at("//cdn.example.org/a.png"), undefined);
    assert.equal(at("#anchor"), undefined);
  });
});

describe("leftover Liquid and kramdown", () => {
  // Plain CommonMark, which reads none of kramdown: the build's reader learns kramdown, and what it renders
  // is no longer text, so these finders report less with it (that is their point).
  const markdown = new MarkdownIt({ html: true }) as unknown as Parameters<typeof liquidLeftovers>[0];
  const body = [
    "Hello {{ page.title }} and `{{ in.code }}`.", // 1
    "", // 2
    "```liquid", // 3
    "{% include inside-a-fence.html %}", // 4
    "```", // 5
    "", // 6
    "[a link]({{site.baseurl}}/x/) {% include note.html %}", // 7
    "", // 8
    "A paragraph.", // 9
    "{: .lead}", // 10
    "", // 11
    "{::nomarkdown}<b>x</b>{:/}", // 12
    "", // 13
    "Elixir in code: `{:ok, state}`, a footnote[^1].", // 14
  ].join("\n");

  it("finds Liquid outside code, with the file's lines", () => {
    assert.deepEqual(
      liquidLeftovers(markdown, body, 5).map(({ line, source, value }) => `${line} ${value} ${source}`),
      ["5 output {{ page.title }}", "11 output {{site.baseurl}}", "11 tag {% include note.html %}"],
    );
  });

  it("finds the kramdown this reader shows as text, never in code", () => {
    assert.deepEqual(
      kramdownLeftovers(markdown, body, 1).map(({ line, source, value }) => `${line} ${value} ${source}`),
      ["10 attribute list {: .lead}", "12 extension {::nomarkdown}", "12 extension {:/}", "14 footnote [^1]"],
    );
  });
});
