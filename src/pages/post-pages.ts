// One page per public post, linked to its newer and older neighbours and to its related posts.
import { relatedPostsFinder } from "../taxonomy/related.ts";
import type { Post } from "../posts/post.ts";
import type { PostRoute, RedirectRoute, RouteContext } from "./route.ts";

/** A post with `redirect_to` keeps its place in lists, but its page sends readers on (as jekyll-redirect-from does). */
export function postPages({ posts, taxonomy, site }: RouteContext): Array<PostRoute | RedirectRoute> {
  const related = relatedPostsFinder(posts, taxonomy);
  return posts.map((post, index): PostRoute | RedirectRoute => {
    if (post.redirectTo !== undefined) {
      return { kind: "redirect", url: post.url, to: post.redirectTo, post, field: "redirect_to" };
    }
    let found: Post[] | undefined;
    return {
      kind: "post",
      url: post.url,
      post,
      newer: posts[index - 1],
      older: posts[index + 1],
      // Found when the page is rendered: a build that takes its other pages from the build cache renders few
      // post pages, and finding every post's related posts took a warm build of 4,000 posts about 0.3 s.
      get related() {
        return (found ??= related(post, site.relatedPosts));
      },
    };
  });
}
