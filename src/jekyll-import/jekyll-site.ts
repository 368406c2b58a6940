// What was given to the importer (a Jekyll site's root, or one `_posts` folder), and where the site keeps its posts.
import { existsSync } from "node:fs";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { compareStrings } from "../order.ts";

export interface PostsFolder {
  /** Absolute path of the `_posts` folder. */
  readonly dir: string;
  /** Relative to the site root, with forward slashes: `_posts`, `news/_posts`. */
  readonly relative: string;
  /**
   * Where its posts go inside this project's posts folder: its own path (`news/_posts`), so the build gives
   * them the folders above `_posts` as first categories, as Jekyll does, and same-named files of different
   * `_posts` folders stay apart; "" for the top `_posts`.
   */
  readonly into: string;
}

export interface SkippedFolder {
  /** Relative to the site root. */
  readonly folder: string;
  readonly reason: string;
}

export interface JekyllSite {
  /** The Jekyll site's root, or the given `_posts` folder's parent when only that was given. */
  readonly root: string;
  /** Whether a whole site was given (its config, authors and files are imported too). */
  readonly wholeSite: boolean;
  readonly postsFolders: readonly PostsFolder[];
  /** `_drafts` folders and how many files each holds: drafts are not imported. */
  readonly drafts: ReadonlyArray<{ readonly folder: string; readonly files: number }>;
  readonly skipped: readonly SkippedFolder[];
}

/** Folders Jekyll never reads as content, with why; other names starting with `.` or `_` are skipped silently, as Jekyll does. */
const NOT_CONTENT: Readonly<Record<string, string>> = {
  _site: "Jekyll's built site",
  ".git": "version control",
  vendor: "installed Ruby gems (Jekyll excludes it)",
  node_modules: "installed npm packages (Jekyll excludes it)",
  ".jekyll-cache": "Jekyll's cache",
  ".sass-cache": "Sass's cache",
};

const CONFIG_FILES = ["_config.yml", "_config.yaml", "_config.toml"];

/** A folder holding `_config.yml` or a `_posts` folder is a site; any other folder is read as a `_posts` folder. */
export async function findJekyllSite(given: string, exclude: readonly string[] = []): Promise<JekyllSite> {
  const dir = path.resolve(given);
  const looksLikeSite =
    path.basename(dir) !== "_posts" &&
    (CONFIG_FILES.some((name) => existsSync(path.join(dir, name))) || (await hasPostsFolder(dir)));
  if (!looksLikeSite) {
    return {
      root: path.dirname(dir),
      wholeSite: false,
      postsFolders: [{ dir, relative: path.basename(dir), into: "" }],
      drafts: [],
      skipped: [],
    };
  }
  const postsFolders: PostsFolder[] = [];
  const drafts: Array<{ folder: string; files: number }> = [];
  const skipped: SkippedFolder[] = [];
  const excluded = new Set(exclude);
  const walk = async (folder: string): Promise<void> => {
    const entries = (await readdir(folder, { withFileTypes: true })).sort((a, b) => compareStrings(a.name, b.name));
    for (const entry of entries) {
      const absolute = path.join(folder, entry.name);
      const relative = path.relative(dir, absolute).split(path.sep).join("/");
      if (!entry.isDirectory()) {
        if (entry.isSymbolicLink() && (entry.name === "_posts" || entry.name === "_drafts")) {
          skipped.push({ folder: relative, reason: "is a symbolic link, which the importer never follows" });
        }
        continue;
      }
      if (excluded.has(relative)) {
        skipped.push({ folder: relative, reason: "is in the exclude: list of _config.yml" });
        continue;
      }
      if (entry.name === "_posts") {
        postsFolders.push({ dir: absolute, relative, into: relative === "_posts" ? "" : relative });
        continue;
      }
      if (entry.name === "_drafts") {
        drafts.push({ folder: relative, files: await countFiles(absolute) });
        continue;
      }
      const reason = NOT_CONTENT[entry.name];
      if (reason !== undefined) {
        skipped.push({ folder: relative, reason: `is ${reason}` });
        continue;
      }
      if (/^[._#~]/.test(entry.name)) continue;
      await walk(absolute);
    }
  };
  await walk(dir);
  return { root: dir, wholeSite: true, postsFolders, drafts, skipped };
}

async function hasPostsFolder(dir: string): Promise<boolean> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries.some((entry) => entry.isDirectory() && entry.name === "_posts");
}

async function countFiles(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile() && !entry.name.startsWith(".")).length;
}
