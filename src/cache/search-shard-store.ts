// The search index's shards a build wrote (src/search/shards.ts), kept in the build cache (.cache/build/search/)
// by a hash of everything a shard is made from: a later build whose shard holds the same pages links it into
// the new site instead of having Pagefind index those pages again.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { linkOrCopy, removeStaleEntries } from "./cache-files.ts";

/** One file of a shard: its path inside the shard's folder, and its bytes. */
export interface ShardFile {
  readonly path: string;
  readonly content: Uint8Array;
}

/** Links each of `files` (paths inside `from`) to the same path inside `to`. */
function linkFiles(from: string, to: string, files: readonly string[]): void {
  for (const file of files) {
    const target = path.join(to, file);
    mkdirSync(path.dirname(target), { recursive: true });
    linkOrCopy(path.join(from, file), target);
  }
}

export class SearchShardStore {
  /** The shards this build used, kept when the others are removed. */
  private readonly used = new Set<string>();

  constructor(readonly folder: string) {}

  /** Links the shard kept under `key` into `target` (a folder); false when there is none. */
  linkInto(key: string, target: string): boolean {
    const kept = path.join(this.folder, key);
    if (!existsSync(kept)) return false;
    const files = readdirSync(kept, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(kept, path.join(entry.parentPath, entry.name)));
    linkFiles(kept, target, files);
    this.used.add(key);
    return true;
  }

  /**
   * Keeps under `key` a shard the build has just written into `source` (a folder of the site), its `files` (paths
   * inside it): linked, not written again (the build never changes a file in place), into a folder beside, then
   * renamed into place.
   */
  put(key: string, source: string, files: readonly string[]): void {
    const kept = path.join(this.folder, key);
    this.used.add(key);
    if (existsSync(kept)) return;
    const staging = `${kept}.${process.pid}.tmp`;
    rmSync(staging, { recursive: true, force: true });
    mkdirSync(staging, { recursive: true });
    linkFiles(source, staging, files);
    try {
      renameSync(staging, kept);
    } catch {
      // Another build kept the same shard meanwhile: it holds the same files.
      rmSync(staging, { recursive: true, force: true });
    }
  }

  /** After a build: shards it did not use are removed once no build has used them for an hour. */
  prune(): void {
    removeStaleEntries(this.folder, this.used);
  }
}
