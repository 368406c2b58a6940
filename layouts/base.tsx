// The HTML document every page shares: head (fonts, icon, theme), site header with its menu, main content, footer.
import type { ComponentChildren } from "preact";
import { renderToStaticMarkup } from "preact-render-to-string";
import { HeadMeta } from "./components/head-meta.tsx";
import { Raw, ThemeScript } from "./components/raw.tsx";
import { SiteFooter } from "./components/site-footer.tsx";
import { SiteHeader } from "./components/site-header.tsx";
import type { Chrome } from "../src/views/chrome.ts";

export interface BaseProps {
  chrome: Chrome;
  children: ComponentChildren;
}

export function Base({ chrome, children }: BaseProps) {
  const { t } = chrome;
  // The header differs only by which link is current and whether it has the search box.
  const headerKey = `site-header:${chrome.nav.map((item) => item.current ?? "").join(",")}:${chrome.searchBox}`;
  return (
    // The copy buttons' words, for site.js, which adds the buttons to code blocks.
    <html lang={chrome.language} data-copy={t("copyCode")} data-copied={t("codeCopied")}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{chrome.documentTitle}</title>
        {chrome.description !== "" && <meta name="description" content={chrome.description} />}
        {/* Both colour schemes are styled: the browser's own controls and scrollbars follow the reader's. */}
        <meta name="color-scheme" content="light dark" />
        <ThemeScript />
        {chrome.fontPreloads.map((href) => (
          <link rel="preload" href={href} as="font" type="font/woff2" crossorigin="anonymous" />
        ))}
        <link rel="stylesheet" href="/assets/css/site.css" />
        {chrome.stylesheets.map((href) => (
          <link rel="stylesheet" href={href} />
        ))}
        {chrome.favicon && <link rel="icon" href={chrome.favicon.url} type={chrome.favicon.type} />}
        <HeadMeta meta={chrome.headMeta} />
        <script src="/assets/js/site.js" defer></script>
      </head>
      <body>
        <a class="skip-link" href="#content">
          {t("skipToContent")}
        </a>
        <Raw
          as="header"
          className="site-header"
          html={chrome.shared(headerKey, () => renderToStaticMarkup(<SiteHeader chrome={chrome} />))}
        />
        <main id="content" class="site-main" tabindex={-1}>
          {children}
        </main>
        <Raw
          as="footer"
          className="site-footer"
          html={chrome.shared("site-footer", () => renderToStaticMarkup(<SiteFooter chrome={chrome} />))}
        />
      </body>
    </html>
  );
}
