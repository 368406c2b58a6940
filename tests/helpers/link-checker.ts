// Walks a built site as a host would serve it and reports every internal link that leads nowhere.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { XMLParser } from "fast-xml-parser";
import { Parser } from "htmlparser2";

/** Attributes that hold a URL a browser or a reader follows. */
const URL_ATTRIBUTES = new Set(["href", "src", "poster", "action", "formaction", "cite", "data"]);
/** Social-card and similar `<meta content>` values that are URLs. */
const URL_META = new Set(["og:url", "og:image", "twitter:image"]);

export interface ServedAt {
  /** The address the site is served from, e.g. "https://example.org". */
  origin: string;
  /** The subfolder, e.g. "/blog/" or "/". */
  pathPrefix: string;
}

export interface BrokenLink {
  /** The file the link is in, relative to the output: `/tags/ai/index.html`. */
  file: string;
  url: string;
  reason: string;
}

export interface LinkReport {
  /** How many links to the site itself were followed. */
  checked: number;
  broken: BrokenLink[];
}

interface Page {
  urls: string[];
  ids: Set<string>;
}

/** Every URL and id in a piece of HTML. */
function readHtml(html: string): Page {
  const page: Page = { urls: [], ids: new Set() };
  const parser = new Parser({
    onopentag(name, attributes) {
      for (const [key, value] of Object.entries(attributes)) {
        if (URL_ATTRIBUTES.has(key)) page.urls.push(value.trim());
        if (key === "srcset") page.urls.push(...value.split(",").map((part) => part.trim().split(/\s+/)[0]!));
        if (key === "id") page.ids.add(value);
      }
      if (name === "meta" && URL_META.has(attributes.property ?? attributes.name ?? "")) {
        page.urls.push(attributes.content ?? "");
      }
    },
  });
  parser.write(html);
  parser.end();
  return page;
}

/** URLs in a feed or sitemap: `href` attributes, `<id>`, `<loc>`, and those inside entries' HTML content. */
function readXml(xml: string): string[] {
  const urls: string[] = [];
  const walk = (node: unknown, key: string): void => {
    if (Array.isArray(node)) return node.forEach((item) => walk(item, key));
    if (node !== null && typeof node === "object") {
      // An element with attributes keeps its text under "#text": the text still belongs to the element.
      for (const [childKey, child] of Object.entries(node)) walk(child, childKey === "#text" ? key : childKey);
      return;
    }
    if (typeof node !== "string") return;
    if (["@_href", "@_scheme", "loc", "id"].includes(key)) urls.push(node);
    if (key === "content") urls.push(...readHtml(node).urls);
  };
  walk(new XMLParser({ ignoreAttributes: false, textNodeName: "#text" }).parse(xml), "");
  return urls.map((url) => url.trim());
}

/** URLs in a JSON Feed. */
function readJsonFeed(json: string): string[] {
  const feed = JSON.parse(json) as { home_page_url: string; feed_url: string; items: Record<string, string>[] };
  return [
    feed.home_page_url,
    feed.feed_url,
    ...feed.items.flatMap((item) => [item.url!, item.image ?? "", ...readHtml(item.content_html ?? "").urls]),
  ].filter((url) => url !== "");
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** The URL a host serves a file at: `/blog/tags/index.html` is `/blog/tags/`. */
function servedUrl(relative: string, pathPrefix: string): string {
  return `${pathPrefix}${relative.replace(/(^|\/)index\.html$/, "$1")}`;
}

/** Follows every internal link of every page, feed, sitemap and robots.txt in `output`. */
export function checkLinks(output: string, servedAt: ServedAt): LinkReport {
  const origin = new URL(servedAt.origin).origin;
  const files = listFiles(output);
  const pages = new Map<string, Page>();
  const sources = new Map<string, string[]>();
  for (const file of files) {
    const relative = path.relative(output, file).split(path.sep).join("/");
    const text = () => readFileSync(file, "utf8");
    if (file.endsWith(".html")) {
      const page = readHtml(text());
      pages.set(file, page);
      sources.set(relative, page.urls);
    } else if (file.endsWith(".xml")) sources.set(relative, readXml(text()));
    // Only the JSON Feed: Pagefind's index files (pagefind/*.json) hold no links.
    else if (file.endsWith("/feed.json")) sources.set(relative, readJsonFeed(text()));
    else if (file.endsWith("robots.txt"))
      sources.set(
        relative,
        [...text().matchAll(/^Sitemap:\s*(\S+)/gm)].map((m) => m[1]!),
      );
  }

  const report: LinkReport = { checked: 0, broken: [] };
  for (const [relative, urls] of sources) {
    const base = `${origin}${servedUrl(relative, servedAt.pathPrefix)}`;
    for (const url of urls) {
      const broken = (reason: string) => report.broken.push({ file: `/${relative}`, url, reason });
      if (url === "") {
        broken("empty URL");
        continue;
      }
      let target: URL;
      try {
        target = new URL(url, base);
      } catch {
        broken("not a URL");
        continue;
      }
      if (target.protocol === "javascript:") broken("javascript: URL");
      if (target.origin !== origin) continue; // another site, mailto:, data:
      report.checked += 1;
      const sitePath = decodeURIComponent(target.pathname);
      if (!sitePath.startsWith(servedAt.pathPrefix)) {
        broken(`outside the site's folder ${servedAt.pathPrefix}`);
        continue;
      }
      const local = path.join(output, sitePath.slice(servedAt.pathPrefix.length));
      // `/2016/x` is served from `/2016/x.html` when there is no file `x` (GitHub Pages, Netlify, Eleventy's server).
      const file = sitePath.endsWith("/")
        ? path.join(local, "index.html")
        : existsSync(local) || !existsSync(`${local}.html`)
          ? local
          : `${local}.html`;
      if (!existsSync(file) || statSync(file).isDirectory()) {
        broken(`no file ${path.relative(output, file)}`);
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (fragment !== "" && !pages.get(file)?.ids.has(fragment)) broken(`no element with id "${fragment}"`);
    }
  }
  return report;
}
