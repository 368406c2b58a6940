// Authors: the authors file (Mediumish's keys included), author pages with their posts, and links from posts.
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { readAuthors } from "../../src/authors/load-authors.ts";
import { formatProblem } from "../../src/problems/problem.ts";
import { buildFixture, type BuiltSite } from "../helpers/fixture-site.ts";

describe("author pages", () => {
  let site: BuiltSite;
  before(async () => {
    site = await buildFixture("authors", { site: { postsPerPage: 2 } });
  });

  it("builds", () => {
    assert.ok(site.result.ok, site.result.ok ? "" : site.result.message);
  });

  it("list an author's public posts, newest first, paginated", () => {
    const titles = (url: string) =>
      [...site.page(url).matchAll(/<h2 class="post-card__title"><a href="[^"]*">([^<]*)<\/a>/g)].map((m) => m[1]);
    assert.deepEqual(titles("/authors/mina/"), ["Mina's post 3", "Mina's post 2"]);
    assert.deepEqual(titles("/authors/mina/page/2/"), ["Mina's post 1"]);
    assert.ok(!site.has("/authors/mina/page/3/"));
    assert.ok(site.files().every((file) => !site.page(file).includes("Mina's draft")));
  });

  it("show the author's name, bio, avatar and site, read from Mediumish's keys and escaped", () => {
    const page = site.page("/authors/mina/");
    assert.match(page, /<title>Posts by Mina Park · Fixture Blog<\/title>/);
    assert.match(
      page,
      /<img class="author-box__avatar" src="\/assets\/images\/mina.png" alt width="64" height="64" loading="lazy"\/>/,
    );
    assert.match(page, /<h1 class="list-header__title">Mina Park<\/h1>/);
    assert.match(page, /<p class="author-box__bio">Edits the blog &amp; writes &lt;about> software.<\/p>/);
    assert.match(page, /<a href="https:\/\/mina.example.org\/" rel="me">Website<\/a>/);
    assert.match(page, /<p class="pager__|<nav class="pager"/);
  });

  it("show no avatar whose file does not exist", () => {
    assert.doesNotMatch(site.page("/authors/badely/"), /<img/);
  });

  it("exist for an author missing from the authors file, named by the key", () => {
    const page = site.page("/authors/unlisted-person/");
    assert.match(page, /<h1 class="list-header__title">Unlisted Person<\/h1>/);
    assert.ok(page.includes('<a href="/2025/04/06/unlisted/">By someone not in authors.yml</a>'));
  });

  it("are linked from the author's posts and from lists", () => {
    assert.match(site.page("/2025/04/01/mina-1/"), /<a href="\/authors\/mina\/" rel="author">Mina Park<\/a>/);
    assert.match(site.page("/"), /<a href="\/authors\/unlisted-person\/" rel="author">Unlisted Person<\/a>/);
    assert.doesNotMatch(site.page("/2025/04/07/anonymous/"), /rel="author"/);
  });

  it("give posts without an author the site's default author", async () => {
    const withDefault = await buildFixture("authors", { site: { author: "mina" } });
    assert.match(withDefault.page("/2025/04/07/anonymous/"), /<a href="\/authors\/mina\/" rel="author">Mina Park<\/a>/);
    assert.ok(withDefault.page("/authors/mina/").includes("No author"));
  });
});

describe("the authors file", () => {
  it("reports each bad field with its line and the fix", () => {
    const { errors } = readAuthors(
      "authors.yml",
      "mina:\n  name: Mina\n  url: javascript:alert(1)\nbo:\n  avatar: 'data:image/png;base64,xx'\nlist: [a, b]\n",
    );
    assert.deepEqual(
      errors.map((error) => formatProblem(error)),
      [
        'authors.yml:3: author "mina": url must be an http(s) URL, such as https://example.org.',
        'authors.yml:5: author "bo": avatar must be a path such as assets/images/avatar.jpg or an http(s) URL.',
        'authors.yml:6: author "list" must be a map of fields (name, bio, avatar, url). Write each author as a key with its fields, such as:\n    badely:\n      name: "Badely"\n      bio: "Writes about chips."',
      ],
    );
  });

  it("stops the build with a message naming the file and line", async () => {
    const site = await buildFixture("authors-invalid");
    assert.equal(site.result.ok, false);
    assert.match(
      site.result.ok ? "" : site.result.message,
      /authors\.yml:3: is not valid YAML: unexpected end of the stream within a flow collection\./,
    );
  });
});
