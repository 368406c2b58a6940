// The feeds fixture's settings and what a reader should find in it, shared by the tests that build it.
import type { SiteSettingsInput } from "../../src/site.ts";

/** A hostile site title too: it appears in every feed and page head. */
export const FEEDS_SITE = {
  url: "https://example.org",
  title: "Feeds & <Fixtures>",
  description: "A fixture for feeds, sitemap and head metadata.",
  timeZone: "Asia/Seoul",
  author: "Site Author",
  feedSize: 3,
  socialImage: "assets/images/pic.png",
} satisfies SiteSettingsInput;

/** The public posts, newest first. */
export const POSTS = {
  newest: "/2025/04/01/newest/",
  hostile: "/2025/03/05/hostile/",
  // Written 2025-02-20 23:30 -0800: 21 February in the site's zone (Asia/Seoul), where Jekyll dates its URL.
  second: "/2025/02/21/second-post/",
  oldest: "/2025/01/10/oldest/",
} as const;

/** Exactly as written in the hostile post's front matter. */
export const HOSTILE_TITLE = `</title><script>alert('t')</script> & <b>bold</b> ]]> "quoted"`;
export const HOSTILE_EXCERPT = `</script><script>alert('e')</script> & ]]>`;

/** Words of posts nobody may see: a draft, an unpublished and a future post, and their own terms. */
export const HIDDEN = ["draft", "unpublished", "future", "draftonly", "futureonly", "secret"];
