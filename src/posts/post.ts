// What a post is once read: its validated front matter plus everything derived from its file.
import path from "node:path";
import type { DateTime } from "luxon";
import { dateFromFileName } from "../dates.ts";
import { ContentError } from "./content-error.ts";
import { FrontMatterError, parseFrontMatter } from "./front-matter.ts";
import { plainExcerpt, type Markdown } from "./markdown.ts";
import { PermalinkError } from "./permalink.ts";
import { checkRedirectFrom, postUrl, type PostUrl } from "./post-url.ts";
import type { FrontMatter, FrontMatterResult } from "./schema.ts";

/** A post, ready for the taxonomy and the pages: every field normalised, nothing left to guess. */
export interface Post extends Readonly<Omit<FrontMatter, "date" | "excerpt" | "title">> {
  /** Path from the project root, with forward slashes: `posts/2025-10-31-nvidia.md`. */
  readonly source: string;
  readonly title: string;
  /** The instant of publication, in the zone the author wrote it in (else the site's). */
  readonly date: DateTime;
  /** Plain text: front matter `excerpt`, else the text before `<!--more-->`, else the first paragraph. */
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
}

/** Reads one post's source into a Post, or into the content errors that stop it being one. */
export function createPost(source: string, text: string, context: PostContext): Post | ContentError[] {
  let file;
  try {
    file = parseFrontMatter(text);
  } catch (error) {
    if (error instanceof FrontMatterError) return [new ContentError(source, error.message, undefined, error.line)];
    throw error;
  }
  const lineOf = (field: string | undefined) => (field === undefined ? undefined : file.keyLines.get(field));

  const result = context.validate(file.data);
  if (!result.ok) {
    return result.issues.map((issue) => new ContentError(source, issue.message, issue.field, lineOf(issue.field)));
  }
  const matter = result.value;

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

  let where: PostUrl;
  try {
    where = postUrl({
      source,
      postsDir: context.postsDir ?? "posts",
      permalink: matter.permalink ?? context.permalink,
      date,
      timeZone: context.timeZone,
      title: matter.title,
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

  return {
    ...matter,
    source,
    title: matter.title,
    date,
    excerpt: matter.excerpt ?? plainExcerpt(context.markdown, file.body),
    categories: where.categories,
    slug: where.slug,
    url: where.url,
    body: file.body,
    bodyLine: file.bodyLine,
    fieldLines: file.keyLines,
  };
}
