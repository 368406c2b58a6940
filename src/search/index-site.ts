// Full-text search: Pagefind indexes a finished build, so the search works from static files alone.
import { copyFileSync, linkSync, mkdirSync } from "node:fs";
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import * as pagefind from "pagefind";
import { SEARCH_BUNDLE_URL } from "../pages/urls.ts";

/** Thrown when Pagefind could not index the site; the message carries Pagefind's own errors. */
export class SearchIndexError extends Error {
  override name = "SearchIndexError";
}

/** One Pagefind service serves the whole process: indexing runs one site at a time. */
let queue: Promise<unknown> = Promise.resolve();

/** The attribute that marks the part of a page Pagefind indexes (a post's article, in layouts/post.tsx). */
export const SEARCH_BODY = "data-pagefind-body";

/**
 * Indexes the given pages of a built site folder (those marked with SEARCH_BODY; Pagefind would leave
 * every other page out anyway) and writes the index into the folder. Only the marked part of a page is
 * indexed, so list pages never duplicate posts; and only built pages exist, so drafts and future posts
 * can never be found.
 */
export function indexSite(folder: string, pages: readonly string[]): Promise<void> {
  const run = queue.then(() => writeIndex(folder, pages));
  queue = run.catch(() => undefined);
  return run;
}

/**
 * Pagefind is given a folder of hard links to the marked pages, not the site: it otherwise reads and
 * parses every page only to find that most have no marked part. At 4,000 posts, reading 4,000 pages
 * instead of 7,041 took 1.2 s instead of 2.0 s, for a byte-identical index (writing it takes another
 * 1.8–2.5 s either way). The links sit beside the site, never in it, and are removed afterwards; where
 * a file system has no hard links, copies do.
 */
async function writeIndex(folder: string, pages: readonly string[]): Promise<void> {
  const linked = `${folder}.search`;
  await rm(linked, { recursive: true, force: true });
  try {
    // One after the other, in the pages' order (Pagefind's index depends on the order it finds files in),
    // and synchronously: there is nothing else to do meanwhile, and a thread-pool round trip per call
    // would cost more than the calls.
    for (const page of pages) {
      const target = path.join(linked, path.relative(folder, page));
      mkdirSync(path.dirname(target), { recursive: true });
      try {
        linkSync(page, target);
      } catch {
        copyFileSync(page, target);
      }
    }
    await mkdir(linked, { recursive: true });
    const created = await pagefind.createIndex();
    if (!created.index) throw new SearchIndexError(created.errors.join("; "));
    const added = await created.index.addDirectory({ path: linked });
    if (added.errors.length > 0) throw new SearchIndexError(added.errors.join("; "));
    // The index is taken in memory and written here, not by Pagefind's writeFiles: on a full disk its
    // service panics and the promise never settles, while Node's own writes fail with ENOSPC, which the
    // build reports.
    const files = await created.index.getFiles();
    if (files.errors.length > 0) throw new SearchIndexError(files.errors.join("; "));
    const bundle = path.join(folder, SEARCH_BUNDLE_URL);
    for (const file of files.files) {
      const target = path.join(bundle, file.path);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, file.content);
    }
  } finally {
    // The service is a child process: left running, it would keep Node (and every test run) alive.
    await pagefind.close();
    await rm(linked, { recursive: true, force: true });
  }
}
