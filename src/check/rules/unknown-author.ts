// Rule: a post's author that the authors file does not list (the page still works, named by the key).
import { authorKeys } from "../../taxonomy/authors.ts";
import { slug } from "../../posts/slug.ts";
import { warning } from "../diagnostic.ts";
import type { Rule } from "../rule.ts";

const NAME = "unknown-author";

export const unknownAuthor: Rule = {
  name: NAME,
  description: "Post authors missing from the authors file.",
  check({ posts, sources, site }) {
    const { file, exists, entries } = sources.authors;
    // A site without an authors file shows every author by name; there is nothing to be missing from.
    if (!exists) return [];
    const keys = [...entries.keys()];
    return posts.flatMap(({ post }) =>
      authorKeys(post, site.author).flatMap((key) => {
        if (entries.has(key)) return [];
        const near = keys.find((candidate) => slug(candidate) === slug(key));
        const fix = near
          ? `Did you mean "${near}"? The key must match exactly.`
          : `Add an entry "${key}" (name, bio, avatar, url) to ${file}, or use one of its keys${keys.length > 0 ? `: ${keys.join(", ")}` : ""}.`;
        const where = post.authors.length === 0 ? ` (the site's default author)` : "";
        const line = post.fieldLines.get("authors") ?? post.fieldLines.get("author");
        return [warning(NAME, post.source, line, `author "${key}"${where} is not in ${file}. ${fix}`)];
      }),
    );
  },
};
