// Full-text search: Pagefind is fed each post's page as it is rendered, so the search works from static files
// alone and is indexed while the build still renders (Pagefind's own process works on the other core). A big
// blog's index is in shards (src/search/shards.ts), and a warm build indexes again only the shards that changed.
import { createHash, type Hash } from "node:crypto";
import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type * as pagefindModule from "pagefind";
import type { SearchShardStore, ShardFile } from "../cache/search-shard-store.ts";
import { SEARCH_BUNDLE_URL } from "../pages/urls.ts";
import { shardFolder, shardOf, SHARDS_FILE } from "./shards.ts";

/**
 * Pagefind's services, each a child process that indexes what it is sent one request after the other. Its Node
 * API runs one service per instance of its module, so service N > 0 is another instance (its URL with a query).
 * Each is loaded by the first index that uses it: a build with search off never loads Pagefind.
 */
interface PagefindService {
  readonly api: Promise<typeof pagefindModule>;
  /** The indexes open on it; the service stops when the last one closes, or it would keep Node alive. */
  open: number;
}
const services = new Map<number, PagefindService>();

function pagefindService(number: number): PagefindService {
  let service = services.get(number);
  if (service === undefined) {
    const api = (
      number === 0 ? import("pagefind") : import(`${import.meta.resolve("pagefind")}?service=${number}`)
    ) as Promise<typeof pagefindModule>;
    services.set(number, (service = { api, open: 0 }));
  }
  return service;
}

/**
 * How many Pagefind services a build's shards are spread over, at most. Once every page is sent, Pagefind makes
 * each shard's files (`getFiles`), one shard at a time per service, on one core: 0.4 s a shard of 250 posts, and
 * 6.5 s after the last page rendered at 4,000 posts with one service. Two services use both cores of a 2-core
 * machine for it.
 */
const MAX_SERVICES = 4;

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
const PAGEFIND_OPTIONS = { excludeSelectors: [".visually-hidden"] };

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

/** Pagefind's version, part of every shard's cache key: another version may index the same pages differently. */
function pagefindVersion(): string {
  const manifest = fileURLToPath(new URL("../package.json", import.meta.resolve("pagefind")));
  return (JSON.parse(readFileSync(manifest, "utf8")) as { version: string }).version;
}

/**
 * A page with a part to index: its file in the site folder (`2025/01/20/x/index.html`), that part's hash, and
 * the part itself, or (for a page the build cache reused) how to read it, which is done only if its shard is indexed.
 */
export interface SearchPage {
  readonly file: string;
  readonly hash: string;
  readonly part: string | (() => string);
}

/** A rendered page as the search index takes it: null when it has nothing to index (no SEARCH_BODY part). */
export function searchPage(file: string, html: string): SearchPage | null {
  if (!html.includes(SEARCH_BODY)) return null;
  const part = searchablePart(html);
  return { file, part, hash: createHash("sha256").update(part).digest("hex").slice(0, 32) };
}

export interface SearchIndexOptions {
  /** The folder the site is written into: the index goes into its search bundle (SEARCH_BUNDLE_URL). */
  readonly folder: string;
  /** Where shards are kept between builds (the build cache's): a shard that holds the same pages is not indexed again. */
  readonly store?: SearchShardStore | undefined;
  /**
   * How many Pagefind services the shards are spread over (never more than there are shards): by default, one per
   * core, up to MAX_SERVICES. The index is the same whatever the number.
   */
  readonly services?: number | undefined;
  /**
   * Holds the pages until `write`, when each shard's pages are known, so that a shard found in the store is never
   * given to Pagefind: for a build that will likely reuse most of its pages. Otherwise each page goes to Pagefind
   * as soon as it is rendered, and is indexed while the next ones render.
   */
  readonly deferred?: boolean;
}

/** One shard of the index: the hash of what it holds, its pages while they are held, its Pagefind index once made. */
interface Shard {
  /** Its number: its folder in the bundle (shardFolder), and the Pagefind service it is indexed by. */
  readonly number: number;
  readonly key: Hash;
  pages: number;
  readonly held: SearchPage[];
  index?: Promise<pagefindModule.PagefindIndex>;
}

/**
 * The search index of one build, in `shards` shards (src/search/shards.ts). Every page the build writes is given
 * by its position in the build's list of pages (`add`), as a SearchPage or as null; they are taken in that order,
 * whatever order they render in, so the index is the same on every build (Pagefind numbers pages in the order it
 * gets them). Only the marked part of a page is indexed, so list pages never duplicate posts; and only built
 * pages exist, so drafts and future posts never appear.
 */
