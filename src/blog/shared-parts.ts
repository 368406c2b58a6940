// Markup and views many pages show alike (a post's card, its feed entry, the site's header), made once a build.
import type { Post } from "../posts/post.ts";
import { noteShown } from "./body-recorder.ts";

export class SharedParts {
  private readonly parts = new Map<string, unknown>();

  /**
   * The value for `key`, made the first time it is asked for and reused afterwards. Each page that shows
   * it still counts as showing `posts`' bodies, for watch mode's partial rebuilds.
   */
  get<T>(key: string, posts: readonly Post[], make: () => T): T {
    noteShown(posts);
    if (this.parts.has(key)) return this.parts.get(key) as T;
    const value = make();
    this.parts.set(key, value);
    return value;
  }
}
