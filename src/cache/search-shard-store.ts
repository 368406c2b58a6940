// The search index's shards a build wrote (src/search/shards.ts), kept in the build cache (.cache/build/search/)
// by a hash of everything a shard is made from: a later build whose shard holds the same pages links it into
// the new site instead of having Pagefind index those pages again.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { linkOrCopy, removeStaleEntries } from "./cache-files.ts";

/** One file of a shard: its path inside the shard's folder, and its bytes. */
export interface ShardFile {
  readonly path: string;
  readonly content: Uint8Array;
}

export class SearchShardStore {
  /** The shards this build used, kept when the others are removed. */
  private readonly used = new Set<string>();

  constructor(readonly folder: string) {}

  /** Links the shard kept under `key` into `target` (a folder); false when there is none. */
  linkInto(key: string, target: string): boolean {
    const kept = path.join(this.folder, key);
    if (!existsSync(kept)) return false;
    for (const entry of readdirSync(kept, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const file = path.join(entry.parentPath, entry.name);
      const to = path.join(target, path.relative(kept, file));
      mkdirSync(path.dirname(to), { recursive: true });
      linkOrCopy(file, to);
    }
    this.used.add(key);
    return true;
  }

  /** Keeps a shard's files under `key`: written into a folder beside, then renamed into place. */
  put(key: string, files: readonly ShardFile[]): void {
    const kept = path.join(this.folder, key);
    this.used.add(key);
    if (existsSync(kept)) return;
    const staging = `${kept}.${process.pid}.tmp`;
    rmSync(staging, { recursive: true, force: true });
    for (const file of files) {
      const to = path.join(staging, file.path);
      mkdirSync(path.dirname(to), { recursive: true });
      writeFileSync(to, file.content);
    }
    mkdirSync(staging, { recursive: true });
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
