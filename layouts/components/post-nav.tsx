// Links from a post to the one before it and the one after it, by date.
import type { Translate } from "../../src/i18n/interface-strings.ts";
import type { LinkView } from "../../src/views/post-view.ts";

export function PostNav({ older, newer, t }: { older?: LinkView; newer?: LinkView; t: Translate }) {
  if (older === undefined && newer === undefined) return null;
  return (
    <nav class="post-nav" aria-label={t("olderNewerLabel")}>
      {older !== undefined && (
        <a class="post-nav__link post-nav__older" href={older.url} rel="prev">
          <span class="post-nav__label">← {t("olderPost")}</span>
          <span class="post-nav__title">{older.name}</span>
        </a>
      )}
      {newer !== undefined && (
        <a class="post-nav__link post-nav__newer" href={newer.url} rel="next">
          <span class="post-nav__label">{t("newerPost")} →</span>
          <span class="post-nav__title">{newer.name}</span>
        </a>
      )}
    </nav>
  );
}
