// The one schema for a post's front matter: what authors may write, checked and normalised once.
import { decodeHTML } from "entities";
import type { DateTime } from "luxon";
import { z } from "zod";
import { DATE_FORMS_HINT, parsePostDate } from "../dates.ts";
import { readImage } from "./image-field.ts";
import { isNameListValue, isPersonListValue, nameList, personList } from "./jekyll.ts";
import { resolveLayout } from "./layout-names.ts";

/** What the schema needs to know about the site: the zone for dates, and how layout names map to layouts. */
export interface SchemaContext {
  timeZone: string;
  /** This project's post layouts (src/posts/layout-names.ts when not given). */
  layouts?: readonly string[];
  /** The `layouts` setting: a post's `layout` name → one of this project's layouts. */
  layoutMap?: Readonly<Record<string, string>>;
}

/** Keys this schema reads; every other key is kept, untouched, in `extra` for layouts to use. */
export const KNOWN_KEYS = [
  "title",
  "date",
  "author",
  "authors",
  "excerpt",
  "excerpt_separator",
  "description",
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
  "last_modified_at",
  "updated",
  "hidden",
  "featured",
  "redirect_from",
  "redirect_to",
] as const;

/** Titles like `2024` or `1984` are read by YAML as numbers: they are still titles. */
const text = z.union([z.string(), z.number()]).transform(String);

/**
 * Text shown from front matter, with the HTML entities Jekyll authors write (`A&nbsp;B`, `&amp;`) decoded
 * once here: Jekyll prints titles raw, so `&nbsp;` was a space there; the layouts escape plain text.
 */
const shownText = text.transform((value) => decodeHTML(value));

const nameListValue = z.unknown().refine(isNameListValue, {
  message: 'must be a name or a list of names, such as "AI" or [AI, Chips].',
});

const personListValue = z.unknown().refine(isPersonListValue, {
  message: 'must be a name or a list of names, such as "Mina Park" or [Mina Park, Badely].',
});

const flag = (key: string) => z.boolean({ error: `${key} must be true or false (written without quotes).` }).optional();

/** Absent, null, `~` and empty mean "none": Jekyll reads them all as nil. */
function isNone(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === "string" && value.trim() === "");
}

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
  const layoutMap = context.layoutMap ?? {};
  const dateOf = (key: string) =>
    text.transform((value, issue): DateTime => {
      const date = parsePostDate(value, context.timeZone);
      if (date) return date;
      issue.issues.push({
        code: "custom",
        input: value,
        message: `${key} "${value}" is not a valid date. ${DATE_FORMS_HINT}`,
      });
      return z.NEVER;
    });

  return z
    .looseObject({
      // Optional: without one, the post gets the title Jekyll makes from its file name (see post.ts).
      title: z
        .union([z.string(), z.number(), z.null()], { error: 'title must be text, such as title: "My first post".' })
        .transform((value) => (isNone(value) ? undefined : decodeHTML(String(value)).trim()))
        .optional(),
      date: dateOf("date").optional(),
      author: personListValue.optional(),
      authors: personListValue.optional(),
      excerpt: shownText.nullable().optional(),
      excerpt_separator: z.string({ error: 'excerpt_separator must be text, such as "<!--more-->".' }).optional(),
      description: shownText.nullable().optional(),
      image: z.unknown().optional(),
      header: z.unknown().optional(),
      layout: z
        .union([z.string(), z.number(), z.boolean(), z.null()], {
          error: "layout must be the name of a layout, such as post.",
        })
        .optional(),
      permalink: text.optional(),
      published: flag("published"),
      draft: flag("draft"),
      categories: nameListValue.optional(),
      category: nameListValue.optional(),
      tags: nameListValue.optional(),
      tag: nameListValue.optional(),
      /** `toc: true` shows a table of contents built from the post's headings (as Mediumish does); `false` never. */
      toc: flag("toc"),
      // jekyll-last-modified-at's key, and the shorter one other generators use.
      last_modified_at: dateOf("last_modified_at").nullable().optional(),
      updated: dateOf("updated").nullable().optional(),
      /** Mediumish: built and reachable, but left off the home page's list. */
      hidden: flag("hidden"),
      /** Mediumish: a post the layouts may show first. */
      featured: flag("featured"),
      redirect_from: redirectFrom.optional(),
      redirect_to: redirectTo.optional(),
    })
    .transform((data, context_) => {
      const image = readImage(data.image, data.header);
      for (const issue of image.issues) {
        context_.issues.push({
          code: "custom",
          input: data.image,
          path: [issue.key.split(".")[0]!],
          message: issue.message,
        });
      }
      const layoutName = isNone(data.layout) ? undefined : String(data.layout).trim();
      const excerpt = isNone(data.excerpt) ? undefined : data.excerpt!.trim();
      const description = isNone(data.description) ? undefined : data.description!.trim();
      return {
        title: data.title === "" ? undefined : data.title,
        date: data.date,
        authors: personList(data.authors, data.author),
        excerpt,
        excerptSeparator: data.excerpt_separator,
        description,
        image: image.image,
        layout: resolveLayout(layoutName, layoutMap, context.layouts).layout,
        /** The `layout` as written, when it names one: `check` warns about names the site does not map. */
        layoutName,
        permalink: data.permalink,
        draft: data.draft === true || data.published === false,
        categories: nameList(data.categories, data.category),
        tags: nameList(data.tags, data.tag),
        /** `toc: true` or `false` decides; absent, the `tableOfContents` setting does (long posts get one). */
        toc: data.toc,
        updated: data.last_modified_at ?? data.updated ?? undefined,
        hidden: data.hidden === true,
        featured: data.featured === true,
        /** Old site paths that get a redirect page to this post. */
        redirectFrom: data.redirect_from ?? [],
        /** Where this post's own page sends readers instead of showing the post. */
        redirectTo: data.redirect_to,
        extra: Object.fromEntries(
          Object.entries(data).filter(([key]) => !(KNOWN_KEYS as readonly string[]).includes(key)),
        ) as Readonly<Record<string, unknown>>,
      };
    });
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
  if (message.startsWith(field)) return message;
  if (message.startsWith("must be")) return `${field} ${message}`;
  return `${field} must be text, such as ${field}: "…" (${message}).`;
}
