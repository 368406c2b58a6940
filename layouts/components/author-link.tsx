// A post's authors, named and linked to their pages.
import type { Author } from "../../src/taxonomy/authors.ts";
import { authorUrl } from "../../src/pages/urls.ts";

export function AuthorLink({ author, className }: { author: Author; className?: string }) {
  return (
    <a class={className} href={authorUrl(author)} rel="author">
      {author.name}
    </a>
  );
}

/** Every author of a post, linked, joined as the site's language joins a list ("A, B and C"). */
/** One formatter per language: making one costs more than the list it formats, on every post card. */
const listFormats = new Map<string, Intl.ListFormat>();

function listFormat(language: string): Intl.ListFormat {
  let format = listFormats.get(language);
  if (format === undefined)
    listFormats.set(language, (format = new Intl.ListFormat(language, { type: "conjunction" })));
  return format;
}

export function AuthorLinks({
  authors,
  language,
  className,
}: {
  authors: readonly Author[];
  language: string;
  className?: string;
}) {
  const parts = listFormat(language).formatToParts(authors.map((author) => author.key));
  let next = 0;
  return (
    <>
      {parts.map((part) =>
        part.type === "element" ? <AuthorLink author={authors[next++]!} className={className} /> : part.value,
      )}
    </>
  );
}
