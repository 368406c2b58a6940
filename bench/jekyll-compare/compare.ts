// The comparison itself, as plain functions over plain data: Jekyll's posts against the pages this project built.

/** One post as Jekyll computed it (written by jekyll-plugins/post-list.rb). */
export interface JekyllPost {
  /** Relative to the Jekyll site's source folder: `_posts/2020-01-02-x.md`, `en/news/_posts/…`. */
  path: string;
  /** Jekyll's `url`, without `baseurl`. */
  url: string;
  title: string | null;
  /** ISO 8601 with the site's offset: `2020-01-02T10:00:00-07:00`. */
  date: string;
}

/** One post page this project built, read from its JSON-LD `BlogPosting`. */
export interface BuiltPost {
  /** The page's path from the site root, pathPrefix included: `/blog/2020/01/02/x/`. */
  url: string;
  title: string;
  /** RFC 3339 in the site's time zone. */
  date: string;
}

/** What the importer said about one Jekyll file: where its post went, or why it did not. */
export interface ImportOutcome {
  /** The URL the importer gave the post, when it imported it. */
  url?: string;
  /** The first error line, when it did not. */
  error?: string;
}

export interface Unmatched {
  path: string;
  jekyllUrl: string;
  /** What kept it from matching, the same text for every post it kept out (the group it is listed under). */
  cause: string;
  /** This post's own part, when the cause has one: `jekyll /a.html vs here /a/`. */
  detail?: string;
}

export interface PostDifference {
  path: string;
  url: string;
  field: "title" | "date";
  jekyll: string;
  here: string;
}

export interface BlogComparison {
  blog: string;
  /** Posts Jekyll builds. */
  jekyll: number;
  /** Post pages this project built. */
  built: number;
  urlMatches: number;
  titleMatches: number;
  dateMatches: number;
  /** Jekyll posts without a page at the same URL here, each with its cause. */
  unmatched: Unmatched[];
  /** Matched URLs whose title or date differs. */
  differences: PostDifference[];
  /** Set when the blog could not be compared at all (Jekyll could not read it, the build failed…). */
  note?: string;
}

/**
 * One form for a URL on both sides: the path only, percent-escapes decoded, NFC, `index.html` as its folder,
 * and the prefix (Jekyll's `baseurl`, this project's `pathPrefix`) removed.
 */
export function normaliseUrl(url: string, prefix = "/"): string {
  let pathname = url;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url) || url.startsWith("//")) {
    pathname = new URL(url, "https://invalid/").pathname;
  }
  pathname = safeDecode(pathname).normalize("NFC");
  if (!pathname.startsWith("/")) pathname = `/${pathname}`;
  const base = `/${safeDecode(prefix).replace(/^\/+|\/+$/g, "")}`;
  if (base !== "/" && (pathname === base || pathname.startsWith(`${base}/`))) {
    pathname = pathname.slice(base.length) || "/";
  }
  return pathname.replace(/\/index\.html?$/i, "/");
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  ndash: "–",
  mdash: "—",
  hellip: "…",
  lsquo: "‘",
  rsquo: "’",
  ldquo: "“",
  rdquo: "”",
  copy: "©",
  reg: "®",
  trade: "™",
};

/** A title as a reader sees it: HTML entities decoded, every run of white space (nbsp too) one space. */
export function normaliseTitle(title: string | null | undefined): string {
  return (title ?? "")
    .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
      if (name.startsWith("#")) {
        const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      }
      return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
    })
    .replace(/[\s\u00a0]+/g, " ")
    .trim()
    .normalize("NFC");
}

/** The calendar date an ISO or RFC 3339 timestamp names, in the zone it is written in. */
export function calendarDate(timestamp: string): string {
  return /^\d{4}-\d{2}-\d{2}/.exec(timestamp.trim())?.[0] ?? timestamp;
}

export interface CompareInput {
  blog: string;
  jekyll: readonly JekyllPost[];
  jekyllBaseurl: string;
  built: readonly BuiltPost[];
  pathPrefix: string;
  /** By Jekyll path; what the importer did with each file. */
  imports: ReadonlyMap<string, ImportOutcome>;
  /** Why nothing was built, when the build failed: the cause of every post without a page. */
  buildError?: string;
}

