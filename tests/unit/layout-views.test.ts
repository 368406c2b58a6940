// Layouts and components render from plain values: a literal view is enough, no Blog, no build.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { h } from "preact";
import { renderToStaticMarkup } from "preact-render-to-string";
import { HeadMeta } from "../../layouts/components/head-meta.tsx";
import { PostCard } from "../../layouts/components/post-card.tsx";
import { ListPage } from "../../layouts/list.tsx";
import { interfaceStrings } from "../../src/i18n/interface-strings.ts";
import type { Chrome } from "../../src/views/chrome.ts";
import type { PostSummary } from "../../src/views/post-view.ts";
import type { PostListPageView } from "../../src/views/term-page-view.ts";
import { dom, text } from "../helpers/dom.ts";

const t = interfaceStrings("en");

const summary: PostSummary = {
  url: "/harbour-at-noon/",
  title: "The harbour <at> noon",
  excerpt: "Boats & gulls.",
  date: { text: "March 3, 2025", iso: "2025-03-03", archiveUrl: "/2025/03/" },
  readingMinutes: 4,
  authors: [{ name: "Mina Park", url: "/authors/mina-park/" }],
  categories: [{ name: "Travel", url: "/categories/travel/" }],
  tags: [{ name: "boats", url: "/tags/boats/" }],
  featured: false,
};

const chrome: Chrome = {
  language: "en",
  siteTitle: "Field Notes",
  siteDescription: "",
  t,
  documentTitle: "Posts in Travel · Field Notes",
  description: "1 post · Posts in Travel.",
  stylesheets: [],
  fontPreloads: [],
  nav: [{ title: "Travel", url: "/categories/travel/", current: "page" }],
  footerNav: [],
  searchBox: false,
  shared: (_key, make) => make(),
  headMeta: {
    url: "https://field.test/categories/travel/",
    feeds: [{ type: "application/atom+xml", title: "Field Notes", url: "/feed.xml" }],
    siteTitle: "Field Notes",
    type: "website",
    title: "Posts in Travel",
    description: "1 post · Posts in Travel.",
  },
};

describe("layouts from plain values", () => {
  it("renders a post card from a literal summary, its title escaped", () => {
    const html = renderToStaticMarkup(h(PostCard, { post: summary, t, language: "en" }));
    const card = dom(html);
    assert.equal(text(card.byClass("post-card__title")[0]!), "The harbour <at> noon");
    assert.ok(html.includes("The harbour &lt;at> noon"));
    assert.equal(text(card.byClass("post-card__excerpt")[0]!), "Boats & gulls.");
    assert.equal(card.byClass("chip")[0]!.attribs.href, "/categories/travel/");
  });

  it("renders the head's machine-readable tags from a literal view", () => {
    const head = dom(renderToStaticMarkup(h(HeadMeta, { meta: chrome.headMeta })));
    assert.equal(head.byTag("link")[0]!.attribs.href, "https://field.test/categories/travel/");
    assert.deepEqual(
      head.byTag("meta").map((meta) => meta.attribs.property ?? meta.attribs.name),
      [
        "og:site_name",
        "og:type",
        "og:title",
        "og:description",
        "og:url",
        "twitter:card",
        "twitter:title",
        "twitter:description",
      ],
    );
    assert.equal(head.byTag("script").length, 0);
  });

  it("renders a whole list page from a literal view: header, cards, current section", () => {
    const view: PostListPageView = {
      chrome,
      header: { kind: "Category", title: "Travel", count: "1 post", trail: [] },
      posts: [summary],
      pager: { number: 1, total: 1 },
    };
    const page = dom(renderToStaticMarkup(h(ListPage, { view })));
    assert.equal(text(page.byTag("title")[0]!), "Posts in Travel · Field Notes");
    assert.equal(text(page.byClass("list-header__title")[0]!), "Travel");
    assert.equal(page.byClass("post-card").length, 1);
    assert.equal(page.byClass("pager").length, 0);
    assert.equal(
      page.byTag("a").find((a) => a.attribs["aria-current"] === "page")?.attribs.href,
      "/categories/travel/",
    );
  });
});
