// Authors: each post's author keys joined with the authors file, with one slug each and their posts.
import type { AuthorsData } from "../authors/load-authors.ts";
import { compareStrings } from "../order.ts";
import type { Post } from "../posts/post.ts";
import { uniqueSlugs } from "./terms.ts";

/** An author of at least one public post. */
export interface Author {
  /** One of the posts' `author`/`authors` names, which is the key of the authors file (as in Mediumish). */
  readonly key: string;
  /** Shown on pages: the entry's name, else the key itself. */
  readonly name: string;
  /** URL segment of the author's page, from the key. */
  readonly slug: string;
  readonly bio?: string;
  /** As written in the authors file: a path under the site or an http(s) URL. */
  readonly avatar?: string;
  /** The author's own site. */
  readonly url?: string;
  /** Whether the authors file has an entry for the key (`npm run check` warns when it has not). */
  readonly known: boolean;
  /** Newest first. */
  readonly posts: readonly Post[];
}

export interface Authors {
  /** Sorted by key, in code-point order. */
  readonly list: readonly Author[];
  /** The authors of a post, in its order (its own, else the site's default author; none if neither). */
  of(post: Post): readonly Author[];
}

/** A post's author keys: its own `author`/`authors`, else the site's default `author` setting. */
export function authorKeys(post: Post, defaultAuthor: string | undefined): readonly string[] {
  if (post.authors.length > 0) return post.authors;
  const key = defaultAuthor?.trim();
  return key === undefined || key === "" ? [] : [key];
}

/** Groups public posts (newest first) by author. */
export function buildAuthors(posts: readonly Post[], data: AuthorsData, defaultAuthor: string | undefined): Authors {
  const byKey = new Map<string, Post[]>();
  for (const post of posts) {
    for (const key of authorKeys(post, defaultAuthor)) {
      const list = byKey.get(key) ?? [];
      list.push(post);
      byKey.set(key, list);
    }
  }
  const keys = [...byKey.keys()].sort(compareStrings);
  const slugs = uniqueSlugs(keys);
  const list = keys.map((key, index): Author => {
    const entry = data.entries.get(key);
    return {
      key,
      name: entry?.name ?? key,
      slug: slugs[index]!,
      bio: entry?.bio,
      avatar: entry?.avatar,
      url: entry?.url,
      known: entry !== undefined,
      posts: byKey.get(key)!,
    };
  });
  const index = new Map(list.map((author) => [author.key, author]));
  return {
    list,
    of(post) {
      return authorKeys(post, defaultAuthor).flatMap((key) => index.get(key) ?? []);
    },
  };
}
