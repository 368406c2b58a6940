// Rule: categories or tags spelled in ways that look like one name (`AI`, `ai`, `A.I.`; `Économie`, `economie`).
import { compareStrings } from "../../order.ts";
import type { Post } from "../../posts/post.ts";
import { slug } from "../../posts/slug.ts";
import { warning, type Diagnostic } from "../diagnostic.ts";
import type { Rule } from "../rule.ts";

const NAME = "duplicate-terms";

const KINDS = [
  { label: "category", names: (post: Post) => post.categories, fields: ["categories", "category"] },
  { label: "tag", names: (post: Post) => post.tags, fields: ["tags", "tag"] },
] as const;

/**
 * What is left of a name once case, accents, punctuation and spacing are gone. Built on slug(), so
 * names it tells apart (`C++` and `C#`) stay apart here too.
 */
export function looseKey(name: string): string {
  return slug(name).normalize("NFKD").replace(/\p{M}/gu, "").replace(/-/g, "");
}

export const duplicateTerms: Rule = {
  name: NAME,
  description: "Categories or tags that look like duplicates of each other (AI, ai, A.I.).",
  check({ posts }) {
    const diagnostics: Diagnostic[] = [];
    for (const kind of KINDS) {
      // loose key → spelling → posts using it
      const groups = new Map<string, Map<string, Post[]>>();
      for (const { post } of posts) {
        for (const name of kind.names(post)) {
          const spellings = groups.get(looseKey(name)) ?? new Map<string, Post[]>();
          spellings.set(name, [...(spellings.get(name) ?? []), post]);
          groups.set(looseKey(name), spellings);
        }
      }
      for (const spellings of groups.values()) {
        if (spellings.size < 2) continue;
        const ranked = [...spellings].sort(
          ([a, postsA], [b, postsB]) => postsB.length - postsA.length || compareStrings(a, b),
        );
        const preferred = ranked[0]![0];
        const inUse = ranked.map(([name, used]) => `"${name}" (${used.length})`).join(", ");
        for (const [name, used] of ranked.slice(1)) {
          for (const post of used) {
            const line = kind.fields.map((field) => post.fieldLines.get(field)).find((found) => found !== undefined);
            diagnostics.push(
              warning(
                NAME,
                post.source,
                line,
                `${kind.label} "${name}" looks like a duplicate of "${preferred}" (spellings in use, with their posts: ${inUse}). Use one spelling, such as "${preferred}".`,
              ),
            );
          }
        }
      }
    }
    return diagnostics;
  },
};
