// Rule: links to pages of this site, other posts above all, that do not resolve (or not for readers).
import path from "node:path";
import type { Post } from "../../posts/post.ts";
import { warning } from "../diagnostic.ts";
import { resolveLink } from "../resolve-link.ts";
import type { CheckedPost, Rule } from "../rule.ts";

const NAME = "broken-link";

export const brokenLink: Rule = {
  name: NAME,
  description: "Links to other posts and pages of the site that do not resolve.",
  check({ posts, index }) {
    const byPost = new Map(posts.map((checked) => [checked.post, checked]));
    return posts.flatMap(({ post, links, isPublic }) =>
      links
        .filter((link) => link.kind === "link")
        .flatMap((link) => {
          const target = resolveLink(link.href, post.url, index);
          const say = (message: string) => [warning(NAME, post.source, link.line, `link to "${link.href}" ${message}`)];
          if (target.kind === "post-file") {
            return target.post === undefined
              ? say(`names a post file that does not exist. Link to the post's URL instead.`)
              : say(`names a post's file, which is not published. Link to its URL instead: ${target.post.url}`);
          }
          if (target.kind !== "page") return [];
          if (target.route === undefined) {
            const guess = similarPost(target.path, posts);
            return say(
              `does not resolve: no page of this site has the URL ${target.path}.${guess ? ` Did you mean ${guess.url} ("${guess.title}")?` : ""}`,
            );
          }
          const linked = target.route.kind === "post" ? byPost.get(target.route.post) : undefined;
          if (isPublic && linked !== undefined && !linked.isPublic) {
            const why = linked.post.draft ? "a draft" : "a post scheduled for later";
            return say(`points to ${why} (${linked.post.source}): readers get "page not found" until it is published.`);
          }
          return [];
        }),
    );
  },
};

/** A post whose slug is the link's last segment (a post that moved to another date or pattern). */
function similarPost(sitePath: string, posts: readonly CheckedPost[]): Post | undefined {
  const last = path.posix.basename(sitePath.replace(/\/+$/, "")).replace(/\.html$/, "");
  const stem = last.replace(/^\d{4}-\d{2}-\d{2}-/, "");
  return posts.find(({ post }) => post.slug === stem)?.post;
}
