// Imported posts whose URL another page already has, found by the build's own pipeline (drafts and future posts included).
import type { DateTime } from "luxon";
import { emptyAuthors } from "../authors/load-authors.ts";
import { assembleBlog } from "../load-blog.ts";
import { urlClashError, type UrlClash } from "../pages/routes.ts";
import type { ContentError } from "../problems/content-error.ts";
import { compareNewestFirst } from "../posts/load-posts.ts";
import { createMarkdown, markdownOptions } from "../posts/markdown.ts";
import type { Post } from "../posts/post.ts";
import type { SiteSettings } from "../site.ts";

/**
 * The imported posts whose URL another page already has, each with the reason. One post of a clash is
 * left out at a time (an imported one, never an existing one) until the rest builds.
 */
export function clashingImports(
  site: SiteSettings,
  root: string,
  now: DateTime,
  existing: readonly Post[],
  imported: readonly Post[],
): Map<string, string> {
  const clashing = new Map<string, string>();
  const preview = { ...site, includeDrafts: true, includeFuture: true };
  for (;;) {
    const remaining = imported.filter((post) => !clashing.has(post.source));
    const sources = {
      posts: [...existing, ...remaining].sort(compareNewestFirst),
      authors: emptyAuthors(site.authorsFile),
      pages: [],
      errors: [],
      markdown: createMarkdown(markdownOptions(site)),
    };
    const candidates = new Map(remaining.map((post) => [post.source, post]));
    const built = assembleBlog(preview, sources, { root, now });
    const left = leaveOut(built.urlClashes, built.errors, candidates);
    if (left === undefined) return clashing;
    clashing.set(left.source, left.reason);
  }
}

/**
 * The one imported post to leave out next, and why. A URL clash first: of its two routes the other one
 * (the later post) if it was imported, else the blamed one if it was. Then any other error of an imported
 * post, since the build would stop on it as well. Undefined when no imported post stands in the way.
 */
function leaveOut(
  clashes: readonly UrlClash[],
  errors: readonly ContentError[],
  candidates: ReadonlyMap<string, Post>,
): { source: string; reason: string } | undefined {
  for (const clash of clashes) {
    const { blamed, other } = clash;
    const otherPost =
      other.source === undefined || other.source === blamed.source ? undefined : candidates.get(other.source);
    if (otherPost !== undefined) {
      const where = blamed.source ?? blamed.name;
      return {
        source: otherPost.source,
        reason: `its URL ${otherPost.url} is also the URL of ${where}. Give one of them another permalink (or file name).`,
      };
    }
    if (blamed.source !== undefined && candidates.has(blamed.source)) {
      return { source: blamed.source, reason: urlClashError(clash).message };
    }
  }
  const error = errors.find((candidate) => candidates.has(candidate.file));
  return error === undefined ? undefined : { source: error.file, reason: error.message };
}
