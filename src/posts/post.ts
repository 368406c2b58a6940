// What a post is once read: its validated front matter plus everything derived from its file.
import path from "node:path";
import type { DateTime } from "luxon";
import { dateFromFileName } from "../dates.ts";
import { ContentError } from "../problems/content-error.ts";
import { applyDefaults, type FrontMatterDefault } from "./front-matter-defaults.ts";
import { FrontMatterError, parseFrontMatter } from "./front-matter.ts";
import { checkPostShape, checkPostSize, DEFAULT_POST_LIMITS, type PostLimits } from "./limits.ts";
import { titleFromFileName } from "./jekyll.ts";
import { suggestKey } from "./key-typos.ts";
import { EXCERPT_SEPARATOR, plainExcerpt, type Markdown } from "./markdown.ts";
import { PermalinkError } from "./permalink.ts";
import { checkRedirectFrom, postUrl, type PostUrl } from "./post-url.ts";
import { KNOWN_KEYS, type FrontMatter, type FrontMatterResult } from "./schema.ts";

export type { PostImage } from "./image-field.ts";

/** Something about a post that does not stop the build but that `check` (and, for typos, the build) reports. */
export interface PostNotice {
  /** The check rule that reports it. */
  readonly rule: "key-typo" | "derived-title" | "duplicate-key";
  readonly field?: string;
  readonly line?: number;
  readonly message: string;
}

/** A post, ready for the taxonomy and the pages: every field normalised, nothing left to guess. */
export interface Post extends Readonly<Omit<FrontMatter, "date" | "excerpt" | "title" | "excerptSeparator">> {
  /** Path from the project root, with forward slashes: `posts/2025-10-31-nvidia.md`. */
  readonly source: string;
  /** Plain text (HTML entities decoded): front matter `title`, else Jekyll's title made from the file name. */
  readonly title: string;
  /** The instant of publication, in the zone the author wrote it in (else the site's). */
  readonly date: DateTime;
  /**
   * Plain text: front matter `excerpt`, else `description`, else the text before the excerpt separator
   * (`<!--more-->` unless the site or the post sets another), else the first paragraph.
   */
  readonly excerpt: string;
  /** The `:title` of its URL: front matter `slug`, else the file name without its date (case kept, as Jekyll), else the title. */
  readonly slug: string;
  /** Site URL without the path prefix, not percent-encoded: `/2025/10/31/nvidia-strikes/`, `/2016/01/05/x.html`. */
  readonly url: string;
  /** The Markdown body, rendered only when a page needs it. */
  readonly body: string;
  /** 1-based line of the body's first line, for messages about the body. */
  readonly bodyLine: number;
  /** 1-based line of each front matter key, for messages about a field. */
  readonly fieldLines: ReadonlyMap<string, number>;
  /** What `check` warns about in this post's front matter (near-miss keys, a made-up title, repeated keys). */
  readonly notices: readonly PostNotice[];
}

/** What building a post needs besides the file itself. */
export interface PostContext {
  timeZone: string;
  /** The site's `permalink` setting: a pattern or one of Jekyll's style names. */
  permalink: string;
  /** The posts folder from the project root (default `posts`): folders between it and a `_posts` folder are categories. */
  postsDir?: string;
  markdown: Markdown;
  validate: (data: Record<string, unknown>) => FrontMatterResult;
  /** The site's `limits` setting; its defaults where a caller has no site settings. */
  limits?: PostLimits;
  /** The `defaults` setting: front matter values by path, under each post's own. */
  defaults?: readonly FrontMatterDefault[];
  /** The `excerptSeparator` setting. */
  excerptSeparator?: string;
}

