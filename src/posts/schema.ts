// The one schema for a post's front matter: what authors may write, checked and normalised once.
import type { DateTime } from "luxon";
import { z } from "zod";
import { DATE_FORMS_HINT, parsePostDate } from "../dates.ts";
import { isNameListValue, nameList } from "./jekyll.ts";

/** What the schema needs to know about the site: the zone for dates, and the layouts that exist. */
export interface SchemaContext {
  timeZone: string;
  layouts: readonly string[];
}

/** Keys this schema reads; every other key is kept, untouched, in `extra` for layouts to use. */
const KNOWN_KEYS = [
  "title",
  "date",
  "author",
  "excerpt",
  "image",
  "layout",
  "permalink",
  "published",
  "draft",
  "categories",
  "category",
  "tags",
  "tag",
  "toc",
  "redirect_from",
  "redirect_to",
] as const;

/** Titles like `2024` or `1984` are read by YAML as numbers: they are still titles. */
const text = z.union([z.string(), z.number()]).transform(String);

const nameListValue = z.unknown().refine(isNameListValue, {
  message: 'must be a name or a list of names, such as "AI" or [AI, Chips].',
});

const flag = (key: string) =>
  z.boolean({ error: `${key} must be true or false (written without quotes).` }).optional();

/** A path under the site (`assets/images/x.jpg`, `/assets/x.jpg`) or an http(s) URL; never `javascript:`. */
const imageReference = text.refine((value) => /^(https?:\/\/|\/\/)/i.test(value) || !/^[a-z][a-z0-9+.-]*:/i.test(value), {
  message: "image must be a path such as assets/images/photo.jpg or an http(s) URL.",
});

/** jekyll-redirect-from's `redirect_from`: one old site path or a list of them (empty entries dropped, as it drops nil). */
const redirectFrom = z
  .union([z.string(), z.array(z.union([z.string(), z.null()]))], {
    error: "redirect_from must be a path or a list of paths, such as /old/url/ or [/old/, /older/].",
  })
  .transform((value) => (Array.isArray(value) ? value : [value]).filter((from): from is string => !!from?.trim()));

/** jekyll-redirect-from's `redirect_to`: an http(s) URL or a site path (a list means its first entry, as there). */
const redirectTo = z
  .union([z.string(), z.array(z.string()).min(1)], {
    error: "redirect_to must be an http(s) URL or a site path, such as https://example.org/new/ or /new/.",
  })
  .transform((value) => (Array.isArray(value) ? value[0]! : value).trim())
  .refine((value) => /^https?:\/\/[^/]/i.test(value) || (value.startsWith("/") && !value.startsWith("//")), {
    error: "redirect_to must be an http(s) URL or a site path, such as https://example.org/new/ or /new/.",
  });

/** The front matter schema for one site. */
export function frontMatterSchema(context: SchemaContext) {
  const postDate = text.transform((value, issue): DateTime => {
    const date = parsePostDate(value, context.timeZone);
    if (date) return date;
    issue.issues.push({ code: "custom", input: value, message: `date "${value}" is not a valid date. ${DATE_FORMS_HINT}` });
    return z.NEVER;
  });

  return z
    .looseObject({
      title: z
        .union([z.string(), z.number()], {
          error: (issue) =>
            issue.input === undefined
              ? 'title is missing. Add a line such as title: "My first post" to the front matter.'
              : 'title must be text, such as title: "My first post".',
        })
        .transform(String)
        .pipe(z.string().trim().min(1, { error: 'title is empty. Give the post a title, such as title: "My first post".' })),
      date: postDate.optional(),
      author: text.optional(),
      excerpt: text.optional(),
      image: imageReference.optional(),
      layout: z
        .string()
        .refine((layout) => context.layouts.includes(layout), {
          error: (issue) =>
            `layout "${String(issue.input)}" is not a layout of this site. Use one of: ${context.layouts.join(", ")} (or leave it out).`,
        })
        .optional(),
      permalink: text.optional(),
      published: flag("published"),
      draft: flag("draft"),
      categories: nameListValue.optional(),
      category: nameListValue.optional(),
      tags: nameListValue.optional(),
      tag: nameListValue.optional(),
      /** `toc: true` shows a table of contents built from the post's headings (as Mediumish does). */
      toc: flag("toc"),
      redirect_from: redirectFrom.optional(),
      redirect_to: redirectTo.optional(),
    })
    .transform((data) => ({
      title: data.title,
      date: data.date,
      author: data.author,
      excerpt: data.excerpt,
      image: data.image,
      layout: data.layout ?? "post",
      permalink: data.permalink,
      draft: data.draft === true || data.published === false,
      categories: nameList(data.categories, data.category),
      tags: nameList(data.tags, data.tag),
      toc: data.toc === true,
      /** Old site paths that get a redirect page to this post. */
      redirectFrom: data.redirect_from ?? [],
      /** Where this post's own page sends readers instead of showing the post. */
      redirectTo: data.redirect_to,
      extra: Object.fromEntries(
        Object.entries(data).filter(([key]) => !(KNOWN_KEYS as readonly string[]).includes(key)),
      ) as Readonly<Record<string, unknown>>,
    }));
}

/** A post's front matter after validation: every Jekyll form already normalised. */
export type FrontMatter = z.output<ReturnType<typeof frontMatterSchema>>;

export interface FieldIssue {
  field: string | undefined;
  message: string;
}

export type FrontMatterResult = { ok: true; value: FrontMatter } | { ok: false; issues: FieldIssue[] };

/** Builds the schema once per site and returns a validator: normalised value, or every problem found. */
export function frontMatterValidator(context: SchemaContext): (data: Record<string, unknown>) => FrontMatterResult {
  const schema = frontMatterSchema(context);
  return (data) => {
    const result = schema.safeParse(data);
    if (result.success) return { ok: true, value: result.data };
    const issues = result.error.issues.map((issue) => {
      const field = issue.path[0] === undefined ? undefined : String(issue.path[0]);
      return { field, message: describeIssue(field, issue.message) };
    });
    return { ok: false, issues };
  };
}

/** Zod's own messages ("Invalid input: expected string") are rewritten to say which key and what to write. */
function describeIssue(field: string | undefined, message: string): string {
  if (field === undefined) return message;
  if (message.startsWith(field) || message.startsWith(`date "`) || message.startsWith("image ")) return message;
  if (message.startsWith("must be")) return `${field} ${message}`;
  return `${field} must be text, such as ${field}: "…" (${message}).`;
}
