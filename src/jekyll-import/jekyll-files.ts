// What each file of a Jekyll `_posts` folder becomes here (the folder is read by src/posts/post-files.ts, as the build reads it).

import { isPostFile } from "../posts/post-files.ts";

/** Jekyll's other Markdown extensions; this site reads `.md` and `.markdown`, so these become `.md`. */
const OTHER_MARKDOWN = /\.(mkdown|mkdn|mkd|mdown|mdwn)$/i;

/** The file's path here (inside the posts folder), or undefined for a file that is not Markdown (`.html`, `.textile`). */
export function importedName(relative: string): string | undefined {
  if (isPostFile(relative)) return relative;
  if (OTHER_MARKDOWN.test(relative)) return relative.replace(OTHER_MARKDOWN, ".md");
  return undefined;
}
