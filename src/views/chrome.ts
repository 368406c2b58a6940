// What every page shows around its content, as plain values: the site's name, the interface strings, the
// header's links with the current one marked, the icon, the head's machine-readable tags. Each page's view
// holds it (made once per page from the route and the blog); Base and its parts take only these values.
import type { Blog } from "../blog.ts";
import { interfaceStrings, type Translate } from "../i18n/interface-strings.ts";
import type { Route } from "../pages/route.ts";
import { KATEX_STYLESHEET } from "../markdown/math-render.ts";
import { archiveIndexUrl, searchUrl, termIndexUrl } from "../pages/urls.ts";
import type { SiteSettings } from "../site.ts";
import { headMetaView, type HeadMetaView } from "./head-meta-view.ts";
import { markCurrent, navLinks, type NavItem, type NavLink } from "../theme/navigation.ts";

export interface Chrome {
  readonly language: string;
  readonly siteTitle: string;
  readonly siteDescription: string;
  readonly t: Translate;
  /** The document's <title>: the page's, then the site's. */
  readonly documentTitle: string;
  readonly description: string;
  /** Stylesheets only this page needs, after the site's own. */
  readonly stylesheets: readonly string[];
  readonly favicon?: { readonly url: string; readonly type: string };
  /** The theme's fonts to fetch beside the stylesheet (PRELOADED_FONTS that the site publishes). */
  readonly fontPreloads: readonly string[];
  readonly nav: readonly NavItem[];
  readonly footerNav: readonly NavLink[];
  /** The header's search box: on every page but the search page (which has its own), when the site has search. */
  readonly searchBox: boolean;
  /** Markup made once per build and shown on many pages (the header, the footer); `make` alone when not shared. */
  readonly shared: (key: string, make: () => string) => string;
  /** Canonical URL, feeds, social cards and JSON-LD for this page. */
  readonly headMeta: HeadMetaView;
}

export interface PageInfo {
  /** The page's own title; the site's title is added after it. Omit on the home page. */
  title?: string;
  /** Meta description: plain text. */
  description: string;
  stylesheets?: readonly string[];
}

/** One translate function per settings object: the catalogue is merged once per build, not per page. */
const translators = new WeakMap<SiteSettings, Translate>();

export function translator(site: SiteSettings): Translate {
  let t = translators.get(site);
  if (t === undefined) translators.set(site, (t = interfaceStrings(site.language, site.strings)));
  return t;
}

/**
 * The two upright Latin fonts every page paints with (the serif: titles and text; Inter: the header, bylines,
 * chips), preloaded so they arrive beside the stylesheet instead of after it, at "high" rather than the
 * render-blocking "very high" priority a font found in the stylesheet gets. Measured with Lighthouse on a
 * phone: first paint 1.4 s → 1.1–1.2 s and no layout shift left from the swap. Italics and other scripts
 * load only on pages that use them (each @font-face has its unicode-range). The files are subsets cut to the
 * weights the stylesheet uses (assets/fonts/README.md): 63 KB for the two, not 99 KB. Only those in the site's assets
 * folder are preloaded: a site with fonts of its own would otherwise link files that are not there.
 */
export const PRELOADED_FONTS = [
  "assets/fonts/source-serif-4-latin-wght400-700-normal.woff2",
  "assets/fonts/inter-latin-wght400-700-normal.woff2",
] as const;

const ICON_TYPES: Readonly<Record<string, string>> = {
  svg: "image/svg+xml",
  png: "image/png",
  ico: "image/x-icon",
  webp: "image/webp",
};

export function chromeFor(route: Route, blog: Blog, page: PageInfo): Chrome {
  const { site } = blog;
  const t = translator(site);
  const links = blog.shared.get("nav-links", [], () => JSON.stringify(navLinks(site, blog.taxonomy, blog.pages, t)));
  const faviconUrl = blog.files.siteFile(site.favicon);
  const extension = /\.(\w+)$/.exec(site.favicon)?.[1]?.toLowerCase() ?? "";
  return {
    language: site.language,
    siteTitle: site.title,
    siteDescription: site.description,
    t,
    documentTitle: page.title === undefined ? site.title : `${page.title} · ${site.title}`,
    description: page.description,
    stylesheets: page.stylesheets ?? [],
    ...(faviconUrl === undefined ? {} : { favicon: { url: faviconUrl, type: ICON_TYPES[extension] ?? "image/png" } }),
    fontPreloads: PRELOADED_FONTS.flatMap((font) => blog.files.siteFile(font) ?? []),
    nav: markCurrent(JSON.parse(links) as NavLink[], route, site, blog.taxonomy),
    footerNav: [
      { title: t("archives"), url: archiveIndexUrl() },
      { title: t("categories"), url: termIndexUrl("category") },
      { title: t("tags"), url: termIndexUrl("tag") },
      ...(site.search ? [{ title: t("search"), url: searchUrl() }] : []),
      ...blog.pages.map((standalone) => ({ title: standalone.title, url: standalone.url })),
    ],
    searchBox: site.search && route.kind !== "search",
    shared: (key, make) => blog.shared.get(key, [], make),
    headMeta: headMetaView(route, blog, page.title, page.description),
  };
}

/** Code's colours: only pages whose body has code link them (a render-blocking request fewer elsewhere). */
export const CODE_STYLESHEET = "/assets/css/code.css";

/** The stylesheets a rendered body needs beyond the site's: code colours, KaTeX's for math. */
export function bodyStylesheets(html: string, hasMath: boolean): string[] {
  return [...(html.includes("<code") ? [CODE_STYLESHEET] : []), ...(hasMath ? [KATEX_STYLESHEET] : [])];
}
