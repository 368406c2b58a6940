// The site's footer: its name and description, the indexes and pages, and the feed.
import { feedUrl } from "../../src/pages/urls.ts";
import type { Chrome } from "../../src/views/chrome.ts";
import { Icon } from "./icons.tsx";

export function SiteFooter({ chrome }: { chrome: Chrome }) {
  const { t } = chrome;
  return (
    <div class="site-footer__inner">
      <p class="site-footer__about">
        <strong>{chrome.siteTitle}</strong>
        {chrome.siteDescription !== "" && <> — {chrome.siteDescription}</>}
      </p>
      <nav aria-label={t("browseLabel")}>
        <ul>
          {chrome.footerNav.map((link) => (
            <li>
              <a href={link.url}>{link.title}</a>
            </li>
          ))}
          <li>
            <a class="feed-link" href={feedUrl()}>
              <Icon name="feed" size={16} />
              {t("atomFeed")}
            </a>
          </li>
        </ul>
      </nav>
    </div>
  );
}
