// One page per public post, linked to its newer and older neighbours.
import type { PostRoute, RouteContext } from "./route.ts";

export function postPages({ posts }: RouteContext): PostRoute[] {
  return posts.map((post, index) => ({
    kind: "post",
    url: post.url,
    post,
    newer: posts[index - 1],
    older: posts[index + 1],
  }));
}
