// What a post is once read: its validated front matter plus everything derived from its file.
import path from "node:path";
import type { DateTime } from "luxon";
import { dateFromFileName } from "../dates.ts";
import { ContentError } from "./content-error.ts";
import { FrontMatterError, parseFrontMatter } from "./front-matter.ts";
import { checkPostShape, checkPostSize, DEFAULT_POST_LIMITS, type PostLimits } from "./limits.ts";
import { plainExcerpt, type Markdown } from "./markdown.ts";
import { expandPermalink, PermalinkError } from "./permalink.ts";
import type { FrontMatter, FrontMatterResult } from "./schema.ts";
import { slug } from "./slug.ts";

/** A post, ready for the taxonomy and the pages: every field normalised, nothing left to guess. */
export interface Post extends Readonly<Omit<FrontMatter, "date" | "excerpt" | "title">> {
  /** Path from the project root, with forward slashes: `posts/2025-10-31-nvidia.md`. */
  readonly source: string;
  readonly title: string;
  /** The instant of publication, in the zone the author wrote it in (else the site's). */
  readonly date: DateTime;
  /** Plain text: front matter `excerpt`, else the text before `<!--more-->`, else the first paragraph. */
  readonly excerpt: string;
  /** URL segment from the file name (without its date), else from the title. */
  readonly slug: string;
  /** Site URL without the path prefix: `/2025/10/31/nvidia-strikes/`. */
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
  permalink: string;
  markdown: Markdown;
  validate: (data: Record<string, unknown>) => FrontMatterResult;
  /** The site's `limits` setting; its defaults where a caller has no site settings. */
  limits?: PostLimits;
}

/** Jekyll's `YYYY-MM-DD-` prefix and the extension are not part of a post's slug. */
function fileSlug(source: string): string {
  const stem = path.posix.basename(source).replace(/\.(md|markdown)$/i, "");
  return stem.replace(/^\d{4}-\d{2}-\d{2}(-|$)/, "");
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

  const result = context.validate(file.data);
  if (!result.ok) {
    return result.issues.map((issue) => new ContentError(source, issue.message, issue.field, lineOf(issue.field)));
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

  const stem = fileSlug(source);
  const postSlug = slug(stem === "" ? matter.title : stem);
  let url: string;
  try {
    url = expandPermalink(matter.permalink ?? context.permalink, { date, slug: postSlug, categories: matter.categories });
  } catch (error) {
    if (!(error instanceof PermalinkError)) throw error;
    const field = matter.permalink === undefined ? undefined : "permalink";
    const where = field ? "permalink" : "the site's permalink pattern gives";
    return [new ContentError(source, `${where} ${error.message}`, field, lineOf(field))];
  }

  return {
    ...matter,
    source,
    title: matter.title,
    date,
    excerpt: matter.excerpt ?? plainExcerpt(context.markdown, file.body),
    slug: postSlug,
    url,
    body: file.body,
    bodyLine: file.bodyLine,
    fieldLines: file.keyLines,
  };
}
