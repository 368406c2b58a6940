// Jekyll's front matter `defaults`, with scopes moved from the Jekyll site's root to this project's posts folder.

export interface DefaultsEntry {
  readonly scope: { readonly path: string; readonly type?: "posts" };
  readonly values: Readonly<Record<string, unknown>>;
}

export interface TranslatedDefaults {
  readonly defaults: readonly DefaultsEntry[];
  /** One line per scope left out, saying why. */
  readonly skipped: readonly string[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Posts from `news/_posts/x.md` are imported as `news/x.md` in the posts folder (and `_posts/x.md` as
 * `x.md`), so a Jekyll scope path loses its `_posts` segment. A path without `_posts` (`news`) applies
 * to the `_posts` folders it is a prefix of, as Jekyll compares paths (a string prefix). `postsFolders`
 * are the site's `_posts` folders relative to its root.
 */
export function translateDefaults(value: unknown, postsFolders: readonly string[]): TranslatedDefaults {
  const defaults: DefaultsEntry[] = [];
  const skipped: string[] = [];
  if (!Array.isArray(value)) {
    return { defaults, skipped: ["defaults is not a list of { scope, values }, so it was not read."] };
  }
  value.forEach((entry, index) => {
    const label = `defaults[${index}]`;
    if (!isRecord(entry) || !isRecord(entry.values)) {
      skipped.push(`${label} has no values map, so it was left out.`);
      return;
    }
    const scope = isRecord(entry.scope) ? entry.scope : {};
    const type = scope.type === undefined || scope.type === null ? undefined : String(scope.type);
    const written = typeof scope.path === "string" ? scope.path : "";
    const shown = `${label} (path "${written}"${type === undefined ? "" : `, type ${type}`})`;
    if (type !== undefined && type !== "posts" && type !== "post") {
      skipped.push(`${shown} is for ${type}, which are not imported (only posts are), so it was left out.`);
      return;
    }
    const path = postsScopePath(written, postsFolders);
    if (path === undefined) {
      skipped.push(`${shown} matches no post of the site, so it was left out.`);
      return;
    }
    defaults.push({ scope: type === undefined ? { path } : { path, type: "posts" }, values: entry.values });
  });
  return { defaults, skipped };
}

/** The scope path relative to the posts folder, or undefined when it can match no imported post. */
export function postsScopePath(written: string, postsFolders: readonly string[]): string | undefined {
  const scope = written.replace(/^(\.\/|\/)+/, "").replace(/\/+$/, "");
  if (scope === "") return "";
  const segments = scope.split("/");
  const at = segments.indexOf("_posts");
  if (at >= 0) {
    const above = segments.slice(0, at).join("/");
    const known = scope.includes("*") || postsFolders.some((folder) => aboveFolder(folder) === above);
    return known ? [...segments.slice(0, at), ...segments.slice(at + 1)].join("/") : undefined;
  }
  // A glob without `_posts` (`*/drafts`) cannot be moved safely; a plain prefix of the folders above `_posts` can.
  if (scope.includes("*")) return undefined;
  const matches = postsFolders.some((folder) => aboveFolder(folder).startsWith(scope));
  return matches ? scope : undefined;
}

/** `news/_posts` → `news`; `_posts` → "". */
function aboveFolder(folder: string): string {
  return folder.replace(/\/?_posts$/, "");
}
