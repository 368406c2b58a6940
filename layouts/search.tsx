// `/search/`: a plain search box that starts Pagefind's UI (from the site itself, no CDN) when the reader uses it.
// Without JavaScript the page still leads somewhere: the archives, categories and tags list every post.
import { archiveIndexUrl, searchUrl, termIndexUrl } from "../src/pages/urls.ts";
import type { SearchPageView } from "../src/views/simple-page-views.ts";
import { Base } from "./base.tsx";
import { Icon } from "./components/icons.tsx";
import { ListHeader } from "./components/list-header.tsx";

export function SearchPage({ view }: { view: SearchPageView }) {
  const { chrome } = view;
  const { t } = chrome;
  return (
    <Base chrome={chrome}>
      <ListHeader title={t("search")} trail={[]} t={t} />
      {/*
        The page's own box, shown only when scripts run: Pagefind's UI (127 KB of script, 15 KB of style) loads
        when the reader types, taps or submits here, or at once with ?q=…, and then takes the box's place.
        Loading it with the page made it the phone's slowest page to paint.
      */}
      <form
        class="search-form"
        role="search"
        action={searchUrl()}
        method="get"
        data-placeholder={t("searchPlaceholder")}
        data-label={t("searchLabel")}
        data-date-label={t("published")}
        data-category-label={t("category")}
      >
        <label class="visually-hidden" for="search-form-input">
          {t("searchLabel")}
        </label>
        <span class="search-form__icon" aria-hidden="true">
          <Icon name="search" size={18} />
        </span>
        <input
          id="search-form-input"
          class="search-form__input"
          type="search"
          name="q"
          placeholder={t("searchPlaceholder")}
          autocomplete="off"
          autofocus
        />
      </form>
      <div id="search" class="search"></div>
      <noscript>
        <div class="search-fallback">
          <p>{t("searchWithoutScript")}</p>
          <ul class="search-fallback__links">
            <li>
              <a href={archiveIndexUrl()}>{t("archives")}</a>
            </li>
            <li>
              <a href={termIndexUrl("category")}>{t("categories")}</a>
            </li>
            <li>
              <a href={termIndexUrl("tag")}>{t("tags")}</a>
            </li>
          </ul>
        </div>
      </noscript>
      <script src="/assets/js/search.js" defer></script>
    </Base>
  );
}
