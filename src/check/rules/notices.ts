// What rules over the front matter notices share: each notice a post carries becomes one warning of its rule.
import type { PostNotice } from "../../posts/post.ts";
import { warning, type Diagnostic } from "../diagnostic.ts";
import type { CheckContext } from "../rule.ts";

/** Every notice of `rule` on every post, as warnings at the notice's line. */
export function noticeWarnings({ posts }: CheckContext, rule: PostNotice["rule"]): Diagnostic[] {
  return posts.flatMap(({ post }) =>
    post.notices
      .filter((notice) => notice.rule === rule)
      .map((notice) => warning(rule, post.source, notice.line, notice.message)),
  );
}
