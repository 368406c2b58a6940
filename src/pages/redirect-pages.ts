// jekyll-redirect-from's pages: one at each old path a post names in `redirect_from`, so old links still lead to it.
import { redirectPath } from "../posts/post-url.ts";
import type { RedirectRoute, RouteContext } from "./route.ts";

export function redirectPages({ posts }: RouteContext): RedirectRoute[] {
  return posts.flatMap((post) =>
    post.redirectFrom.map((from): RedirectRoute => ({
      kind: "redirect",
      url: redirectPath(from),
      to: post.url,
      post,
      field: "redirect_from",
    })),
  );
}
