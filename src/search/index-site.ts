// Full-text search: Pagefind is fed each post's page as it is rendered, so the search works from static files
// alone and is indexed while the build still renders (Pagefind's own process works on the other core).
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type * as pagefindModule from "pagefind";
import { SEARCH_BUNDLE_URL } from "../pages/urls.ts";

/** Pagefind's Node API, loaded by the first search index: a build with search off never loads it. */
function loadPagefind(): Promise<typeof pagefindModule> {
  return import("pagefind");
}

/** Thrown when Pagefind could not index the site; the message carries Pagefind's own errors. */
export class SearchIndexError extends Error {
  override name = "SearchIndexError";
}

/** The attribute that marks the part of a page Pagefind indexes (a post's article, in layouts/post.tsx). */
export const SEARCH_BODY = "data-pagefind-body";

/**
 * Text only screen readers get (a visually hidden label) is not what a visitor searches for: Pagefind
 * leaves these out of the index.
 */
const NOT_INDEXED = [".visually-hidden"];

const WRITES_AT_ONCE = 64;

/**
 * Of a page, what Pagefind reads: the element marked SEARCH_BODY, in a document with the page's language.
 * Pagefind would parse the whole page only to keep that element; given a third of the bytes, it indexed
 * 4,000 posts in 9 s instead of 15 s on a loaded 2-core machine, into the same index.
 */
export function searchablePart(html: string): string {
  const marked = html.indexOf(SEARCH_BODY);
  const start = html.lastIndexOf("<", marked);
  const name = /^<([a-z][a-z0-9-]*)/i.exec(html.slice(start, marked))?.[1];
  if (marked < 0 || name === undefined) return html;
  // The end of that element: the closing tag at the same depth, past any element of the same name inside it.
  const tags = new RegExp(`<(/?)${name}\\b`, "gi");
  tags.lastIndex = start + 1;
  let depth = 1;
  let end = -1;
  for (let match = tags.exec(html); match; match = tags.exec(html)) {
    depth += match[1] === "/" ? -1 : 1;
    if (depth === 0) {
      end = html.indexOf(">", match.index) + 1;
      break;
    }
  }
  if (end <= 0) return html;
  const language = /^<!doctype html>\s*<html[^>]*\blang="([^"]*)"/i.exec(html)?.[1];
  return `<!doctype html><html${language === undefined ? "" : ` lang="${language}"`}><body>${html.slice(start, end)}</body></html>`;
}

/** One Pagefind service (a child process) serves the whole process; it is closed when no index is open. */
let openIndexes = 0;

/** A page as the build gives it: its file in the site folder (`2025/01/20/x/index.html`) and its HTML. */
export interface SearchPage {
  readonly file: string;
  readonly html: string;
}

/**
 * The search index of one build. Every page the build writes is given by its position in the build's list
 * of pages (`add`), with its HTML when it has a SEARCH_BODY part, else with nothing; they are sent to
 * Pagefind in that order, whatever order they render in, so the index is the same on every
 * build (Pagefind numbers pages in the order it gets them). Only the marked part of a page is indexed, so
 * list pages never duplicate posts; and only built pages exist, so drafts and future posts never appear.
 */
export class SearchIndex {
  private readonly index: Promise<pagefindModule.PagefindIndex>;
  /** Pages rendered ahead of their turn, by position; undefined once sent. */
  private readonly waiting = new Map<number, SearchPage | null>();
  private next = 0;
  /** The pages sent to Pagefind, until it has answered for them. */
  private readonly pending: Array<Promise<void>> = [];
  private failure: unknown;
  private closed = false;

  constructor() {
    openIndexes += 1;
    this.index = loadPagefind().then((pagefind) =>
      pagefind.createIndex({ excludeSelectors: NOT_INDEXED }).then((created) => {
        if (!created.index) throw new SearchIndexError(created.errors.join("; "));
        return created.index;
      }),
    );
    // A failure is kept for `write`, which reports it; it must not be an unhandled rejection meanwhile.
    this.index.catch((error: unknown) => (this.failure ??= error));
  }

  /** The page at `position` in the build's list of pages: its HTML when it has a part to index, else null. */
  add(position: number, page: SearchPage | null): void {
    this.waiting.set(position, page);
    while (this.waiting.has(this.next)) {
      const ready = this.waiting.get(this.next)!;
      this.waiting.delete(this.next);
      this.next += 1;
      if (ready !== null) this.send(ready);
    }
  }

  /**
   * Sent at once, without waiting for the answer to the one before: Pagefind's service reads its requests in
   * the order they are written and handles them one after the other, so the order (and the index) is the
   * same either way, and the build never waits for a round trip to another process. Waiting for each answer
   * cost 5 of a 16 s build of 1,000 posts on a loaded machine.
   */
  private send(page: SearchPage): void {
    const content = searchablePart(page.html);
    const added = this.index.then((index) => index.addHTMLFile({ sourcePath: page.file, content }));
    this.pending.push(
      added.then(
        (result) => {
          if (result.errors.length > 0)
            this.failure ??= new SearchIndexError(`${page.file}: ${result.errors.join("; ")}`);
        },
        (error: unknown) => {
          this.failure ??= error;
        },
      ),
    );
  }

  /**
   * Waits for Pagefind to have every page, then writes the index into `folder`. The index is taken in
   * memory and written here, not by Pagefind's writeFiles: on a full disk its service panics and the promise
   * never settles, while Node's own writes fail with ENOSPC, which the build reports.
   */
  async write(folder: string, pages: number): Promise<void> {
    try {
      if (this.next !== pages && this.failure === undefined) {
        throw new SearchIndexError(`only ${this.next} of ${pages} pages reached the search index`);
      }
      await Promise.all(this.pending);
      if (this.failure !== undefined) throw this.failure;
      const files = await (await this.index).getFiles();
      if (files.errors.length > 0) throw new SearchIndexError(files.errors.join("; "));
      const bundle = path.join(folder, SEARCH_BUNDLE_URL);
      const folders = new Set(files.files.map((file) => path.dirname(path.join(bundle, file.path))));
      await Promise.all([...folders].map((dir) => mkdir(dir, { recursive: true })));
      // A few at a time: thousands of writes at once would each hold a file open.
      for (let start = 0; start < files.files.length; start += WRITES_AT_ONCE) {
        const batch = files.files.slice(start, start + WRITES_AT_ONCE);
        await Promise.all(batch.map((file) => writeFile(path.join(bundle, file.path), file.content)));
      }
    } finally {
      await this.close();
    }
  }

  /** Ends this index; the last one open stops Pagefind's process, which would keep Node (and a test run) alive. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all(this.pending);
    await this.index.then((index) => index.deleteIndex()).catch(() => undefined);
    openIndexes -= 1;
    if (openIndexes === 0) await (await loadPagefind()).close();
  }
}
