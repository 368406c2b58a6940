// One page per public post, linked to its newer and older neighbours and to its related posts.
import { relatedPostsFinder } from "../taxonomy/related.ts";
import type { PostRoute, RedirectRoute, RouteContext } from "./route.ts";

/** A post with `redirect_to` keeps its place in lists, but its page sends readers on (as jekyll-redirect-from does). */
export function postPages({ posts, taxonomy, site }: RouteContext): Array<PostRoute | RedirectRoute> {
  const related = relatedPostsFinder(posts, taxonomy);
  return posts.map((post, index) =>
    post.redirectTo === undefined
      ? {
          kind: "post",
          url: post.url,
          post,
          newer: posts[index - 1],
          older: posts[index + 1],
          related: related(post, site.relatedPosts),
        }
      : { kind: "redirect", url: post.url, to: post.redirectTo, post, field: "redirect_to" },
  );
}
