// Times one edited post in watch mode, in a fresh process: from the save to its page being written.
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PROJECT_ROOT } from "./measure.ts";

export interface EditMeasure {
  /** Median seconds from the edited file's save to its page holding the edit on disk. */
  saveToWritten: number;
  /** Median seconds Eleventy's rebuild took, from its start (after the watcher noticed) to its end. */
  rebuild: number;
  /** Pages the last rebuild wrote. */
  pagesWritten: number;
}

const CHILD = fileURLToPath(new URL("./watch-child.ts", import.meta.url));

export async function measureEdits(postsDir: string, output: string, edits: number): Promise<EditMeasure> {
  const tsx = path.join(PROJECT_ROOT, "node_modules/.bin/tsx");
  return new Promise((resolve, reject) => {
    const child = spawn(tsx, [CHILD, postsDir, output, String(edits)], {
      cwd: PROJECT_ROOT,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0) reject(new Error(`The watch-mode measure failed (exit ${code}):\n${stderr}`));
      else resolve(JSON.parse(stdout.trim().split("\n").at(-1)!) as EditMeasure);
    });
  });
}
