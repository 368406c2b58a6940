// File operations the build cache's stores share: atomic writes, links into the output, removal of what no build uses.
import { copyFileSync, linkSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

/** Entries not used by the last build are removed once this old (another build may be using them). */
const STALE_AFTER_MS = 60 * 60 * 1000;

/** Written beside, then renamed into place: a build started meanwhile never reads half of it. */
export function writeAtomically(file: string, text: string): void {
  const staging = `${file}.${process.pid}.tmp`;
  writeFileSync(staging, text);
  renameSync(staging, file);
}

/**
 * A cached file put in the output, or an output file kept in the cache. A build writes a new folder each time
 * and never changes a file in place, so a hard link is as good as a copy; a copy where links cannot be made.
 */
export function linkOrCopy(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return;
    copyFileSync(from, to);
  }
}

/** Removes the entries of `folder` (files or folders) that are not in `keep` and were not touched for an hour. */
export function removeStaleEntries(folder: string, keep: ReadonlySet<string>): void {
  const now = Date.now();
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) {
    if (keep.has(name)) continue;
    const entry = path.join(folder, name);
    try {
      if (now - statSync(entry).mtimeMs > STALE_AFTER_MS) rmSync(entry, { recursive: true, force: true });
    } catch {
      // Removed by another build meanwhile.
    }
  }
}
