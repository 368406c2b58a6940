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

/** Everything about a post that pages may show, except its body. */
function withoutBody(post: Post): string {
  // DateTime serialises to its ISO form with the offset; `extra` is plain YAML data.
  return JSON.stringify({ ...post, body: undefined, bodyLine: undefined });
}

/**
 * The routes to write again after `previous` was built and written, when `next` is the same site
 * with some posts' bodies edited: the routes whose pages showed one of those bodies (see
 * Blog.renderBody). Undefined when anything else changed (a title, a date, tags, an excerpt, a post
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
    if (before.source !== after.source || withoutBody(before) !== withoutBody(after)) return undefined;
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
