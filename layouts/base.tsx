// The HTML document every page shares: head (fonts, icon, theme), site header with its menu, main content, footer.
import type { ComponentChildren } from "preact";
import { renderToStaticMarkup } from "preact-render-to-string";
import { HeadMeta } from "./components/head-meta.tsx";
import { Raw, ThemeScript } from "./components/raw.tsx";
import { SiteFooter } from "./components/site-footer.tsx";
import { SiteHeader } from "./components/site-header.tsx";
import type { Chrome } from "../src/views/chrome.ts";

/**
 * The two upright Latin fonts every page paints with (the serif: titles and text; Inter: the header, bylines,
 * chips), preloaded so they arrive beside the stylesheet instead of after it, at "high" rather than the
 * render-blocking "very high" priority a font found in the stylesheet gets. Measured with Lighthouse on a
 * phone: first paint 1.4 s → 1.1–1.2 s and no layout shift left from the swap. Italics and other scripts
 * load only on pages that use them (each @font-face has its unicode-range). The files are subsets cut to the
 * weights the stylesheet uses (assets/fonts/README.md): 63 KB for the two, not 99 KB.
 */
export const PRELOADED_FONTS = [
  "/assets/fonts/source-serif-4-latin-wght400-700-normal.woff2",
  "/assets/fonts/inter-latin-wght400-700-normal.woff2",
] as const;

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
        {PRELOADED_FONTS.map((href) => (
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
