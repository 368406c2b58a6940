// The site's header: its name, the sections (a menu on phones that opens without JavaScript), search and theme.
import { homeUrl, searchUrl } from "../../src/pages/urls.ts";
import type { Chrome } from "../../src/views/chrome.ts";
import { Icon } from "./icons.tsx";

export function SiteHeader({ chrome }: { chrome: Chrome }) {
  const { t } = chrome;
  return (
    <div class="site-header__inner">
      <a class="site-header__title" href={homeUrl()}>
        {chrome.siteTitle}
      </a>
      {/* The phone menu is a checkbox and its label: it opens and closes with CSS alone. */}
      <input class="nav-toggle" type="checkbox" id="nav-toggle" aria-controls="site-menu" />
      <label class="nav-toggle__label" for="nav-toggle">
        <Icon name="menu" />
        <span>{t("menu")}</span>
      </label>
      <div class="site-menu" id="site-menu">
        <nav class="site-nav" aria-label={t("sectionsLabel")}>
          <ul>
            {chrome.nav.map((item) => (
              <li>
                <a href={item.url} aria-current={item.current}>
                  {item.title}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        {chrome.searchBox && (
          <form class="search-box" role="search" action={searchUrl()} method="get">
            <label class="visually-hidden" for="search-box-input">
              {t("searchLabel")}
            </label>
            <input
              id="search-box-input"
              class="search-box__input"
              type="search"
              name="q"
              placeholder={t("searchPlaceholder")}
            />
            <button class="search-box__button" type="submit" aria-label={t("search")}>
              <Icon name="search" size={18} />
            </button>
          </form>
        )}
      </div>
      {/* Shown only when scripts run (the head's script marks the page): without them the system's theme applies. */}
      <button
        class="theme-toggle"
        type="button"
        data-label={t("themeLabel")}
        data-system={t("themeSystem")}
        data-light={t("themeLight")}
        data-dark={t("themeDark")}
        aria-label={`${t("themeLabel")}: ${t("themeSystem")}`}
      >
        <span class="theme-toggle__icon theme-toggle__icon--system">
          <Icon name="system" />
        </span>
        <span class="theme-toggle__icon theme-toggle__icon--light">
          <Icon name="sun" />
        </span>
        <span class="theme-toggle__icon theme-toggle__icon--dark">
          <Icon name="moon" />
        </span>
      </button>
    </div>
  );
}
