// jekyll-redirect-from's redirect page: sends readers from an old URL on, with no script needed and no index entry.
import type { Blog } from "../src/blog.ts";
import type { RedirectRoute } from "../src/pages/route.ts";
import { absoluteUrl } from "../src/pages/urls.ts";
import { translator } from "./view/chrome.tsx";

/**
 * The same page jekyll-redirect-from writes, less its script: the refresh works in every browser without
 * it, the canonical link moves search engines' credit to the target, and the link serves readers and
 * tools that follow neither. The target is absolute, as the plugin's `absolute_url` makes it.
 */
export function RedirectPage({ route, blog }: { route: RedirectRoute; blog: Blog }) {
  const target = absoluteUrl(blog.site, route.to);
  const t = translator(blog.site);
  return (
    <html lang={blog.site.language}>
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
