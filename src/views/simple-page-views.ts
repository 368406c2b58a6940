// The pages that show no posts: the search page and jekyll-redirect-from's redirects.
import type { Blog } from "../blog.ts";
import type { Translate } from "../i18n/interface-strings.ts";
import type { RedirectRoute, SearchRoute } from "../pages/route.ts";
import { absoluteUrl } from "../pages/urls.ts";
import { chromeFor, translator, type Chrome } from "./chrome.ts";

export interface SearchPageView {
  readonly chrome: Chrome;
}

export function searchPageView(route: SearchRoute, blog: Blog): SearchPageView {
  const t = translator(blog.site);
  return {
    chrome: chromeFor(route, blog, {
      title: t("search"),
      description: t("searchDescription", { site: blog.site.title }),
    }),
  };
}

/** A redirect page has none of the site's chrome: only its language, words and target. */
export interface RedirectView {
  readonly language: string;
  readonly t: Translate;
  /** Absolute, as jekyll-redirect-from's `absolute_url` makes it. */
  readonly target: string;
}

export function redirectView(route: RedirectRoute, blog: Blog): RedirectView {
  return { language: blog.site.language, t: translator(blog.site), target: absoluteUrl(blog.site, route.to) };
}
