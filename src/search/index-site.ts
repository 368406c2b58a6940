// Full-text search: Pagefind indexes a finished build, so the search works from static files alone.
import path from "node:path";
import * as pagefind from "pagefind";

/** Where the index and Pagefind's search UI are published. */
export const SEARCH_BUNDLE_FOLDER = "pagefind";

/** Thrown when Pagefind could not index the site; the message carries Pagefind's own errors. */
export class SearchIndexError extends Error {
  override name = "SearchIndexError";
}

/** One Pagefind service serves the whole process: indexing runs one site at a time. */
let queue: Promise<unknown> = Promise.resolve();

/**
 * Indexes every page of a built site folder and writes the index into it. Only the part of a page
 * marked `data-pagefind-body` (a post's article) is indexed, so list pages never duplicate posts; and
 * only built pages exist, so drafts and future posts can never be found.
 */
export function indexSite(folder: string): Promise<void> {
  const run = queue.then(() => writeIndex(folder));
  queue = run.catch(() => undefined);
  return run;
}

async function writeIndex(folder: string): Promise<void> {
  try {
    const created = await pagefind.createIndex();
    if (!created.index) throw new SearchIndexError(created.errors.join("; "));
    const added = await created.index.addDirectory({ path: folder });
    if (added.errors.length > 0) throw new SearchIndexError(added.errors.join("; "));
    const written = await created.index.writeFiles({ outputPath: path.join(folder, SEARCH_BUNDLE_FOLDER) });
    if (written.errors.length > 0) throw new SearchIndexError(written.errors.join("; "));
  } finally {
    // The service is a child process: left running, it would keep Node (and every test run) alive.
    await pagefind.close();
  }
}
