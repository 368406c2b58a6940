// The output folder's life cycle: one build at a time, a staging folder per build, and nothing left behind by a
// build that failed, ran out of disk or was killed.
import { spawnSync } from "node:child_process";
import { closeSync, lstatSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { mkdir, readdir, rename, rm } from "node:fs/promises";
import { hostname } from "node:os";
import path from "node:path";

/** Another build is writing the same output folder right now. */
export class OutputBusyError extends Error {
  override name = "OutputBusyError";
}

/** A build's hold on its output folder: where to write, how to publish, how to let go. */
export interface OutputClaim {
  /** The folder the build writes; it replaces the output only through `publish`. */
  readonly staging: string;
  /** Swaps the finished staging folder in for the output, then removes the old output. */
  publish(): Promise<void>;
  /** Removes the staging folder (if it was not published) and the lock. Safe to call twice. */
  release(): Promise<void>;
}

/** The staging, previous and search-link folders a build of `output` makes beside it, each named with its pid. */
const LEFTOVER = /^(?<base>.+)\.(?:staging|previous)-(?<pid>\d+)(?:\.search)?$/;

/**
 * Claims `output` for one build: takes its lock (`<output>.lock`, holding the pid), removes what killed builds
 * left beside it, and gives a fresh staging folder. Throws OutputBusyError when a live build holds the lock.
 */
export async function claimOutput(output: string): Promise<OutputClaim> {
  await mkdir(path.dirname(output), { recursive: true });
  const lock = `${output}.lock`;
  takeLock(lock);
  // From here on the lock is ours: whatever fails must let it go, or the next build would wait on a dead one.
  const staging = `${output}.staging-${process.pid}`;
  const previous = `${output}.previous-${process.pid}`;
  let released = false;
  const release = async () => {
    if (released) return;
    released = true;
    await removeFolder(staging);
    rmSync(lock, { force: true });
  };
  try {
    await removeLeftovers(output);
    await removeFolder(staging);
  } catch (error) {
    await release();
    throw error;
  }
  return {
    staging,
    release,
    async publish() {
      await rename(output, previous).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== "ENOENT") throw error;
      });
      try {
        await rename(staging, output);
      } catch (error) {
        // Put the last good site back: a failed swap must not leave the site missing.
        await rename(previous, output).catch(() => undefined);
        throw error;
      }
      await removeFolder(previous);
    },
  };
}

/**
 * Removes a folder and everything in it (nothing if there is none), as `rm -rf` does where there is one: Node 20's
 * `fs.rm` goes through the tree in JavaScript, a call per file, and removing the last site (7,000 pages) took it
 * 0.6 s, `rm` 0.27 s, of a warm build of about 3 s. Elsewhere (Windows), or if `rm` fails, `fs.rm` does it, and
 * reports why.
 */
async function removeFolder(folder: string): Promise<void> {
  if (lstatSync(folder, { throwIfNoEntry: false }) === undefined) return;
  if (process.platform !== "win32") {
    const removed = spawnSync("rm", ["-rf", "--", folder], { stdio: "ignore" });
    if (removed.status === 0) return;
  }
  await rm(folder, { recursive: true, force: true });
}

/** What a lock file holds: enough to tell a live build from a dead one. */
interface LockOwner {
  pid: number;
  host: string;
}

/**
 * Creates the lock file exclusively (`wx`). A lock whose build is gone (its process no longer runs on this
 * machine, or the file cannot be read) is stale, and taken over.
 */
function takeLock(lock: string): void {
  const owner: LockOwner = { pid: process.pid, host: hostname() };
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      const fd = openSync(lock, "wx");
      try {
        writeSync(fd, JSON.stringify(owner));
      } finally {
        closeSync(fd);
      }
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const holder = readLock(lock);
    if (holder && isRunning(holder)) {
      throw new OutputBusyError(
        `The site was not built: another build (process ${holder.pid}${holder.host === owner.host ? "" : ` on ${holder.host}`}) ` +
          `is writing ${path.basename(lock.slice(0, -".lock".length))}/ right now. Wait for it to finish and build again; ` +
          `if no build is running, delete ${lock}.`,
      );
    }
    rmSync(lock, { force: true });
  }
  throw new OutputBusyError(`The site was not built: could not take the lock ${lock}. Delete it and build again.`);
}

function readLock(lock: string): LockOwner | undefined {
  try {
    const owner = JSON.parse(readFileSync(lock, "utf8")) as Partial<LockOwner>;
    return typeof owner.pid === "number" && typeof owner.host === "string"
      ? { pid: owner.pid, host: owner.host }
      : undefined;
  } catch {
    return undefined;
  }
}

/** A lock from another machine (a shared disk) is never judged dead from here. */
function isRunning(owner: LockOwner): boolean {
  if (owner.host !== hostname()) return true;
  if (owner.pid === process.pid) return false;
  return isLiveProcess(owner.pid);
}

function isLiveProcess(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Removes the staging and previous folders that builds of this output left when they were killed. Called with
 * the lock held, so no live build of this output can own one; the pid check still spares a live build's
 * folders that were made before locks existed.
 */
async function removeLeftovers(output: string): Promise<void> {
  const base = path.basename(output);
  const entries = await readdir(path.dirname(output)).catch(() => []);
  for (const entry of entries) {
    const match = LEFTOVER.exec(entry);
    if (match?.groups?.base !== base) continue;
    const pid = Number(match.groups.pid);
    if (pid !== process.pid && isLiveProcess(pid)) continue;
    await removeFolder(path.join(path.dirname(output), entry));
  }
}

/** File-system failures an author can act on, keyed by their code. */
const FILE_SYSTEM_FAULTS: Readonly<Record<string, string>> = {
  ENOSPC: "the disk is full. Free some space (or build elsewhere with --output=dir) and build again.",
  EDQUOT: "the disk quota is used up. Free some space (or build elsewhere with --output=dir) and build again.",
  EROFS: "the folder is on a read-only file system. Build into a folder you can write with --output=dir.",
  EACCES: "this user may not write there. Fix the folder's permissions, or build elsewhere with --output=dir.",
  EPERM: "this user may not write there. Fix the folder's permissions, or build elsewhere with --output=dir.",
  EMFILE: "too many files are open at once. Raise the limit (ulimit -n 4096) and build again.",
  ENFILE: "the system has too many files open. Close other programs and build again.",
};

/**
 * One paragraph for a build that failed on the file system (a full disk, a read-only or forbidden output),
 * or undefined when the error, or any error it wraps, is not one of those.
 */
export function describeFileSystemFault(error: unknown, output: string): string | undefined {
  for (let current: unknown = error, depth = 0; current && depth < 10; depth += 1) {
    const { code, path: where } = current as { code?: unknown; path?: unknown };
    const fault = typeof code === "string" ? FILE_SYSTEM_FAULTS[code] : undefined;
    if (fault !== undefined) {
      const place = typeof where === "string" ? where : output;
      return `The site was not built: writing ${place} failed (${code}): ${fault} The last good site in ${output} was left as it was.`;
    }
    const next = current as { originalError?: unknown; cause?: unknown };
    current = next.originalError ?? next.cause;
  }
  return undefined;
}
