// The Atom feed (RFC 4287) of a site or of one category or tag, written as XML text.
import { DateTime } from "luxon";
import type { Blog } from "../../src/blog.ts";
import { formatRfc3339 } from "../../src/dates.ts";
import type { Post } from "../../src/posts/post.ts";
import type { FeedRoute } from "../../src/pages/route.ts";
import { absoluteUrl, termIndexUrl } from "../../src/pages/urls.ts";
import { element } from "./xml.ts";

/**
 * Atom requires a feed's `updated`. It is the latest change among its entries (their own `updated`, else
 * their date), not the build time, so a rebuild writes the same bytes; a feed with no entry yet (a new
 * blog) says the epoch.
 */
const NO_ENTRY_DATE = DateTime.fromMillis(0, { zone: "UTC" });

export async function renderAtomFeed(route: FeedRoute, blog: Blog): Promise<string> {
  const { site } = blog;
  const date = (value: DateTime) => formatRfc3339(value, site.timeZone);
  // A post's entry is the same in every feed that carries it (the site's, its categories', its tags'): made once.
  const entries = await Promise.all(
    route.posts.map((post) => blog.shared.get(`atom-entry:${post.source}`, [post], () => renderEntry(post, blog))),
  );
  return [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${site.language.replace(/[^\w-]/g, "")}">`,
    `  ${element("title", { type: "text" }, route.title)}`,
    ...(site.description === "" ? [] : [`  ${element("subtitle", { type: "text" }, site.description)}`]),
    `  ${element("link", { rel: "self", type: "application/atom+xml", href: absoluteUrl(site, route.url) })}`,
    `  ${element("link", { rel: "alternate", type: "text/html", href: absoluteUrl(site, route.pageUrl) })}`,
    `  ${element("id", {}, absoluteUrl(site, route.url))}`,
    `  ${element("updated", {}, date(latestChange(route.posts)))}`,
    // Entries without an author of their own inherit this one, as Atom requires.
    `  <author>${element("name", {}, site.author ?? site.title)}</author>`,
    ...entries,
    `</feed>`,
    ``,
  ].join("\n");
}

function latestChange(posts: readonly Post[]): DateTime {
  let latest: DateTime = NO_ENTRY_DATE;
  for (const post of posts) {
    const changed = post.updated !== undefined && post.updated > post.date ? post.updated : post.date;
    if (changed > latest) latest = changed;
  }
  return latest;
}

async function renderEntry(post: Post, blog: Blog): Promise<string> {
  const { site, taxonomy } = blog;
  const url = absoluteUrl(site, post.url);
  const published = formatRfc3339(post.date, site.timeZone);
  const authors = post.authors.length === 0 ? [] : blog.authors.of(post);
  const terms = [
    ...post.categories.map((name) => taxonomy.term("category", name)),
    ...post.tags.map((name) => taxonomy.term("tag", name)),
  ];
  return [
    `  <entry>`,
    `    ${element("title", { type: "text" }, post.title)}`,
    `    ${element("link", { rel: "alternate", type: "text/html", href: url })}`,
    `    ${element("id", {}, url)}`,
    `    ${element("published", {}, published)}`,
    // `last_modified_at` or `updated` when the post has one, else it last changed when it was published.
    `    ${element("updated", {}, post.updated === undefined ? published : formatRfc3339(post.updated, site.timeZone))}`,
    // One <author> per author; a post naming none inherits the feed's.
    ...authors.map((author) => `    <author>${element("name", {}, author.name)}</author>`),
    ...terms.map(
      (term) => `    ${element("category", { term: term.name, scheme: absoluteUrl(site, termIndexUrl(term.kind)) })}`,
    ),
    ...(post.excerpt === "" ? [] : [`    ${element("summary", { type: "text" }, post.excerpt)}`]),
    `    ${element("content", { type: "html" }, await blog.bodies.absoluteHtml(post))}`,
    `  </entry>`,
  ].join("\n");
}
