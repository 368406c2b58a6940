// The shape of a check rule: a named function from everything the build read to the warnings it finds.
import type { Blog } from "../blog.ts";
import type { BlogSources } from "../load-blog.ts";
import type { Post } from "../posts/post.ts";
import type { SiteSettings } from "../site.ts";
import type { Diagnostic } from "./diagnostic.ts";
import type { PostLink } from "./post-links.ts";
import type { SiteIndex } from "./resolve-link.ts";

/** A post as the check sees it: the build's Post, and the file's text for rules that read lines. */
export interface CheckedPost {
  readonly post: Post;
  /** The whole file with `\n` line endings and no byte order mark, as the build reads it. */
  readonly text: string;
  /** Whether readers see the post in a real build (not a draft, not scheduled). */
  readonly isPublic: boolean;
  /** Every link and image in the body. */
  readonly links: readonly PostLink[];
}

export interface CheckContext {
  readonly site: SiteSettings;
  readonly root: string;
  /** Every post that could be read, drafts and future ones included, newest first. */
  readonly posts: readonly CheckedPost[];
  readonly sources: BlogSources;
  /** The site as a preview would build it (drafts and future posts included): its routes are every page. */
  readonly preview: Blog;
  /** The preview's pages and post files, for resolving links. */
  readonly index: SiteIndex;
}

export interface Rule {
  /** kebab-case, shown in JSON and GitHub output. */
  readonly name: string;
  /** One line: what the rule looks for. */
  readonly description: string;
  readonly check: (context: CheckContext) => Diagnostic[];
}
