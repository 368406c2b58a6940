// Jekyll's front matter defaults (`defaults:` in _config.yml, the `defaults` setting here), applied as a post is read.

/** One entry of the `defaults` setting: values for the posts under a path. */
export interface FrontMatterDefault {
  readonly scope: { readonly path?: string; readonly type?: string };
  readonly values: Readonly<Record<string, unknown>>;
}

/** A post's data with the defaults under it, and which default gave each key the post does not set itself. */
export interface DefaultedData {
  readonly data: Record<string, unknown>;
  /** Top-level key → index in the `defaults` setting of the entry whose value the post got. */
  readonly fromDefaults: ReadonlyMap<string, number>;
}

/**
 * Merges the defaults that apply to the post at `path` (relative to the posts folder, forward slashes)
 * under its own keys. As in Jekyll: a scope applies to its folder and everything below it (`*` matches
 * within one path segment, `**` across segments); among scopes that apply, a longer path wins, then one
 * with a `type`, then the later entry; maps are merged key by key, so a post's own `header.image` keeps
 * a default `header.overlay_color`. Only `type: posts` (or none) applies here: this site has only posts.
 */
export function applyDefaults(
  own: Record<string, unknown>,
  path: string,
  defaults: readonly FrontMatterDefault[],
): DefaultedData {
  const applicable = defaults
    .map((entry, index) => ({ entry, index, scopePath: trimSlashes(entry.scope.path ?? "") }))
    .filter(({ entry, scopePath }) => (entry.scope.type ?? "posts") === "posts" && appliesTo(scopePath, path))
    // Array.prototype.sort is stable: entries that tie keep the setting's order, so the later one wins.
    .sort((a, b) => a.scopePath.length - b.scopePath.length || hasType(a.entry) - hasType(b.entry));
  if (applicable.length === 0) return { data: own, fromDefaults: new Map() };
  let merged: Record<string, unknown> = {};
  const fromDefaults = new Map<string, number>();
  for (const { entry, index } of applicable) {
    merged = deepMerge(merged, entry.values);
    for (const key of Object.keys(entry.values)) fromDefaults.set(key, index);
  }
  for (const key of Object.keys(own)) fromDefaults.delete(key);
  return { data: deepMerge(merged, own), fromDefaults };
}

function hasType(entry: FrontMatterDefault): number {
  return entry.scope.type === undefined ? 0 : 1;
}

function trimSlashes(path: string): string {
  return path.replace(/^\.?\/+|\/+$/g, "");
}

/** Whether the post at `path` is the scope's path or inside it, segment by segment (`2020` does not hold `2020-01`). */
function appliesTo(scopePath: string, path: string): boolean {
  if (scopePath === "") return true;
  const glob = scopePath
    .split(/(\*\*|\*)/)
    .map((part) => (part === "**" ? ".*" : part === "*" ? "[^/]*" : part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")))
    .join("");
  return new RegExp(`^${glob}(?:/|$)`).test(path);
}

function isMap(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** `over`'s keys win; maps present on both sides are merged the same way, as Jekyll's deep_merge_hashes does. */
function deepMerge(
  under: Readonly<Record<string, unknown>>,
  over: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const result: Record<string, unknown> = { ...under };
  for (const [key, value] of Object.entries(over)) {
    const base = result[key];
    result[key] = isMap(base) && isMap(value) ? deepMerge(base, value) : value;
  }
  return result;
}
