// The files of a Jekyll `_posts` folder, and what each becomes here.
import { readdir } from "node:fs/promises";
import path from "node:path";
import { compareStrings } from "../order.ts";

/** Jekyll's Markdown extensions; this site reads `.md` and `.markdown`, so the others become `.md`. */
const MARKDOWN = /\.(md|markdown)$/i;
const OTHER_MARKDOWN = /\.(mkdown|mkdn|mkd|mdown|mdwn)$/i;

/** The file's path here (inside the posts folder), or undefined for a file that is not Markdown (`.html`, `.textile`). */
export function importedName(relative: string): string | undefined {
  if (MARKDOWN.test(relative)) return relative;
  if (OTHER_MARKDOWN.test(relative)) return relative.replace(OTHER_MARKDOWN, ".md");
  return undefined;
}

/** Files under `_posts`, sorted; names starting with `.` or `_` are skipped, as the build skips them. */
export async function jekyllFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter(
      (file) =>
        !path
          .relative(dir, file)
          .split(path.sep)
          .some((part) => /^[._]/.test(part)),
    )
    .sort(compareStrings);
}
