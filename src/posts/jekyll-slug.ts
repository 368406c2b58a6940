// Jekyll's own slugs for post URLs (`Jekyll::Utils.slugify`), kept apart from slug.ts so imported URLs stay Jekyll's.

/**
 * The character runs each of Jekyll's slugify modes turns into one hyphen (jekyll/lib/jekyll/utils.rb,
 * SLUGIFY_*_REGEXP). "pretty" keeps `._~!$&'()+,;=@`, which URLs show unescaped; "default" keeps only
 * letters, marks and decimal digits of every script.
 */
const REPLACED = {
  raw: /\s+/gu,
  default: /[^\p{M}\p{L}\p{Nd}]+/gu,
  pretty: /[^\p{M}\p{L}\p{Nd}._~!$&'()+,;=@]+/gu,
  ascii: /[^A-Za-z0-9]+/g,
} as const;

export type JekyllSlugMode = keyof typeof REPLACED;

/**
 * `Jekyll::Utils.slugify(text, mode:, cased:)`: runs of other characters become one hyphen, a leading and
 * a trailing hyphen are dropped, and the result is lower-cased unless `cased`. `:title` in a permalink is
 * `slugify(slug, mode: "pretty", cased: true)`: "Hello World Caps" → "Hello-World-Caps", "C++-and-C#" → "C++-and-C".
 */
export function jekyllSlugify(text: string, mode: JekyllSlugMode = "default", cased = false): string {
  // Ruby's gsub!(/^-|-$/) removes one hyphen at each end, which is all a run-collapsing replace leaves.
  const slug = text.replace(REPLACED[mode], "-").replace(/^-|-$/g, "");
  return cased ? slug : slug.toLowerCase();
}

/**
 * Jekyll's `Document::DATE_FILENAME_MATCHER`: a post's file name is `<date>-<slug>.<ext>`, where the date
 * may be unpadded (`2016-1-5-x.md`). Its slug keeps the author's case and characters.
 */
const DATED_FILE_NAME = /^(\d{2,4}-\d{1,2}-\d{1,2})-(.*)\.[^.]+$/s;

/** The name parts Jekyll's URL placeholders are made of, from a post's file name. */
export interface FileNameParts {
  /** The file name without its extension (`:name` slugifies it, date and all). */
  basename: string;
  /** The part after the date, trailing dots dropped (`Document#populate_title`); the whole base name when undated. */
  slug: string;
}

export function fileNameParts(fileName: string): FileNameParts {
  const basename = fileName.replace(/\.[^.]*$/, "");
  const dated = DATED_FILE_NAME.exec(fileName);
  const slug = (dated ? dated[2]! : basename).replace(/\.+$/, "");
  return { basename, slug };
}
