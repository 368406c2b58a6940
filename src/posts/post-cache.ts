// Posts kept between watch-mode builds: a file whose size and modification time are unchanged is not read again.
import type { ContentError } from "../problems/content-error.ts";
import type { Post } from "./post.ts";

/** What reading one post file gave: the post, or the content errors that stopped it being one. */
export type PostResult = Post | ContentError[];

/** The part of a file's `stat` that tells whether it changed. */
export interface FileStamp {
  mtimeMs: number;
  size: number;
}

/**
 * One cache per site: what a post becomes depends on the site's time zone, permalink pattern and
 * layouts, and the cache does not key on them (a config change restarts the pipeline with a new cache).
 * An unchanged file gives back the very same Post object, which is how a rebuild tells what changed.
 */
export class PostCache {
  readonly #entries = new Map<string, FileStamp & { result: PostResult }>();

  /** What `file` gave when it last had this stamp; undefined if it changed since (or was never read). */
  get(file: string, stamp: FileStamp): PostResult | undefined {
    const entry = this.#entries.get(file);
    return entry && entry.mtimeMs === stamp.mtimeMs && entry.size === stamp.size ? entry.result : undefined;
  }

  set(file: string, stamp: FileStamp, result: PostResult): void {
    this.#entries.set(file, { mtimeMs: stamp.mtimeMs, size: stamp.size, result });
  }

  /** Forgets every file not in `files` (deleted or renamed posts). */
  keepOnly(files: ReadonlySet<string>): void {
    for (const file of this.#entries.keys()) if (!files.has(file)) this.#entries.delete(file);
  }
}
