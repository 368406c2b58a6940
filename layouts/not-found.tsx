// The 404 page: says the page is missing and offers the way back, home and to the categories.
import { archiveIndexUrl, homeUrl, termIndexUrl } from "../src/pages/urls.ts";
import type { NotFoundView } from "../src/views/index-page-views.ts";
import { Base } from "./base.tsx";

export function NotFoundPage({ view }: { view: NotFoundView }) {
  const { chrome, categories } = view;
  const { t } = chrome;
  return (
    <Base chrome={chrome}>
      <header class="list-header">
        <h1 class="list-header__title">{t("notFoundTitle")}</h1>
      </header>
      <p>{t("notFoundText")}</p>
      <p>
        <a class="button" href={homeUrl()}>
          {t("home")}
        </a>
      </p>
      {categories.length > 0 && (
        <>
          <p>{t("notFoundHelp")}</p>
          <ul class="term-grid">
            {categories.map((term) => (
              <li>
                <a class="term-tile" href={term.url}>
                  <span class="term-tile__name">{term.name}</span>
                  <span class="term-tile__count">{t("termCount", { count: term.count })}</span>
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <a href={termIndexUrl("category")}>{t("categories")}</a> · <a href={termIndexUrl("tag")}>{t("tags")}</a> ·{" "}
        <a href={archiveIndexUrl()}>{t("archives")}</a>
      </p>
    </Base>
  );
}
