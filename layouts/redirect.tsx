// jekyll-redirect-from's redirect page: sends readers from an old URL on, with no script needed and no index entry.
import type { RedirectView } from "../src/views/simple-page-views.ts";

/**
 * The same page jekyll-redirect-from writes, less its script: the refresh works in every browser without
 * it, the canonical link moves search engines' credit to the target, and the link serves readers and
 * tools that follow neither. The target is absolute, as the plugin's `absolute_url` makes it.
 */
export function RedirectPage({ view }: { view: RedirectView }) {
  const { target, t } = view;
  return (
    <html lang={view.language}>
      <head>
        <meta charset="utf-8" />
        <title>{t("redirecting")}</title>
        <link rel="canonical" href={target} />
        <meta http-equiv="refresh" content={`0; url=${target}`} />
        <meta name="robots" content="noindex" />
      </head>
      <body>
        <h1>{t("redirecting")}</h1>
        <a href={target}>{t("redirectLink")}</a>
      </body>
    </html>
  );
}
