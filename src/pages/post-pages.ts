// One page per public post, linked to its newer and older neighbours and to its related posts.
import { relatedPostsFinder } from "../taxonomy/related.ts";
import type { PostRoute, RouteContext } from "./route.ts";

export function postPages({ posts, taxonomy, site }: RouteContext): PostRoute[] {
  const related = relatedPostsFinder(posts, taxonomy);
  return posts.map((post, index) => ({
    kind: "post",
    url: post.url,
    post,
    newer: posts[index - 1],
    older: posts[index + 1],
    related: related(post, site.relatedPosts),
  }));
}
