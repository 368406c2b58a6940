// An author as the layouts show them: name, page, avatar URL, bio and links, as plain values.
import type { Blog } from "../blog.ts";
import { authorUrl } from "../pages/urls.ts";
import type { Author } from "../taxonomy/authors.ts";

export interface AuthorView {
  readonly name: string;
  readonly url: string;
  readonly avatar?: string;
  readonly bio?: string;
  /** The author's own site, from the authors file. */
  readonly website?: string;
}

export function authorView(blog: Blog, author: Author): AuthorView {
  const avatar = blog.files.avatar(author);
  return {
    name: author.name,
    url: authorUrl(author),
    ...(avatar === undefined ? {} : { avatar }),
    ...(author.bio === undefined ? {} : { bio: author.bio }),
    ...(author.url === undefined ? {} : { website: author.url }),
  };
}
