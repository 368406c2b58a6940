// Categories and tags: built once, in one pass over the posts, with one display name and one slug each.
import { compareStrings } from "../order.ts";
import type { Post } from "../posts/post.ts";
import { shortHash, slug } from "../posts/slug.ts";

export type TermKind = "category" | "tag";

/** A category or a tag, with its posts in the order given (newest first). */
export interface Term {
  readonly kind: TermKind;
  /** How the name is shown: the most used spelling among its posts. */
  readonly name: string;
  /** The URL segment; distinct for distinct names, and the same from build to build. */
  readonly slug: string;
  readonly posts: readonly Post[];
}

export interface Taxonomy {
  /** Sorted by name, case-insensitively, in code-point order. */
  readonly categories: readonly Term[];
  readonly tags: readonly Term[];
  /** The term a post's category or tag name belongs to. */
  term(kind: TermKind, name: string): Term;
}

/** Names that differ only by case (or by Unicode form) are one term. */
export function termKey(name: string): string {
  return name.normalize("NFKC").toLowerCase();
}

interface Collecting {
  key: string;
  spellings: Map<string, number>;
  posts: Post[];
}

/** Groups the posts by category and by tag. `posts` should already be in display order. */
export function buildTaxonomy(posts: readonly Post[]): Taxonomy {
  const collecting = { category: new Map<string, Collecting>(), tag: new Map<string, Collecting>() };
  for (const post of posts) {
    collect(collecting.category, post, post.categories);
    collect(collecting.tag, post, post.tags);
  }
  const categories = finish("category", collecting.category);
  const tags = finish("tag", collecting.tag);
  const index = {
    category: new Map(categories.map((term) => [termKey(term.name), term])),
    tag: new Map(tags.map((term) => [termKey(term.name), term])),
  };
  return {
    categories,
    tags,
    term(kind, name) {
      const found = index[kind].get(termKey(name));
      if (!found) throw new Error(`No ${kind} named "${name}": the taxonomy was built from other posts.`);
      return found;
    },
  };
}

function collect(terms: Map<string, Collecting>, post: Post, names: readonly string[]): void {
  const seen = new Set<string>();
  for (const name of names) {
    const key = termKey(name);
    if (seen.has(key)) continue; // `AI` and `ai` on one post count once
    seen.add(key);
    let term = terms.get(key);
    if (!term) terms.set(key, (term = { key, spellings: new Map(), posts: [] }));
    term.spellings.set(name, (term.spellings.get(name) ?? 0) + 1);
    term.posts.push(post);
  }
}

function finish(kind: TermKind, terms: Map<string, Collecting>): Term[] {
  const sorted = [...terms.values()].sort((a, b) => compareStrings(a.key, b.key));
  const slugs = uniqueSlugs(sorted.map((term) => term.key));
  return sorted.map((term, index) => ({
    kind,
    name: displayName(term.spellings),
    slug: slugs[index]!,
    posts: term.posts,
  }));
}

/** The most used spelling; ties go to the first in code-point order, so the choice is stable. */
function displayName(spellings: Map<string, number>): string {
  return [...spellings].sort(([a, countA], [b, countB]) => countB - countA || compareStrings(a, b))[0]![0];
}

/**
 * Slugs for distinct names (given as term keys, sorted). When names share a slug (`Machine Learning` and
 * `machine-learning`, or two long names cut to the same length), the name that reads exactly as the slug
 * keeps it, else the first in order; the others get a suffix made from their own name, so it never
 * depends on which other names exist.
 */
export function uniqueSlugs(keys: readonly string[]): string[] {
  const bySlug = new Map<string, string[]>();
  const base = keys.map((key) => slug(key));
  keys.forEach((key, index) => {
    const group = bySlug.get(base[index]!) ?? [];
    group.push(key);
    bySlug.set(base[index]!, group);
  });
  return keys.map((key, index) => {
    const candidate = base[index]!;
    const group = bySlug.get(candidate)!;
    if (group.length === 1) return candidate;
    const keeper = group.find((other) => other === candidate) ?? group[0];
    return key === keeper ? candidate : `${candidate}-${shortHash(key)}`;
  });
}