export function compareBlog(input: CompareInput): BlogComparison {
  const builtByUrl = new Map<string, BuiltPost>();
  for (const post of input.built) builtByUrl.set(normaliseUrl(post.url, input.pathPrefix), post);
  const result: BlogComparison = {
    blog: input.blog,
    jekyll: input.jekyll.length,
    built: input.built.length,
    urlMatches: 0,
    titleMatches: 0,
    dateMatches: 0,
    unmatched: [],
    differences: [],
  };
  for (const post of input.jekyll) {
    const url = normaliseUrl(post.url, input.jekyllBaseurl);
    const here = builtByUrl.get(url);
    if (here === undefined) {
      result.unmatched.push({ path: post.path, jekyllUrl: url, ...unmatchedCause(input, post, url) });
      continue;
    }
    result.urlMatches += 1;
    const titles = [normaliseTitle(post.title), normaliseTitle(here.title)] as const;
    if (titles[0] === titles[1]) result.titleMatches += 1;
    else result.differences.push({ path: post.path, url, field: "title", jekyll: titles[0], here: titles[1] });
    const dates = [calendarDate(post.date), calendarDate(here.date)] as const;
    if (dates[0] === dates[1]) result.dateMatches += 1;
    else result.differences.push({ path: post.path, url, field: "date", jekyll: post.date, here: here.date });
  }
  return result;
}

function unmatchedCause(input: CompareInput, post: JekyllPost, url: string): Pick<Unmatched, "cause" | "detail"> {
  const outcome = input.imports.get(post.path);
  if (outcome?.error !== undefined) return { cause: outcome.error };
  if (input.buildError !== undefined) return { cause: `build failed: ${input.buildError}` };
  if (outcome?.url !== undefined) {
    const ours = normaliseUrl(outcome.url, input.pathPrefix);
    if (ours !== url)
      return { cause: `URL differs: ${urlDifference(url, ours)}`, detail: `jekyll ${url} vs here ${ours}` };
    return { cause: "imported, but no page was built at its URL", detail: ours };
  }
  return { cause: "not imported, and the importer said nothing about it" };
}

/** Each cause with the posts it kept out, the commonest first. */
export function groupCauses(
  comparisons: readonly BlogComparison[],
): Array<{ cause: string; posts: Array<Unmatched & { blog: string }> }> {
  const groups = new Map<string, Array<Unmatched & { blog: string }>>();
  for (const comparison of comparisons) {
    for (const item of comparison.unmatched) {
      const list = groups.get(item.cause) ?? [];
      list.push({ ...item, blog: comparison.blog });
      groups.set(item.cause, list);
    }
  }
  return [...groups]
    .map(([cause, posts]) => ({ cause, posts }))
    .sort((a, b) => b.posts.length - a.posts.length || (a.cause < b.cause ? -1 : a.cause > b.cause ? 1 : 0));
}

/**
 * The shape of a URL difference, the same for every post it hits: the two URLs as patterns
 * (`/:cat/:year/:month/:day/:title/` vs `/:year/:month/:day/:title/`), or, when the patterns agree, which part differs.
 */
export function urlDifference(jekyll: string, here: string): string {
  const [a, b] = [urlPattern(jekyll, here), urlPattern(here, jekyll)];
  if (a.pattern !== b.pattern) return `jekyll ${a.pattern} vs here ${b.pattern}`;
  const parts: string[] = [];
  if (a.date !== b.date) parts.push("date");
  if (a.title !== b.title) parts.push("slug");
  if (a.middle !== b.middle) parts.push("folders");
  return `same pattern ${a.pattern}, different ${parts.join(" and ") || "text"}`;
}

function urlPattern(url: string, other: string) {
  const segments = url.split("/").filter((segment) => segment !== "");
  const otherSegments = new Set(other.split("/"));
  const trailing = url.endsWith("/") ? "/" : "";
  const date: string[] = [];
  const middle: string[] = [];
  let title = "";
  const tokens = segments.map((segment, index) => {
    if (index === segments.length - 1 && !/^\d+$/.test(segment)) {
      const extension = /\.[a-z]+$/i.exec(segment)?.[0] ?? "";
      title = segment.slice(0, segment.length - extension.length);
      return `:title${extension}`;
    }
    if (/^\d{4}$/.test(segment) && date.length === 0) {
      date.push(segment);
      return ":year";
    }
    if (/^\d{2}$/.test(segment) && (date.length === 1 || date.length === 2)) {
      date.push(segment);
      return date.length === 2 ? ":month" : ":day";
    }
    middle.push(segment);
    return otherSegments.has(segment) ? segment : ":folder";
  });
  return {
    pattern: `/${tokens.join("/")}${tokens.length > 0 ? trailing : ""}`,
    date: date.join("/"),
    title,
    middle: middle.join("/"),
  };
}
