// Authors: each post's author key joined with the authors file, with one slug each and their posts.
import type { AuthorsData } from "../authors/load-authors.ts";
import { compareStrings } from "../order.ts";
import type { Post } from "../posts/post.ts";
import { uniqueSlugs } from "./terms.ts";

/** An author of at least one public post. */
export interface Author {
  /** The post's `author` value, which is the key of the authors file (as in Mediumish). */
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
  /** The author of a post, if it has one (its own, else the site's default author). */
  of(post: Post): Author | undefined;
}

/** A post's author key: its own `author`, else the site's default `author` setting. */
export function authorKey(post: Post, defaultAuthor: string | undefined): string | undefined {
  const key = (post.author ?? defaultAuthor)?.trim();
  return key === "" ? undefined : key;
}

/** Groups public posts (newest first) by author. */
export function buildAuthors(posts: readonly Post[], data: AuthorsData, defaultAuthor: string | undefined): Authors {
  const byKey = new Map<string, Post[]>();
  for (const post of posts) {
    const key = authorKey(post, defaultAuthor);
    if (key === undefined) continue;
    const list = byKey.get(key) ?? [];
    list.push(post);
    byKey.set(key, list);
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
      const key = authorKey(post, defaultAuthor);
      return key === undefined ? undefined : index.get(key);
    },
  };
}
