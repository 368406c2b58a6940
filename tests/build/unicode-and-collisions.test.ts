// Term names in any script get working, distinct, stable pages; case variants are one term.
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { buildFixture, type BuiltSite } from "../helpers/fixture-site.ts";

describe("Unicode and colliding term names", () => {
  let site: BuiltSite;
  before(async () => {
    site = await buildFixture("unicode-tags");
    assert.ok(site.result.ok, site.result.ok ? "" : site.result.message);
  });

  it("gives a Korean tag and an accented category their own pages", () => {
    assert.match(site.page("/tags/한국/"), /Posts tagged “한국”/);
    assert.match(site.page("/categories/économie/"), /Posts in “Économie”/);
    assert.ok(site.page("/2025/02/01/korean/").includes('href="/tags/한국/"'));
  });

  it("keeps C++, C# and C apart", () => {
    assert.match(site.page("/tags/c-plus-plus/"), /Posts tagged “C\+\+”/);
    assert.match(site.page("/tags/c-sharp/"), /Posts tagged “C#”/);
    assert.match(site.page("/tags/c/"), /Posts tagged “C”/);
  });

  it("merges names that differ only by case into one term", () => {
    assert.match(site.page("/tags/ai/"), /Posts tagged “AI”/);
    const index = site.page("/tags/");
    assert.equal(index.match(/href="\/tags\/ai\/"/g)?.length, 1);
    assert.match(
      index,
      /<a class="term-tile" href="\/tags\/ai\/"><span class="term-tile__name">#AI<\/span><span class="term-tile__count">2 posts<\/span><\/a>/,
    );
  });

  it("gives names made only of punctuation stable pages of their own", () => {
    const punctuation = site.files().filter((file) => /^\/tags\/n-[0-9a-f]{6}\/index.html$/.test(file));
    assert.equal(punctuation.length, 2);
    const index = site.page("/tags/");
    assert.match(
      index,
      /<a class="term-tile" href="\/tags\/n-[0-9a-f]{6}\/"><span class="term-tile__name">#!!!<\/span>/,
    );
    assert.match(
      index,
      /<a class="term-tile" href="\/tags\/n-[0-9a-f]{6}\/"><span class="term-tile__name">#\?\?\?<\/span>/,
    );
  });

  it("gives names with the same slug distinct pages", () => {
    assert.match(site.page("/tags/machine-learning/"), /Posts tagged “machine-learning”/);
    const other = site.files().find((file) => /^\/tags\/machine-learning-[0-9a-f]{6}\/index.html$/.test(file));
    assert.ok(other);
    assert.match(site.page(other.replace("index.html", "")), /Posts tagged “Machine Learning”/);
  });

  it("shortens very long names and keeps them distinct", () => {
    const long = site
      .files()
      .filter((file) => file.startsWith("/tags/a-very-long-tag-name") && file.endsWith("/index.html"));
    assert.equal(long.length, 2);
    for (const file of long) assert.ok(file.split("/")[2]!.length <= 90, file);
  });

  it("gives terms named like pagination words their own pages without clashes", () => {
    assert.match(site.page("/tags/page/"), /Posts tagged “page”/);
    assert.match(site.page("/tags/index/"), /Posts tagged “index”/);
    assert.match(site.page("/tags/2/"), /Posts tagged “2”/);
    assert.match(
      site.page("/tags/"),
      /<a class="term-tile" href="\/tags\/page\/"><span class="term-tile__name">#page<\/span>/,
    );
  });

  it("gives the same slugs on every build", async () => {
    const again = await buildFixture("unicode-tags");
    assert.deepEqual(again.files(), site.files());
  });
});
