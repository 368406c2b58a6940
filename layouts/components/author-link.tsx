// A post's author, named and linked to the author's page.
import type { Author } from "../../src/taxonomy/authors.ts";
import { authorUrl } from "../../src/pages/urls.ts";

export function AuthorLink({ author, className }: { author: Author; className?: string }) {
  return (
    <a class={className} href={authorUrl(author)} rel="author">
      {author.name}
    </a>
  );
}
