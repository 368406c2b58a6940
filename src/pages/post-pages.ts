// One page per public post, linked to its newer and older neighbours and to its related posts.
import { relatedPosts } from "../taxonomy/related.ts";
import type { PostRoute, RouteContext } from "./route.ts";

export function postPages({ posts, taxonomy, site }: RouteContext): PostRoute[] {
  const ranks = new Map(posts.map((post, index) => [post, index]));
  return posts.map((post, index) => ({
    kind: "post",
    url: post.url,
    post,
    newer: posts[index - 1],
    older: posts[index + 1],
    related: relatedPosts(post, taxonomy, ranks, site.relatedPosts),
  }));
}
