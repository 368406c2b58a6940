// Previous/next links between the pages of a list.
import type { Translate } from "../../src/i18n/interface-strings.ts";
import type { PagerView } from "../../src/views/list-view.ts";

export function Pager({ page, t }: { page: PagerView; t: Translate }) {
  if (page.total === 1) return null;
  return (
    <nav class="pager" aria-label={t("pagesLabel")}>
      {page.previousUrl !== undefined && (
        <a class="pager__previous" href={page.previousUrl} rel="prev">
          ← {t("newerPosts")}
        </a>
      )}
      <span class="pager__position">{t("pageOf", { number: page.number, total: page.total })}</span>
      {page.nextUrl !== undefined && (
        <a class="pager__next" href={page.nextUrl} rel="next">
          {t("olderPosts")} →
        </a>
      )}
    </nav>
  );
}
