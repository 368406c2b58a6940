// `npm run check` without the command line: reads the posts with the build's own code, then runs every rule.
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { DateTime } from "luxon";
import { assembleBlog, isPublic, readBlogSources } from "../load-blog.ts";
import { findPostFiles } from "../posts/post-files.ts";
import type { SiteSettings } from "../site.ts";
import { normaliseText } from "../source-text.ts";
import { sortProblems } from "../problems/problem.ts";
import { fromContentError, type Diagnostic } from "./diagnostic.ts";
import { postLinks } from "./post-links.ts";
import { siteIndex } from "./resolve-link.ts";
import type { CheckedPost, Rule } from "./rule.ts";
import { RULES } from "./rules.ts";

export interface CheckOptions {
  site: SiteSettings;
  root: string;
  /** Decides which posts are scheduled, as the build time does. */
  now: DateTime;
  /** This project's post layouts (src/posts/layout-names.ts when not given). */
  layouts?: readonly string[];
  rules?: readonly Rule[];
}

export interface CheckReport {
  /** Post files checked. */
  readonly posts: number;
  /** Sorted by file and line. */
  readonly diagnostics: readonly Diagnostic[];
  readonly errors: number;
  readonly warnings: number;
}

/**
 * Every error the build would stop on, then every warning. Errors are found as a preview builds the site
 * (drafts and future posts included), so a clash with a draft is found before the draft is published.
 */
export async function runCheck(options: CheckOptions): Promise<CheckReport> {
  const { site, root, now } = options;
  const sources = await readBlogSources(site, { root, now, layouts: options.layouts });
  const { blog: preview, errors } = assembleBlog({ ...site, includeDrafts: true, includeFuture: true }, sources, {
    root,
    now,
  });
  // Standalone pages are read as posts, so every rule checks them too (a page is public unless a draft).
  const posts = await Promise.all(
    [...sources.posts, ...sources.pages].map(async (post): Promise<CheckedPost> => ({
      post,
      text: normaliseText(await readFile(path.join(root, post.source), "utf8")),
      isPublic: sources.pages.includes(post) ? !post.draft : isPublic(post, site, now),
      links: postLinks(post, sources.markdown),
    })),
  );
  const context = { site, root, posts, sources, preview, index: siteIndex(site, root, preview.routes, sources.posts) };
  const diagnostics = sortProblems([
    ...errors.map(fromContentError),
    ...(options.rules ?? RULES).flatMap((rule) => rule.check(context)),
  ]);
  const files = await findPostFiles(path.resolve(root, site.postsDir));
  return {
    posts: files.length,
    diagnostics,
    errors: diagnostics.filter((diagnostic) => diagnostic.level === "error").length,
    warnings: diagnostics.filter((diagnostic) => diagnostic.level === "warning").length,
  };
}
