// A post's byline, in the same order everywhere (cards and the post's page): date, reading time, authors.
import type { ComponentChildren } from "preact";
import type { Translate } from "../../src/i18n/interface-strings.ts";
import type { DateView, LinkView } from "../../src/views/post-view.ts";

export interface PostMetaProps {
  date: DateView;
  /** The "Updated" date, on the post's own page. */
  updated?: DateView;
  readingMinutes: number;
  authors: readonly LinkView[];
  status?: "draft" | "scheduled";
  language: string;
  t: Translate;
  className: string;
  /** Pagefind reads the date from here for its results (the element itself is not indexed as text). */
  searchMeta?: boolean;
}

export function PostMeta(props: PostMetaProps) {
  const { date, updated, readingMinutes, authors, status, language, t, className } = props;
  const parts: ComponentChildren[] = [
    <a class="date-link" href={date.archiveUrl}>
      <time datetime={date.iso} {...(props.searchMeta ? { "data-pagefind-meta": "date" } : {})}>
        {date.text}
      </time>
    </a>,
  ];
  if (updated !== undefined)
    parts.push(
      <span class="post-meta__updated">
        {t("updated")} <time datetime={updated.iso}>{updated.text}</time>
      </span>,
    );
  parts.push(<span class="reading-time">{t("readingTime", { count: readingMinutes })}</span>);
  if (authors.length > 0) parts.push(<AuthorNames authors={authors} language={language} />);
  return (
    <p class={className} data-pagefind-ignore="">
      {status !== undefined && <span class={`post-status post-status--${status}`}>{t(status)}</span>}
      {parts.map((part, index) => (
        <>
          {index > 0 && (
            <span class="post-meta__separator" aria-hidden="true">
              {" · "}
            </span>
          )}
          {part}
        </>
      ))}
    </p>
  );
}

/** One per language: making an Intl.ListFormat costs more than using it, and every card names its authors. */
const listFormats = new Map<string, Intl.ListFormat>();

function listFormat(language: string): Intl.ListFormat {
  let format = listFormats.get(language);
  if (format === undefined)
    listFormats.set(language, (format = new Intl.ListFormat(language, { type: "conjunction" })));
  return format;
}

/** Every author, linked, joined as the site's language joins a list ("A, B and C"). */
export function AuthorNames({ authors, language }: { authors: readonly LinkView[]; language: string }) {
  const parts = listFormat(language).formatToParts(authors.map((author) => author.name));
  let next = 0;
  return (
    <span class="post-meta__authors">
      {parts.map((part) => {
        if (part.type !== "element") return part.value;
        const author = authors[next++]!;
        return (
          <a href={author.url} rel="author">
            {author.name}
          </a>
        );
      })}
    </span>
  );
}
