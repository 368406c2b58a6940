// The bench's scratch folder, on a tmpfs when one can be mounted, so disk speed does not blur the timings.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const WORK_DIR = fileURLToPath(new URL("./.work", import.meta.url)).replace(/\/$/, "");

export interface WorkDir {
  path: string;
  /** What the timings were taken on, for the report. */
  storage: string;
  release(): void;
}

function isMounted(dir: string): boolean {
  return readFileSync("/proc/mounts", "utf8")
    .split("\n")
    .some((line) => line.split(" ")[1] === dir);
}

/**
 * Mounts a tmpfs on bench/.work (root only; `mount` fails elsewhere, and the bench then warns and
 * runs on the disk). A tmpfs left by an interrupted run is reused and left mounted.
 */
export function openWorkDir(useTmpfs: boolean): WorkDir {
  mkdirSync(WORK_DIR, { recursive: true });
  if (!useTmpfs) return { path: WORK_DIR, storage: "disk (tmpfs not requested)", release() {} };
  if (isMounted(WORK_DIR)) return { path: WORK_DIR, storage: "tmpfs (already mounted)", release() {} };
  try {
    execFileSync("mount", ["-t", "tmpfs", "-o", "size=8g,mode=0755", "tmpfs", WORK_DIR], { stdio: "pipe" });
  } catch (error) {
    const reason = (error as { stderr?: Buffer }).stderr?.toString().trim() || (error as Error).message;
    console.warn(`warning: could not mount a tmpfs on ${WORK_DIR} (${reason}); timing on the disk instead.`);
    return { path: WORK_DIR, storage: "disk (tmpfs mount failed)", release() {} };
  }
  return {
    path: WORK_DIR,
    storage: "tmpfs",
    release() {
      execFileSync("umount", [WORK_DIR]);
    },
  };
}
