// The header's links as plain data: what the `nav` setting names (or the default), and which one the page is in.
import type { Route } from "../pages/route.ts";
import { archiveIndexUrl, searchUrl, termIndexUrl, termUrl } from "../pages/urls.ts";
import { slug } from "../posts/slug.ts";
import type { SiteSettings } from "../site.ts";
import type { StandalonePage } from "../standalone-pages/load-pages.ts";
import type { Taxonomy } from "../taxonomy/terms.ts";
import type { Translate } from "../i18n/interface-strings.ts";
import path from "node:path";

export interface NavLink {
  readonly title: string;
  readonly url: string;
}

/** A nav link as a page shows it: `page` on the page itself, `true` on a page inside its section. */
export interface NavItem extends NavLink {
  readonly current?: "page" | "true";
}

/** Thrown for a `nav` entry that names nothing the site has; the build reports it as a content error of site.config.ts. */
export class NavSettingError extends Error {
  override name = "NavSettingError";
}

type NavSite = Pick<SiteSettings, "nav" | "navCategories" | "search" | "categoryPermalink" | "tagPermalink">;

/** The header's links, in order: the `nav` setting's, or a few big categories, the pages, then the indexes. */
export function navLinks(site: NavSite, taxonomy: Taxonomy, pages: readonly StandalonePage[], t: Translate): NavLink[] {
  const entries = site.nav ?? defaultNav(site, taxonomy, pages);
  return entries.flatMap((entry) => {
    if (typeof entry !== "string") return [entry];
    const link = namedLink(entry, site, taxonomy, pages, t);
    return "missing" in link ? [] : [link];
  });
}

/**
 * The `nav` entries that name a category, tag or page the site does not have (yet, or any more): each is left
 * out of the header, and the build warns, rather than linking to a page that does not exist.
 */
export function navMisses(site: NavSite, taxonomy: Taxonomy, pages: readonly StandalonePage[], t: Translate): string[] {
  return (site.nav ?? []).flatMap((entry) => {
    if (typeof entry !== "string") return [];
    const link = namedLink(entry, site, taxonomy, pages, t);
    return "missing" in link ? [link.missing] : [];
  });
}

function defaultNav(site: NavSite, taxonomy: Taxonomy, pages: readonly StandalonePage[]): string[] {
  // The biggest categories (most posts; ties by name, as the taxonomy sorts them), so the header
  // no longer grows with every category.
  const biggest = [...taxonomy.categories]
    .sort((a, b) => b.posts.length - a.posts.length)
    .slice(0, site.navCategories)
    .map((term) => `category:${term.name}`);
  const pageEntries = pages.map((page) => `page:${pageName(page)}`);
  return [...biggest, ...pageEntries, "categories", "tags", "archives", ...(site.search ? ["search"] : [])];
}

/** `pages/about.md` is `about` in the `nav` setting. */
function pageName(page: StandalonePage): string {
  return path.posix.basename(page.source).replace(/\.(md|markdown)$/i, "");
}

function namedLink(
  entry: string,
  site: NavSite,
  taxonomy: Taxonomy,
  pages: readonly StandalonePage[],
  t: Translate,
): NavLink | { missing: string } {
  switch (entry) {
    case "categories":
      return { title: t("categories"), url: termIndexUrl("category") };
    case "tags":
      return { title: t("tags"), url: termIndexUrl("tag") };
    case "archives":
      return { title: t("archives"), url: archiveIndexUrl() };
    case "search":
      return { title: t("search"), url: searchUrl() };
  }
  const [kind, ...rest] = entry.split(":");
  const name = rest.join(":").trim();
  if (kind === "category" || kind === "tag") {
    const wanted = slug(name);
    const terms = kind === "category" ? taxonomy.categories : taxonomy.tags;
    const term = terms.find((candidate) => candidate.slug === wanted || candidate.name === name);
    if (term) return { title: term.name, url: termUrl(term, site) };
    return {
      missing: `nav names ${kind} "${name}", which no public post has, so the header leaves it out. Use one of: ${terms.map((term) => term.name).join(", ") || "(none yet)"}.`,
    };
  }
  if (kind === "page") {
    const page = pages.find((candidate) => pageName(candidate) === name);
    if (page) return { title: page.title, url: page.url };
    return {
      missing: `nav names page "${name}", and the pages folder has no ${name}.md, so the header leaves it out.`,
    };
  }
  throw new NavSettingError(
    `nav entry "${entry}" is not one this site knows. Use "categories", "tags", "archives", "search", "category:<name>", "page:<file name>" or { title, url }.`,
  );
}

/** The URL of the section a page belongs to, and whether it is that section's own page. */
export function sectionOf(route: Route, site: NavSite, taxonomy: Taxonomy): { url: string; own: boolean } | undefined {
  switch (route.kind) {
    case "post": {
      const category = route.post.categories[0];
      return category === undefined
        ? undefined
        : { url: termUrl(taxonomy.term("category", category), site), own: false };
    }
    case "list":
      return route.term === undefined ? undefined : { url: termUrl(route.term, site), own: route.page.number === 1 };
    case "term-index":
      return { url: route.url, own: true };
    case "archive":
      return { url: archiveIndexUrl(), own: false };
    case "archive-index":
    case "search":
    case "page":
      return { url: route.url, own: true };
    default:
      return undefined;
  }
}

/** Marks the link of the page's section: the page itself (`aria-current="page"`) or the section it is in. */
export function markCurrent(links: readonly NavLink[], route: Route, site: NavSite, taxonomy: Taxonomy): NavItem[] {
  const section = sectionOf(route, site, taxonomy);
  let index = section === undefined ? -1 : links.findIndex((link) => link.url === section.url);
  // A post or list in a category the nav does not name is still in "Categories"; a tag page in "Tags".
  if (index === -1 && (route.kind === "post" || (route.kind === "list" && route.term?.kind === "category")))
    index = links.findIndex((link) => link.url === termIndexUrl("category"));
  if (index === -1 && route.kind === "list" && route.term?.kind === "tag")
    index = links.findIndex((link) => link.url === termIndexUrl("tag"));
  return links.map((link, position) =>
    position !== index ? link : { ...link, current: section?.own && section.url === link.url ? "page" : "true" },
  );
}
