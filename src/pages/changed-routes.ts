// Which pages a watch-mode rebuild must write again when only posts' bodies changed: the pages showing those bodies.
import type { Post } from "../posts/post.ts";
import type { Route } from "./route.ts";

/** A build's posts and routes, as the comparison needs them. */
export interface BuiltSite {
  readonly posts: readonly Post[];
  readonly routes: readonly Route[];
}

/** Per page URL, the sources of the posts whose bodies the page showed when it was last written. */
export type BodiesShown = ReadonlyMap<string, ReadonlySet<string>>;

/**
 * Whether two posts agree on everything pages may show, except the body. A walk, not a comparison of
 * JSON strings: YAML aliases (`b: [*a, *a, …]`) can make `extra` expand to more text than a string can
 * hold ("Invalid string length"), and the post would then break every later rebuild. The walk gives up
 * after WALK_LIMIT values (or WALK_DEPTH levels, before the stack would) and answers "changed": the rebuild
 * then writes every page, which is always right.
 */
function sameExceptBody(before: Post, after: Post): boolean {
  const budget = { left: WALK_LIMIT };
  return sameData(
    { ...before, body: undefined, bodyLine: undefined },
    { ...after, body: undefined, bodyLine: undefined },
    budget,
  );
}

const WALK_LIMIT = 100_000;
const WALK_DEPTH = 100;

function sameData(a: unknown, b: unknown, budget: { left: number }, depth = 0): boolean {
  if (a === b) return true;
  if ((budget.left -= 1) < 0 || depth > WALK_DEPTH) return false;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  // DateTime (and anything else with a JSON form) compares as it serialises: its ISO form with the offset.
  const json = (value: object) => ("toJSON" in value && typeof value.toJSON === "function" ? value.toJSON() : value);
  const [left, right] = [json(a), json(b)];
  if (left !== a || right !== b) return sameData(left, right, budget, depth + 1);
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) =>
    sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], budget, depth + 1),
  );
}

/**
 * The routes to write again after `previous` was built and written, when `next` is the same site
 * with some posts' bodies edited: the routes whose pages showed one of those bodies (see
 * src/blog/body-recorder.ts). Undefined when anything else changed (a title, a date, tags, an excerpt, a post
 * added, removed, published or unpublished): then every page may have changed and all are written.
 * Posts are compared by identity first: the post cache gives back the same object for an unchanged file.
 */
export function routesToRewrite(previous: BuiltSite, next: BuiltSite, shown: BodiesShown): Route[] | undefined {
  if (previous.posts.length !== next.posts.length || previous.routes.length !== next.routes.length) return undefined;
  const edited = new Set<string>();
  for (let index = 0; index < next.posts.length; index += 1) {
    const before = previous.posts[index]!;
    const after = next.posts[index]!;
    if (before === after) continue;
    if (before.source !== after.source || !sameExceptBody(before, after)) return undefined;
    if (before.body !== after.body) edited.add(after.source);
  }
  // Same posts with the same fields give the same routes; comparing their URLs is a cheap safety net.
  if (next.routes.some((route, index) => route.url !== previous.routes[index]!.url)) return undefined;
  if (edited.size === 0) return [];
  return next.routes.filter((route) => {
    const bodies = shown.get(route.url);
    // A page never rendered with recording on is written, to be safe.
    return bodies === undefined || [...bodies].some((source) => edited.has(source));
  });
}