export class SearchIndex {
  private shards: Shard[] | undefined;
  /** Pages rendered ahead of their turn, by position; undefined once taken. */
  private readonly waiting = new Map<number, SearchPage | null>();
  private next = 0;
  /** The pages sent to Pagefind, until it has answered for them. */
  private readonly pending: Array<Promise<void>> = [];
  private failure: unknown;
  private closed = false;
  /** The position of the last page that may have a part to index (see `useShards`). */
  private lastPart = Number.POSITIVE_INFINITY;
  /**
   * Each shard, written once Pagefind has made its files: asked for as soon as the last page with a part was
   * taken (pages sent as they render).
   */
  private early: Array<Promise<void>> | undefined;
  /** Each shard's key in the store, once its pages are known (see `keys`). */
  private shardKeys: string[] | undefined;
  /** The Pagefind services this index has opened an index on, by number. */
  private readonly used = new Set<number>();

  constructor(private readonly options: SearchIndexOptions) {}

  /**
   * How many shards the index has (searchShardCount): told once the build knows its pages, before any is added.
   * Unless the pages are held, it resolves once every shard's Pagefind index exists, and the build should wait
   * for that before it renders: a page sent to an index still being made waits for Pagefind's answer, which
   * Node reads only between two tasks, and rendering thousands of pages is one long run of promise callbacks.
   * The pages then reached Pagefind only at the end, and a cold build of 4,000 posts took 5 to 8 s longer.
   * `lastPart`: the position of the last page that may have a part to index (the last post or standalone page).
   */
  async useShards(count: number, lastPart = Number.POSITIVE_INFINITY): Promise<void> {
    this.lastPart = lastPart;
    if (this.shards?.length === count) return;
    if (this.shards !== undefined) throw new Error("The search index's shards are already set.");
    const setup = `pagefind ${pagefindVersion()}\0${JSON.stringify(PAGEFIND_OPTIONS)}\0`;
    this.shards = Array.from({ length: count }, (_, shard) => ({
      number: shard,
      key: createHash("sha256").update(`${setup}shard ${shard} of ${count}\0`),
      pages: 0,
      held: [],
    }));
    if (!this.options.deferred)
      await Promise.all(this.shards.map((shard) => this.indexOf(shard).catch(() => undefined)));
  }

  /** The page at `position` in the build's list of pages: what it has to index, or null. */
  add(position: number, page: SearchPage | null): void {
    const shards = this.shards;
    if (shards === undefined) throw new Error("The search index was given a page before its shards were set.");
    this.waiting.set(position, page);
    while (this.waiting.has(this.next)) {
      const ready = this.waiting.get(this.next)!;
      this.waiting.delete(this.next);
      this.next += 1;
      if (ready === null) continue;
      if (this.next - 1 > this.lastPart) {
        // The shards' files may already be asked for: the build fails instead.
        this.failure ??= new SearchIndexError(
          `${ready.file} has a part to index, but no page after position ${this.lastPart} should`,
        );
        continue;
      }
      const shard = shards[shardOf(ready.file, shards.length)]!;
      shard.key.update(ready.file).update("\0").update(ready.hash).update("\0");
      shard.pages += 1;
      if (this.options.deferred) shard.held.push(ready);
      else this.send(shard, ready);
    }
    if (!this.options.deferred && this.early === undefined && this.next > this.lastPart)
      this.early = this.indexAll(shards);
  }

  /**
   * Every shard's files, asked of Pagefind once it has every page: while the build still renders the pages with
   * nothing to index (lists, feeds, archives), Pagefind builds the shards' indexes on the other core, and on every
   * core once rendering is over (see MAX_SERVICES). Each shard is written as soon as it comes, so the build holds
   * one or two shards' files at a time, not the whole index (at 4,000 posts, some 50 MiB at the build's peak).
   */
  private indexAll(shards: readonly Shard[]): Array<Promise<void>> {
    const added = Promise.all(this.pending);
    // No page after this one has a part to index: each shard's pages, and so its key, are final.
    const keys = this.keys();
    return shards.map((shard) => {
      const written = added
        .then(() => this.indexOf(shard))
        .then(filesOf)
        .then((files) => this.writeShard(shard.number, keys[shard.number]!, files));
      // Kept for `write`, which reports a failure; it must not be an unhandled rejection meanwhile.
      written.catch((error: unknown) => (this.failure ??= error));
      return written;
    });
  }

  /** Each shard's key in the store: a hash of its pages, so to be asked for once they are all added. */
  private keys(): string[] {
    this.shardKeys ??= (this.shards ?? []).map((shard) => shard.key.digest("hex").slice(0, 32));
    return this.shardKeys;
  }

  /** Where a shard's files go in the site. */
  private shardPath(number: number): string {
    return path.join(this.options.folder, SEARCH_BUNDLE_URL, shardFolder(number));
  }

  /** Writes a shard's files into the site, and keeps them in the store (linked from the site). */
  private async writeShard(number: number, key: string, files: readonly ShardFile[]): Promise<void> {
    // The first shard is the bundle, with Pagefind's scripts; the others need only their data.
    const kept = files.filter((file) => number === 0 || !/\.(js|css)$|^wasm\./.test(file.path));
    await writeFiles(this.shardPath(number), kept);
    this.options.store?.put(
      key,
      this.shardPath(number),
      kept.map((file) => file.path),
    );
  }

