// File operations the build cache's stores share: atomic writes, links into the output, removal of what no build uses.
import {
  closeSync,
  copyFileSync,
  linkSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from "node:fs";
import path from "node:path";

/** Entries not used by the last build are removed once this old (another build may be using them). */
const STALE_AFTER_MS = 60 * 60 * 1000;

/** How much of a JSON file `writeJsonAtomically` holds before writing it out. */
const JSON_CHUNK = 64 * 1024;

/**
 * Writes `{...fields, [key]: {name: value, …}}` as JSON.stringify would, one entry at a time, so the text is never
 * whole in memory; beside the file, then renamed into place, so a build started meanwhile never reads half of it.
 * The build cache's files, each made as one string at the end of a build, raised the peak memory of a 4,000-post
 * build by about 40 MiB. An entry whose value JSON has no form for (undefined) is left out, as JSON.stringify leaves
 * it out; `entries` must not repeat a name.
 */
export function writeJsonAtomically(
  file: string,
  fields: Readonly<Record<string, unknown>>,
  key: string,
  entries: Iterable<readonly [string, unknown]>,
): void {
  const staging = `${file}.${process.pid}.tmp`;
  const descriptor = openSync(staging, "w");
  try {
    try {
      const opening = JSON.stringify(fields).slice(0, -1);
      let chunk = `${opening}${opening === "{" ? "" : ","}${JSON.stringify(key)}:{`;
      let separator = "";
      for (const [name, value] of entries) {
        const json = JSON.stringify(value) as string | undefined;
        if (json === undefined) continue;
        chunk += `${separator}${JSON.stringify(name)}:${json}`;
        separator = ",";
        if (chunk.length >= JSON_CHUNK) {
          writeAll(descriptor, chunk);
          chunk = "";
        }
      }
      writeAll(descriptor, `${chunk}}}`);
    } finally {
      closeSync(descriptor);
    }
  } catch (error) {
    rmSync(staging, { force: true });
    throw error;
  }
  renameSync(staging, file);
}

function writeAll(descriptor: number, text: string): void {
  const bytes = Buffer.from(text);
  for (let written = 0; written < bytes.length;) written += writeSync(descriptor, bytes, written);
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
