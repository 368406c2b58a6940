// Rule: a `layout` name the site does not map, rendered with `post`; one warning per name, not per post.
import { compareStrings } from "../../order.ts";
import { resolveLayout } from "../../posts/layout-names.ts";
import type { Post } from "../../posts/post.ts";
import { warning } from "../diagnostic.ts";
import type { Rule } from "../rule.ts";

const NAME = "unknown-layout";

export const unknownLayout: Rule = {
  name: NAME,
  description: "Layout names the `layouts` setting does not map (shown with the post layout), once per name.",
  check({ posts, site }) {
    const byName = new Map<string, Post[]>();
    for (const { post } of posts) {
      if (post.layoutName === undefined || resolveLayout(post.layoutName, site.layouts).known) continue;
      const list = byName.get(post.layoutName) ?? [];
      list.push(post);
      byName.set(post.layoutName, list);
    }
    return [...byName].map(([name, users]) => {
      // Reported at the first file in path order, so the warning does not move as posts are added.
      const [first, ...others] = [...users].sort((a, b) => compareStrings(a.source, b.source));
      const count = others.length === 0 ? "1 post uses it" : `${users.length} posts use it (the first is shown)`;
      return warning(
        NAME,
        first!.source,
        first!.fieldLines.get("layout"),
        `layout "${name}" is not a layout of this site, so the post is shown with the post layout; ${count}. To say so and silence this, map it in site.config.ts: layouts: { ${JSON.stringify(name)}: "post" }.`,
      );
    });
  },
};
