// Times one edited post in watch mode, in a fresh process: from the save to its page being written.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PROJECT_ROOT, runChild } from "./measure.ts";

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
  const { code, stdout, stderr } = await runChild(tsx, [CHILD, postsDir, output, String(edits)]);
  if (code !== 0) throw new Error(`The watch-mode measure failed (exit ${code}):\n${stderr}`);
  return JSON.parse(stdout.trim().split("\n").at(-1)!) as EditMeasure;
}
