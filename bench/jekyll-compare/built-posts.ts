// What this project built for each post, as search engines read it: every page's JSON-LD BlogPosting.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { BuiltPost } from "./compare.ts";

const JSON_LD = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/g;

/** The BlogPosting of one page's HTML, if it has one. */
export function blogPostingOf(html: string): BuiltPost | undefined {
  for (const match of html.matchAll(JSON_LD)) {
    let data: unknown;
    try {
      data = JSON.parse(match[1]!);
    } catch {
      continue;
    }
    const entry = data as { "@type"?: unknown; url?: unknown; headline?: unknown; datePublished?: unknown };
    if (entry["@type"] === "BlogPosting" && typeof entry.url === "string") {
      return {
        url: entry.url,
        title: typeof entry.headline === "string" ? entry.headline : "",
        date: typeof entry.datePublished === "string" ? entry.datePublished : "",
      };
    }
  }
  return undefined;
}

/** Every post page under a built site folder. */
export function builtPosts(output: string): BuiltPost[] {
  const posts: BuiltPost[] = [];
  for (const entry of readdirSync(output, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith(".html")) continue;
    const post = blogPostingOf(readFileSync(path.join(entry.parentPath, entry.name), "utf8"));
    if (post !== undefined) posts.push(post);
  }
  return posts;
}

/** The site's pathPrefix as the build applied it: the path of the home page's canonical URL ("/" when there is none). */
export function builtPathPrefix(output: string): string {
  let html: string;
  try {
    html = readFileSync(path.join(output, "index.html"), "utf8");
  } catch {
    return "/";
  }
  const href = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
  return href === undefined ? "/" : new URL(href.replace(/&amp;/g, "&"), "https://invalid/").pathname;
}
