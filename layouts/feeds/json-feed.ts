// The site's JSON Feed (version 1.1): the same entries as the Atom feed, for readers that prefer JSON.
import type { Blog } from "../../src/blog.ts";
import { formatRfc3339 } from "../../src/dates.ts";
import type { Post } from "../../src/posts/post.ts";
import type { FeedRoute } from "../../src/pages/route.ts";
import { absoluteUrl } from "../../src/pages/urls.ts";

export async function renderJsonFeed(route: FeedRoute, blog: Blog): Promise<string> {
  const { site } = blog;
  const feed = {
    version: "https://jsonfeed.org/version/1.1",
    title: route.title,
    home_page_url: absoluteUrl(site, route.pageUrl),
    feed_url: absoluteUrl(site, route.url),
    ...(site.description === "" ? {} : { description: site.description }),
    language: site.language,
    authors: [{ name: site.author ?? site.title }],
    items: await Promise.all(route.posts.map((post) => item(post, blog))),
  };
  return `${JSON.stringify(feed, null, 2)}\n`;
}

async function item(post: Post, blog: Blog) {
  const { site } = blog;
  const url = absoluteUrl(site, post.url);
  const image = blog.files.featuredImage(post);
  const authors = post.authors.length === 0 ? [] : blog.authors.of(post);
  return {
    id: url,
    url,
    title: post.title,
    content_html: await blog.bodies.absoluteHtml(post),
    ...(post.excerpt === "" ? {} : { summary: post.excerpt }),
    ...(image === undefined ? {} : { image: absoluteUrl(site, image) }),
    date_published: formatRfc3339(post.date, site.timeZone),
    ...(post.updated === undefined ? {} : { date_modified: formatRfc3339(post.updated, site.timeZone) }),
    ...(authors.length === 0 ? {} : { authors: authors.map((author) => ({ name: author.name })) }),
    tags: [...post.categories, ...post.tags],
  };
}
