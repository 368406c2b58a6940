// The sitemap (sitemaps.org protocol) and robots.txt, written as text.
import type { SiteSettings } from "../../src/site.ts";
import { formatRfc3339 } from "../../src/dates.ts";
import type { RobotsRoute, SitemapRoute } from "../../src/pages/route.ts";
import { absoluteUrl } from "../../src/pages/urls.ts";
import { element } from "./xml.ts";

export function renderSitemap(route: SitemapRoute, site: SiteSettings): string {
  return [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`,
    ...route.entries.map((entry) =>
      [
        `  <url>`,
        `    ${element("loc", {}, absoluteUrl(site, entry.url))}`,
        ...(entry.lastModified === undefined
          ? []
          : [`    ${element("lastmod", {}, formatRfc3339(entry.lastModified, site.timeZone))}`]),
        `  </url>`,
      ].join("\n"),
    ),
    `</urlset>`,
    ``,
  ].join("\n");
}

/**
 * Every crawler may read everything. Crawlers only read robots.txt at the root of a host, so on a site
 * served from a subfolder this file is inert; the sitemap is linked from it all the same.
 */
export function renderRobots(route: RobotsRoute, site: SiteSettings): string {
  return ["User-agent: *", "Disallow:", "", `Sitemap: ${absoluteUrl(site, route.sitemapUrl)}`, ""].join("\n");
}
