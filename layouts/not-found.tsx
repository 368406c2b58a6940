// The 404 page: says the page is missing and offers the way back, home and to the categories.
import type { Blog } from "../src/blog.ts";
import type { NotFoundRoute } from "../src/pages/route.ts";
import { archiveIndexUrl, homeUrl, termIndexUrl, termUrl } from "../src/pages/urls.ts";
import { Base } from "./base.tsx";
import { chromeFor, translator } from "./view/chrome.tsx";

export function NotFoundPage({ route, blog }: { route: NotFoundRoute; blog: Blog }) {
  const t = translator(blog.site);
  const { categories } = blog.taxonomy;
  const chrome = chromeFor(route, blog, { title: t("notFoundTitle"), description: "" });
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
                <a class="term-tile" href={termUrl(term, blog.site)}>
                  <span class="term-tile__name">{term.name}</span>
                  <span class="term-tile__count">{t("termCount", { count: term.posts.length })}</span>
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