/** Reads one post's source into a Post, or into the content errors that stop it being one. */
export function createPost(source: string, text: string, context: PostContext): Post | ContentError[] {
  const limits = context.limits ?? DEFAULT_POST_LIMITS;
  const tooLarge = checkPostSize(source, text, limits);
  if (tooLarge) return [tooLarge];
  let file;
  try {
    file = parseFrontMatter(text);
  } catch (error) {
    if (error instanceof FrontMatterError) return [new ContentError(source, error.message, undefined, error.line)];
    throw error;
  }
  const lineOf = (field: string | undefined) => (field === undefined ? undefined : file.keyLines.get(field));

  const { data, fromDefaults } = applyDefaults(
    file.data,
    pathInPostsDir(source, context.postsDir),
    context.defaults ?? [],
  );
  const result = context.validate(data);
  if (!result.ok) {
    return result.issues.map((issue) => {
      const setting = issue.field === undefined ? undefined : fromDefaults.get(issue.field);
      // A value the post does not write itself came from a default: the fix is in the settings.
      if (setting !== undefined) {
        return new ContentError(
          source,
          `${issue.message} (The value comes from site.config.ts: defaults[${setting}].values.${issue.field}.)`,
          issue.field,
        );
      }
      return new ContentError(source, issue.message, issue.field, lineOf(issue.field));
    });
  }
  const matter = result.value;
  const terms = matter.categories.length + matter.tags.length;
  const termsLine = lineOf(["tags", "tag", "categories", "category"].find((key) => file.keyLines.has(key)));
  const overLimits = checkPostShape(source, { body: file.body, bodyLine: file.bodyLine, terms, termsLine }, limits);
  if (overLimits.length > 0) return overLimits;

  const date = matter.date ?? dateFromFileName(path.posix.basename(source), context.timeZone);
  if (!date) {
    return [
      new ContentError(
        source,
        "date is missing. Add a line such as date: 2025-10-31 to the front matter, or start the file name with the date (2025-10-31-my-post.md).",
        "date",
      ),
    ];
  }

  const notices = frontMatterNotices(file.data, file.keyLines, file.duplicateKeys);
  let title = matter.title;
  if (title === undefined || title === "") {
    title = titleFromFileName(source);
    notices.push({
      rule: "derived-title",
      field: "title",
      line: lineOf("title"),
      message: `title is missing, so the post is titled "${title}", made from its file name as Jekyll does. Add a line such as title: "${title}" to choose the title.`,
    });
  }

  let where: PostUrl;
  try {
    where = postUrl({
      source,
      postsDir: context.postsDir ?? "posts",
      permalink: matter.permalink ?? context.permalink,
      date,
      timeZone: context.timeZone,
      title,
      frontMatterSlug: typeof matter.extra.slug === "string" ? matter.extra.slug : undefined,
      categories: matter.categories,
    });
  } catch (error) {
    if (!(error instanceof PermalinkError)) throw error;
    const field = matter.permalink === undefined ? undefined : "permalink";
    const where = field ? "permalink" : "the site's permalink pattern gives";
    return [new ContentError(source, `${where} ${error.message}`, field, lineOf(field))];
  }
  const redirectErrors = checkRedirectFrom(matter.redirectFrom);
  if (redirectErrors.length > 0) {
    return redirectErrors.map((message) => new ContentError(source, message, "redirect_from", lineOf("redirect_from")));
  }

  const { excerptSeparator, ...fields } = matter;
  const separator = excerptSeparator ?? context.excerptSeparator ?? EXCERPT_SEPARATOR;
  return {
    ...fields,
    source,
    title,
    date,
    excerpt: matter.excerpt ?? matter.description ?? plainExcerpt(context.markdown, file.body, separator),
    categories: where.categories,
    slug: where.slug,
    url: where.url,
    body: file.body,
    bodyLine: file.bodyLine,
    fieldLines: file.keyLines,
    notices,
  };
}

/** The post's path inside the posts folder, as `defaults` scopes name it. */
function pathInPostsDir(source: string, postsDir: string | undefined): string {
  const folder = (postsDir ?? "").replace(/^\.?\/+|\/+$/g, "");
  return folder !== "" && source.startsWith(`${folder}/`) ? source.slice(folder.length + 1) : source;
}

/** Near-miss keys and repeated keys, in the post's own front matter (defaults are the site's business). */
function frontMatterNotices(
  own: Record<string, unknown>,
  keyLines: ReadonlyMap<string, number>,
  duplicates: ReadonlyMap<string, readonly number[]>,
): PostNotice[] {
  const notices: PostNotice[] = [];
  for (const key of Object.keys(own)) {
    const meant = suggestKey(key, KNOWN_KEYS);
    if (meant === undefined) continue;
    notices.push({
      rule: "key-typo",
      field: key,
      line: keyLines.get(key),
      message: `"${key}" is not a front matter key this site reads: did you mean \`${meant}\`? As written, it is kept as data and changes nothing.`,
    });
  }
  for (const [key, lines] of duplicates) {
    const earlier = lines.slice(0, -1);
    notices.push({
      rule: "duplicate-key",
      field: key,
      line: lines.at(-1),
      message: `"${key}" is written ${lines.length === 2 ? "twice" : `${lines.length} times`}, on line${earlier.length > 1 ? "s" : ""} ${earlier.join(", ")} and ${lines.at(-1)}: the last one is used, as in Jekyll. Remove the line${earlier.length > 1 ? "s" : ""} not meant.`,
    });
  }
  return notices;
}
