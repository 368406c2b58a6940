// Previous/next links between the pages of a list.
import type { Page } from "../../src/pages/paginate.ts";

export function Pager({ page }: { page: Page<unknown> }) {
  if (page.total === 1) return null;
  return (
    <nav class="pager" aria-label="Pages">
      {page.previousUrl !== undefined && (
        <a class="pager__previous" href={page.previousUrl} rel="prev">
          ← Newer posts
        </a>
      )}
      <span class="pager__position">
        Page {page.number} of {page.total}
      </span>
      {page.nextUrl !== undefined && (
        <a class="pager__next" href={page.nextUrl} rel="next">
          Older posts →
        </a>
      )}
    </nav>
  );
}
