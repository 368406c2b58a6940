// `/search/`: Pagefind's search UI, loaded from the site itself (no CDN), over the index the build wrote.
// Without JavaScript the page still leads somewhere: the archives, categories and tags list every post.
import { archiveIndexUrl, SEARCH_BUNDLE_URL, termIndexUrl } from "../src/pages/urls.ts";
import type { SearchPageView } from "../src/views/simple-page-views.ts";
import { Base } from "./base.tsx";
import { ListHeader } from "./components/list-header.tsx";

export function SearchPage({ view }: { view: SearchPageView }) {
  const bundle = SEARCH_BUNDLE_URL.slice(0, -1);
  const { chrome } = view;
  const { t } = chrome;
  return (
    <Base chrome={chrome}>
      <ListHeader title={t("search")} trail={[]} t={t} />
      {/* Pagefind's stylesheet only where its UI is, after the header: the page paints without waiting for it. */}
      <link rel="stylesheet" href={`${bundle}/pagefind-ui.css`} />
      <div
        id="search"
        class="search"
        data-placeholder={t("searchPlaceholder")}
        data-label={t("searchLabel")}
        data-date-label={t("published")}
        data-category-label={t("category")}
      ></div>
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
      {/* Deferred, in this order: the results need the page, and the page's first paint needs neither. */}
      <script src={`${bundle}/pagefind-ui.js`} defer></script>
      <script src="/assets/js/search.js" defer></script>
    </Base>
  );
}
