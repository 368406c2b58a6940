// Feeds: the site's newest posts as Atom and JSON Feed, and an Atom feed per category and per tag.
import type { Post } from "../posts/post.ts";
import type { SiteSettings } from "../site.ts";
import type { Term } from "../taxonomy/terms.ts";
import type { FeedRoute, RouteContext } from "./route.ts";
import { feedUrl, homeUrl, jsonFeedUrl, termUrl } from "./urls.ts";

const TERM_FEED_TITLES = { category: "Posts in", tag: "Posts tagged" } as const;

/** "Field Notes", or "Field Notes: Posts tagged “AI”": what a feed reader lists the feed as. */
export function feedTitle(site: Pick<SiteSettings, "title">, term?: Pick<Term, "kind" | "name">): string {
  return term === undefined ? site.title : `${site.title}: ${TERM_FEED_TITLES[term.kind]} “${term.name}”`;
}

/** Posts with `redirect_to` have no content of their own to syndicate. */
function syndicated(posts: readonly Post[]): Post[] {
  return posts.filter((post) => post.redirectTo === undefined);
}

export function feedPages({ site, posts, taxonomy }: RouteContext): FeedRoute[] {
  const newest = syndicated(posts).slice(0, site.feedSize);
  const siteFeed = { kind: "feed", title: feedTitle(site), pageUrl: homeUrl(), posts: newest } as const;
  return [
    { ...siteFeed, url: feedUrl(), format: "atom" },
    { ...siteFeed, url: jsonFeedUrl(), format: "json" },
    ...[...taxonomy.categories, ...taxonomy.tags].map((term): FeedRoute => ({
      kind: "feed",
      url: feedUrl(term, site),
      format: "atom",
      title: feedTitle(site, term),
      term,
      pageUrl: termUrl(term, site),
      posts: syndicated(term.posts).slice(0, site.feedSize),
    })),
  ];
}
