// The one walk that finds post files, as Jekyll finds them: the build, `check`, standalone pages and the importer all use it.
import type { Dirent } from "node:fs";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { compareStrings } from "../order.ts";
import { POSTS_FOLDER } from "./post-url.ts";

/** Jekyll's default extension is `.markdown`; both are posts. */
const POST_FILE = /\.(md|markdown)$/i;

/** Whether a file name is one the build reads as a post. */
export function isPostFile(name: string): boolean {
  return POST_FILE.test(name);
}

/** What a folder of posts holds: its files, and the symbolic links in it, which are never followed. */
export interface PostFolder {
  readonly files: readonly string[];
  readonly links: readonly string[];
}

export interface PostFolderOptions {
  /**
   * Every file, not only `.md` and `.markdown` ones: the importer reads a Jekyll `_posts` folder this way, so
   * that it can say which files it did not import (`.html`, `.textile`) and convert `.mkd` and the like.
   */
  readonly everyFile?: boolean;
}

/**
 * Files under `dir`, absolute and sorted, so the order never depends on the disk. As in Jekyll, a name
 * starting with `.` or `_` is skipped wherever it is in the path (editor files, `_drafts`, `.git`), except
 * `_posts` folders, whose parent folders are the post's first categories (see folderCategories). Links
 * are listed apart and never followed: a post linked in from outside the project would be published.
 */
export async function readPostFolder(dir: string, options: PostFolderOptions = {}): Promise<PostFolder> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const visible = (file: string) =>
    !path
      .relative(dir, file)
      .split(path.sep)
      .some((part) => /^[._]/.test(part) && part !== POSTS_FOLDER);
  const pathOf = (entry: Dirent) => path.join(entry.parentPath, entry.name);
  return {
    files: entries
      .filter((entry) => entry.isFile() && (options.everyFile === true || isPostFile(entry.name)))
      .map(pathOf)
      .filter(visible)
      .sort(compareStrings),
    links: entries
      .filter((entry) => entry.isSymbolicLink())
      .map(pathOf)
      .filter(visible)
      .sort(compareStrings),
  };
}

/** The post files (`.md`, `.markdown`) under `dir`, absolute and sorted. */
export async function findPostFiles(dir: string): Promise<string[]> {
  return [...(await readPostFolder(dir)).files];
}
