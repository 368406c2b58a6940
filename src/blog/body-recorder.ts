// Watch mode's memory of which page showed which post bodies, so a body edit rewrites only those pages.
import { AsyncLocalStorage } from "node:async_hooks";
import type { Post } from "../posts/post.ts";

/** The posts whose bodies the page being rendered shows; it follows the page's render across `await`s. */
const bodiesOfPage = new AsyncLocalStorage<Set<string>>();

export class BodyRecorder {
  /** Per page URL, the sources of the posts whose bodies the page showed, for pages rendered by `record`. */
  readonly bodiesShown = new Map<string, ReadonlySet<string>>();

  /** Off, `record` only renders: a one-off build has no later rebuild to plan. */
  constructor(private readonly enabled: boolean) {}

  /**
   * Renders the page at `url`; when enabled, notes in `bodiesShown` the posts whose bodies it shows:
   * everything that reads a body (the body store, shared parts) calls `noteShown` while it renders.
   */
  record<T>(url: string, render: () => T): T {
    if (!this.enabled) return render();
    const shown = new Set<string>();
    const result = bodiesOfPage.run(shown, render);
    if (!(result instanceof Promise)) {
      this.bodiesShown.set(url, shown);
      return result;
    }
    return result.then((value: unknown) => {
      this.bodiesShown.set(url, shown);
      return value;
    }) as T;
  }
}

/** Tells the page being recorded (if any) that it shows these posts' bodies. */
export function noteShown(posts: readonly Post[]): void {
  const shown = bodiesOfPage.getStore();
  if (shown !== undefined) for (const post of posts) shown.add(post.source);
}
