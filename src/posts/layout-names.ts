// The names of this project's post layouts, and how a post's `layout` (any Jekyll name) maps onto them.
// Plain data, so the schema, the settings and the commands need not import the TSX layouts for names.

/** The layouts a post can be rendered with; src/views/render-route.tsx gives each its component. */
export const POST_LAYOUT_NAMES = ["post"] as const;

export type PostLayoutName = (typeof POST_LAYOUT_NAMES)[number];

/** The layout a post gets when its own names none, or names one this site does not map. */
export const DEFAULT_POST_LAYOUT: PostLayoutName = "post";

/**
 * Layout names Jekyll posts and themes use for an ordinary post: rendered with `post`, and never worth a
 * warning. `nil` and `~` arrive as text when quoted; `default` is Jekyll's base layout, `single` Minimal
 * Mistakes' post layout, `page` what some blogs give every document.
 */
const ORDINARY_LAYOUTS: ReadonlySet<string> = new Set(["~", "nil", "null", "default", "post", "single", "page"]);

/** Where a post's `layout` leads: a layout of this project, and whether the name was one the site knows. */
export interface ResolvedLayout {
  readonly layout: string;
  /** False for a name that is neither mapped by the `layouts` setting nor an ordinary post layout. */
  readonly known: boolean;
}

/**
 * Maps a post's `layout` (undefined for none or null) through the site's `layouts` setting onto one of
 * `available` (this project's layouts).
 */
export function resolveLayout(
  name: string | undefined,
  mapping: Readonly<Record<string, string>>,
  available: readonly string[] = POST_LAYOUT_NAMES,
): ResolvedLayout {
  if (name === undefined) return { layout: DEFAULT_POST_LAYOUT, known: true };
  const mapped = Object.hasOwn(mapping, name) ? mapping[name] : undefined;
  if (mapped !== undefined && available.includes(mapped)) return { layout: mapped, known: true };
  if (available.includes(name)) return { layout: name, known: true };
  return { layout: DEFAULT_POST_LAYOUT, known: ORDINARY_LAYOUTS.has(name.toLowerCase()) };
}

export function isPostLayoutName(name: string): name is PostLayoutName {
  return (POST_LAYOUT_NAMES as readonly string[]).includes(name);
}
