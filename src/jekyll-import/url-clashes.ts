// Imported posts whose URL another page already has, found by the build's own pipeline (drafts and future posts included).
import type { DateTime } from "luxon";
import { emptyAuthors } from "../authors/load-authors.ts";
import { assembleBlog } from "../load-blog.ts";
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
    let excluded = false;
    for (const error of assembleBlog(preview, sources, { root, now }).errors) {
      // The build names one post as the error's file and the other in its message; the later one is left out.
      const mentioned = [...candidates.keys()].find(
        (source) => source !== error.file && error.message.includes(source),
      );
      if (mentioned !== undefined) {
        clashing.set(
          mentioned,
          `its URL ${candidates.get(mentioned)!.url} is also the URL of ${error.file}. Give one of them another permalink (or file name).`,
        );
      } else if (candidates.has(error.file)) {
        clashing.set(error.file, error.message);
      } else {
        continue;
      }
      excluded = true;
      break;
    }
    if (!excluded) return clashing;
  }
}
