// Related posts: the posts sharing the most tags, then the most categories, with ties to the newest.
import type { Post } from "../posts/post.ts";
import type { Taxonomy, Term } from "./terms.ts";

interface Score {
  readonly post: Post;
  readonly tags: number;
  readonly categories: number;
  /** Position in the site's newest-first order: the tie-breaker, the same on every build. */
  readonly rank: number;
}

/**
 * Up to `limit` posts related to `post`, best first. A shared tag outranks any number of shared
 * categories (tags are specific, categories broad); equal scores go to the newer post. Only posts
 * sharing at least one term count, so an unrelated post is never offered.
 *
 * `ranks` is each post's index in the newest-first list. Candidates come from the post's own terms'
 * post lists, never from every post, and a big category is only read as far as it is needed, so a
 * site with thousands of posts never compares every pair.
 */
export function relatedPosts(post: Post, taxonomy: Taxonomy, ranks: ReadonlyMap<Post, number>, limit: number): Post[] {
  if (limit === 0) return [];
  const tagTerms = new Set(post.tags.map((name) => taxonomy.term("tag", name)));
  const categoryTerms = new Set(post.categories.map((name) => taxonomy.term("category", name)));
  const shared = (other: Post, kind: "tag" | "category", terms: ReadonlySet<Term>) => {
    const names = kind === "tag" ? other.tags : other.categories;
    return new Set(names.map((name) => taxonomy.term(kind, name)).filter((term) => terms.has(term))).size;
  };

  const candidates = new Set<Post>();
  for (const term of tagTerms) for (const other of term.posts) if (other !== post) candidates.add(other);
  if (candidates.size < limit) {
    // Too few posts share a tag: posts sharing only categories fill the list. With one category they
    // all score the same, so its newest posts win and the rest of its (possibly long) list is skipped.
    const single = categoryTerms.size === 1;
    const wanted = limit - candidates.size;
    let added = 0;
    for (const term of categoryTerms) {
      for (const other of term.posts) {
        if (single && added === wanted) break;
        if (other === post || candidates.has(other)) continue;
        candidates.add(other);
        added += 1;
      }
    }
  }

  const scores: Score[] = [...candidates].map((other) => ({
    post: other,
    tags: shared(other, "tag", tagTerms),
    categories: shared(other, "category", categoryTerms),
    rank: ranks.get(other) ?? 0,
  }));
  return scores
    .sort((a, b) => b.tags - a.tags || b.categories - a.categories || a.rank - b.rank)
    .slice(0, limit)
    .map((score) => score.post);
}
