// Related posts: the posts sharing the most tags, then the most categories, with ties to the newest.
import type { Post } from "../posts/post.ts";
import type { Taxonomy, Term } from "./terms.ts";

/** Finds a post's related posts: `related(post, limit)`, best first. */
export type RelatedPosts = (post: Post, limit: number) => Post[];

/**
 * A shared tag outranks any number of shared categories (tags are specific, categories broad); equal
 * scores go to the newer post. Only posts sharing at least one term count, so an unrelated post is
 * never offered.
 *
 * Built once for all posts (`posts` newest first, so a post's index is its rank). Candidates come from
 * the post's own terms' post lists, never from every post, and are counted in typed arrays by index:
 * a site with 10,000 posts and popular tags scores millions of candidates, so the loop allocates
 * nothing per candidate.
 */
export function relatedPostsFinder(posts: readonly Post[], taxonomy: Taxonomy): RelatedPosts {
  const index = new Map(posts.map((post, position) => [post, position]));
  const positionsOf = (term: Term) => Int32Array.from(term.posts, (post) => index.get(post)!);
  const tagPositions = new Map(taxonomy.tags.map((term) => [term, positionsOf(term)]));
  const categoryPositions = new Map(taxonomy.categories.map((term) => [term, positionsOf(term)]));
  const termsOf = (kind: "tag" | "category", names: readonly string[]) => [
    ...new Set(names.map((name) => taxonomy.term(kind, name))),
  ];
  const tags = posts.map((post) => termsOf("tag", post.tags));
  const categories = posts.map((post) => termsOf("category", post.categories));
  const sharedTags = new Int32Array(posts.length);
  const sharedCategories = new Int32Array(posts.length);

  return (post, limit) => {
    const self = index.get(post)!;
    if (limit === 0) return [];
    const ownCategories = categories[self]!;
    const touched: number[] = [];
    for (const term of tags[self]!) {
      for (const other of tagPositions.get(term)!) {
        if (other === self) continue;
        sharedTags[other]! += 1;
        if (sharedTags[other] === 1) touched.push(other);
      }
    }
    for (const other of touched) {
      for (const term of categories[other]!) if (ownCategories.includes(term)) sharedCategories[other]! += 1;
    }
    const sharingTags = touched.length;
    if (sharingTags < limit) {
      // Too few posts share a tag: posts sharing only categories fill the list. With one category
      // they all score the same, so its newest posts win and the rest of a long list is never read.
      const single = ownCategories.length === 1;
      for (const term of ownCategories) {
        for (const other of categoryPositions.get(term)!) {
          if (single && touched.length === limit) break;
          if (other === self || sharedTags[other]! > 0) continue;
          sharedCategories[other]! += 1;
          if (sharedCategories[other] === 1) touched.push(other);
        }
      }
    }
    const best = bestOf(touched, limit, sharedTags, sharedCategories);
    for (const other of touched) sharedTags[other] = sharedCategories[other] = 0;
    return best.map((position) => posts[position]!);
  };
}

/** The `limit` best positions, best first: more shared tags, then more shared categories, then newer. */
function bestOf(candidates: readonly number[], limit: number, tags: Int32Array, categories: Int32Array): number[] {
  const better = (a: number, b: number) => tags[b]! - tags[a]! || categories[b]! - categories[a]! || a - b;
  const best: number[] = [];
  for (const candidate of candidates) {
    if (best.length === limit && better(candidate, best[limit - 1]!) >= 0) continue;
    let at = best.length;
    while (at > 0 && better(candidate, best[at - 1]!) < 0) at -= 1;
    best.splice(at, 0, candidate);
    if (best.length > limit) best.pop();
  }
  return best;
}