  private indexOf(shard: Shard): Promise<pagefindModule.PagefindIndex> {
    if (shard.index) return shard.index;
    const services = Math.min(this.options.services ?? availableParallelism(), MAX_SERVICES);
    const number = shard.number % Math.max(1, services);
    const service = pagefindService(number);
    if (!this.used.has(number)) {
      this.used.add(number);
      service.open += 1;
    }
    shard.index = service.api.then((pagefind) =>
      pagefind.createIndex(PAGEFIND_OPTIONS).then((created) => {
        if (!created.index) throw new SearchIndexError(created.errors.join("; "));
        return created.index;
      }),
    );
    // A failure is kept for `write`, which reports it; it must not be an unhandled rejection meanwhile.
    shard.index.catch((error: unknown) => (this.failure ??= error));
    return shard.index;
  }

  /**
   * Sent at once, without waiting for the answer to the one before: Pagefind's service reads its requests in
   * the order they are written and handles them one after the other, so the order (and the index) is the
   * same either way, and the build never waits for a round trip to another process. Waiting for each answer
   * cost 5 of a 16 s build of 1,000 posts on a loaded machine.
   */
  private send(shard: Shard, page: SearchPage): void {
    const content = typeof page.part === "string" ? page.part : page.part();
    const added = this.indexOf(shard).then((index) => index.addHTMLFile({ sourcePath: page.file, content }));
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
   * Waits for Pagefind to have every page, and for each shard to be in the site's search bundle: written as soon as
   * Pagefind made it (pages sent as they render), or, for pages held until now, linked from the store when it holds
   * the same pages as a shard a build kept there, else indexed now (and kept). The other shards' folders are listed
   * in SHARDS_FILE, for the search page. The index is taken in memory and written here, not by Pagefind's
   * writeFiles: on a full disk its service panics and the promise never settles, while Node's own writes fail with
   * ENOSPC, which the build reports.
   */
  async write(pages: number): Promise<void> {
    try {
      const shards = this.shards ?? [];
      if (this.next !== pages && this.failure === undefined) {
        throw new SearchIndexError(`only ${this.next} of ${pages} pages reached the search index`);
      }
      const keys = this.keys();
      if (this.early !== undefined) await Promise.all(this.early);
      else {
        const toIndex = shards.filter(
          (shard) => !this.options.store?.linkInto(keys[shard.number]!, this.shardPath(shard.number)),
        );
        for (const shard of toIndex) for (const page of shard.held) this.send(shard, page);
        await Promise.all(this.pending);
        if (this.failure !== undefined) throw this.failure;
        // Every shard's files asked for at once, as each service answers one at a time; written one by one.
        const indexed = toIndex.map((shard) => this.indexOf(shard).then(filesOf));
        // Awaited one by one below: a failure of a later one is reported, or an earlier one's is.
        for (const files of indexed) files.catch(() => undefined);
        for (const [position, shard] of toIndex.entries()) {
          await this.writeShard(shard.number, keys[shard.number]!, await indexed[position]!);
        }
      }
      if (this.failure !== undefined) throw this.failure;
      // An empty shard (rare: a page's shard is chance) is written but not listed; Pagefind cannot merge it.
      const others = shards.flatMap((shard, number) => (number > 0 && shard.pages > 0 ? [shardFolder(number)] : []));
      const bundle = path.join(this.options.folder, SEARCH_BUNDLE_URL);
      await writeFiles(bundle, [{ path: SHARDS_FILE, content: Buffer.from(JSON.stringify(others)) }]);
      this.options.store?.prune();
    } finally {
      await this.close();
    }
  }

  /** Ends this index; the last one open stops Pagefind's process, which would keep Node (and a test run) alive. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all(this.pending);
    for (const shard of this.shards ?? []) {
      await shard.index?.then((index) => index.deleteIndex()).catch(() => undefined);
    }
    for (const number of this.used) {
      const service = services.get(number)!;
      service.open -= 1;
      if (service.open > 0) continue;
      services.delete(number);
      await (await service.api).close();
    }
    // A shard still being written (a build that failed meanwhile) is done with before its folder is removed.
    await Promise.allSettled(this.early ?? []);
  }
}

/** A shard's files as Pagefind makes them. */
async function filesOf(index: pagefindModule.PagefindIndex): Promise<ShardFile[]> {
  const files = await index.getFiles();
  if (files.errors.length > 0) throw new SearchIndexError(files.errors.join("; "));
  return files.files.map((file) => ({ path: file.path, content: file.content }));
}

/** Writes files into `folder`, a few at a time: thousands of writes at once would each hold a file open. */
async function writeFiles(folder: string, files: readonly ShardFile[]): Promise<void> {
  const folders = new Set(files.map((file) => path.dirname(path.join(folder, file.path))));
  await Promise.all([...folders].map((dir) => mkdir(dir, { recursive: true })));
  for (let start = 0; start < files.length; start += WRITES_AT_ONCE) {
    const batch = files.slice(start, start + WRITES_AT_ONCE);
    await Promise.all(batch.map((file) => writeFile(path.join(folder, file.path), file.content)));
  }
}
