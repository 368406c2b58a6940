// Jekyll's many ways to write a list of names, normalised at the door to one `string[]`.

/**
 * `categories: business tech` (a space-separated string, as Jekyll reads it), `categories: [a, b]`,
 * and the singular `category: Elixir in Production` (one name, spaces and all) become one list.
 * Numbers become names (`tags: [2025]`); empty and null entries are dropped; order is kept and
 * repeats are removed.
 */
export function nameList(plural: unknown, singular: unknown): string[] {
  const names = [...fromPlural(plural), ...fromSingular(singular)];
  return [...new Set(names.map((name) => name.trim()).filter((name) => name !== ""))];
}

/** A list's items as names; a string is split on white space, the way Jekyll splits it. */
function fromPlural(value: unknown): string[] {
  if (typeof value === "string") return value.split(/\s+/);
  if (Array.isArray(value)) return value.flatMap(fromSingular);
  return fromSingular(value);
}

/** One name, kept whole. */
function fromSingular(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (typeof value === "number" || typeof value === "boolean") return [String(value)];
  return [];
}

/** Whether a value can be read by nameList: anything else (a map, say) is a content error. */
export function isNameListValue(value: unknown): boolean {
  const isName = (item: unknown) =>
    item === null || item === undefined || ["string", "number", "boolean"].includes(typeof item);
  return isName(value) || (Array.isArray(value) && value.every(isName));
}

/**
 * Authors as Jekyll themes write them: `author: Mina Park` (one name, spaces and all), `authors: [a, b]`,
 * and jekyll-seo-tag's `author: {name: …}`; `authors` first, then `author`, repeats removed.
 */
export function personList(plural: unknown, singular: unknown): string[] {
  const names = [...fromPeople(plural), ...fromPeople(singular)];
  return [...new Set(names.map((name) => name.trim()).filter((name) => name !== ""))];
}

function fromPeople(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(fromPerson);
  return fromPerson(value);
}

function fromPerson(value: unknown): string[] {
  if (typeof value === "object" && value !== null && !Array.isArray(value)) {
    return fromSingular((value as Record<string, unknown>).name);
  }
  return fromSingular(value);
}

/** Whether personList can read a value: names, `{name: …}` maps, or a list of either. */
export function isPersonListValue(value: unknown): boolean {
  const isPerson = (item: unknown) =>
    item === null ||
    item === undefined ||
    ["string", "number"].includes(typeof item) ||
    (typeof item === "object" &&
      !Array.isArray(item) &&
      ["string", "number"].includes(typeof (item as Record<string, unknown>).name));
  return isPerson(value) || (Array.isArray(value) && value.every(isPerson));
}

/** Jekyll's `YYYY-M-D-` file name prefix: months and days may be written without their zero. */
export const FILE_NAME_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:-|$)/;

/** The file name without its extension and its date: the part Jekyll makes slugs and titles from. */
export function fileNameStem(source: string): string {
  const base = source.slice(source.lastIndexOf("/") + 1);
  return base.replace(/\.(md|markdown)$/i, "").replace(FILE_NAME_DATE, "");
}

/**
 * The title Jekyll gives a post without one (Utils.titleize_slug): the file name's slug, trailing dots
 * dropped, split on hyphens, each word with its first letter upper-cased and the rest lower-cased
 * (Ruby's `capitalize`): `2016-01-05-the-ios-way.md` is "The Ios Way".
 */
export function titleFromFileName(source: string): string {
  return fileNameStem(source)
    .replace(/\.+$/, "")
    .split("-")
    .map((word) => {
      const [first = "", ...rest] = [...word];
      return first.toUpperCase() + rest.join("").toLowerCase();
    })
    .join(" ")
    .trim();
}
