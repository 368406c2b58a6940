// A post's categories or tags as links to their pages.
import { termUrl, type TermPermalinks } from "../../src/pages/urls.ts";
import type { Term } from "../../src/taxonomy/terms.ts";

export function TermLinks({ terms, label, site }: { terms: readonly Term[]; label: string; site: TermPermalinks }) {
  if (terms.length === 0) return null;
  return (
    <p class={`term-links term-links--${terms[0]!.kind}`}>
      <span class="term-links__label">{label}: </span>
      {terms.map((term, index) => (
        <>
          {index > 0 && ", "}
          <a href={termUrl(term, site)} rel={term.kind === "tag" ? "tag" : undefined}>
            {term.name}
          </a>
        </>
      ))}
    </p>
  );
}
