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
