// An atomic build: Eleventy writes into a staging folder; only a finished build replaces the output.
import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import { DateTime } from "luxon";
import { pipeline } from "../../.eleventy.ts";
import { HELPER_FROM_POSTS, HelperThread } from "../helper-thread/helper-thread.ts";
import { BuildCache } from "../cache/build-cache.ts";
import { outputFile } from "../plugins/pages.ts";
import { findContentErrorList } from "../problems/content-error.ts";
import { formatProblem } from "../problems/problem.ts";
import { findPostFiles } from "../posts/post-files.ts";
import { SearchIndex, searchablePart, searchPage } from "../search/index-site.ts";
import { PAGES_PER_SHARD, searchShardCount } from "../search/shards.ts";
import type { Route } from "../pages/route.ts";
import type { SiteSettings } from "../site.ts";
import { eleventyInput } from "./eleventy-input.ts";
import { claimOutput, describeFileSystemFault, OutputBusyError } from "./output-folder.ts";

/** The persistent build cache `npm run build` uses, in the project folder (BLOG_CACHE_DIR names another). */
export const BUILD_CACHE_DIR = ".cache/build";

export interface BuildOptions {
  site: SiteSettings;
  /** Project root: the posts and assets folders are found from it. */
  root: string;
  /** Where the finished site goes; replaced as a whole. */
  output: string;
  /** Eleventy's own `--pathprefix` flag, which wins over the site's setting. */
  pathPrefix?: string;
  /** Pages per search shard (src/search/shards.ts); PAGES_PER_SHARD unless a test asks for smaller shards. */
  searchShardPages?: number;
  /**
   * The persistent build cache's folder (`npm run build` gives `.cache/build/`): pages whose inputs did not
   * change since a build that used it are reused instead of rendered. None: every page is rendered.
   */
  cacheDir?: string;
}

export type BuildResult =
  | {
      ok: true;
      pages: number;
      /** Problems that did not stop the build (a missing image), one message each. */
      warnings: string[];
      /** Seconds spent on the search index (part of the build's time); undefined when the site has no search. */
      searchSeconds?: number;
      /** Of `pages`, those taken from the persistent cache instead of rendered. */
      reused?: number;
    }
  | { ok: false; message: string };

/**
 * Builds the site. On failure the previous output is left exactly as it was, and the message says why:
 * every content error with its file and line, or Eleventy's own error.
 */
export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  const output = path.resolve(options.root, options.output);
  let claim;
  try {
    claim = await claimOutput(output);
  } catch (error) {
    if (error instanceof OutputBusyError) return { ok: false, message: error.message };
    return { ok: false, message: describeFailure(error, output) };
  }
  // Ctrl+C or a CI time-out: the staging folder and the lock go with the build (a SIGKILL leaves them,
  // and the next build removes them). Not awaited: a signal handler cannot wait, and the signal, raised
  // again once the lock is released (or failed to be), ends the process either way.
  const stop = (signal: NodeJS.Signals) => {
    void claim.release().finally(() => process.kill(process.pid, signal));
  };
  process.once("SIGINT", stop).once("SIGTERM", stop);
  // Eleventy copies assets beside writing pages; on a full disk both fail, and the second failure is a
  // promise nobody awaits, which would end the process with a stack trace. It is the build's to report.
  const strays: unknown[] = [];
  const onStray = (reason: unknown) => void strays.push(reason);
  process.on("unhandledRejection", onStray);
  let result: BuildResult | undefined;
  try {
    result = await writeSite(options, claim.staging, () => claim.publish(), output, strays);
    return result;
  } finally {
    process.off("SIGINT", stop).off("SIGTERM", stop);
    // A failed build's copies may still reject after it has returned: they stay the build's, not a crash.
    if (result?.ok === true) process.off("unhandledRejection", onStray);
    await claim.release();
  }
}

/** Eleventy writes the whole site into `staging`, the search index is added, then `publish` swaps it in. */
async function writeSite(
  options: BuildOptions,
  staging: string,
  publish: () => Promise<void>,
  output: string,
  strays: readonly unknown[],
): Promise<BuildResult> {
  const warnings: string[] = [];
  // Its thread starts when the posts are read (loadBlog), and stops with the build.
  const buildCache = options.cacheDir === undefined ? undefined : openBuildCache(options, options.cacheDir);
  const warm = buildCache?.likelyWarm() === true;
  // Not in a build that will likely take most pages from the cache: it renders few bodies.
  const helper = !warm && (await wantsHelper(options)) ? new HelperThread() : undefined;
  // Fed each page as it is rendered: in a cold build Pagefind's process indexes while the build renders the next
  // ones; in a warm one, only the shards whose pages changed are indexed, at the end.
  const search = options.site.search
    ? new SearchIndex({ folder: staging, store: buildCache?.searchShards, deferred: warm })
    : undefined;
  let searchBusy = 0;
  /** The hash of each rendered page's part to index, by URL. */
  const searchParts = new Map<string, string>();
  const eleventy = new Eleventy(eleventyInput(), staging, {
    quietMode: true,
    pathPrefix: options.pathPrefix ?? options.site.pathPrefix,
    config: (eleventyConfig) =>
      pipeline(eleventyConfig, options.site, options.root, {
        onWarning: (warning) => warnings.push(formatProblem(warning)),
        helper,
        buildCache,
        // A one-off build: nothing reads a page's content once its file is written.
        releaseWritten: true,
        onBlog: (blog) => {
          // Only a post's page and a standalone page have a part to index (layouts/post.tsx and page.tsx).
          const indexed = (route: Route) => route.kind === "post" || route.kind === "page";
          const count = searchShardCount(
            blog.routes.filter(indexed).length,
            options.searchShardPages ?? PAGES_PER_SHARD,
          );
          return search?.useShards(count, blog.routes.findLastIndex(indexed));
        },
        onPage: (position, route, file, html) => {
          if (!search) return;
          const started = performance.now();
          const page = html === null ? null : searchPage(file, html);
          if (page) searchParts.set(route.url, page.hash);
          search.add(position, page);
          searchBusy += performance.now() - started;
        },
      }),
  });
  silenceErrorLog(eleventy);
  let pages: number;
  let reusedPages = 0;
  let searchSeconds: number | undefined;
  try {
    const [, templates] = await eleventy.write();
    const reused = buildCache?.reusedPages ?? [];
    pages = templates.length + reused.length;
    reusedPages = reused.length;
    for (const page of reused) {
      const { file, cached, search: hash } = page;
      search?.add(
        page.position,
        hash === undefined ? null : { file, hash, part: () => searchablePart(readFileSync(cached, "utf8")) },
      );
    }
    // The search index is written into the staging folder, so the published site and its index always match;
    // the cache is kept meanwhile, while Pagefind's processes finish the index (each yields to the other).
    const started = performance.now();
    let searchEnded = started;
    const [kept, indexed] = await Promise.allSettled([
      buildCache?.finish(staging, searchParts),
      search?.write(pages).then(() => void (searchEnded = performance.now())),
    ]);
    for (const settled of [kept, indexed]) if (settled.status === "rejected") throw settled.reason;
    // What the build spent on search: handing pages over while rendering, then finishing the index.
    if (search) searchSeconds = (searchBusy + searchEnded - started) / 1000;
    // A copy or write that failed on the side fails the build, before anything is published.
    if (strays.length > 0) throw strays[0];
    await publish();
  } catch (error) {
    return { ok: false, message: describeFailure(error, output) };
  } finally {
    await search?.close();
    await helper?.close();
  }
  return { ok: true, pages, warnings, reused: reusedPages, ...(searchSeconds === undefined ? {} : { searchSeconds }) };
}

/**
 * The cache, keyed by everything a page is made from besides the posts: the settings (with the path prefix
 * given on the command line), the day (pages may show it), the authors file and the published folders.
 */
function openBuildCache(options: BuildOptions, folder: string): BuildCache {
  const { site, root } = options;
  const day = DateTime.now().setZone(site.timeZone).toISODate();
  return new BuildCache(
    path.resolve(root, folder),
    { site, pathPrefix: options.pathPrefix ?? site.pathPrefix, day },
    [site.authorsFile, site.assetsDir, ...site.staticDirs].map((input) => path.resolve(root, input)),
    outputFile,
    site,
  );
}

/** A helper thread pays for itself on a big blog, on a machine with a second core to run it. */
async function wantsHelper(options: BuildOptions): Promise<boolean> {
  if (availableParallelism() < 2) return false;
  const files = await findPostFiles(path.resolve(options.root, options.site.postsDir)).catch(() => []);
  return files.length >= HELPER_FROM_POSTS;
}

/** Eleventy prints a failed build's error chain itself; the build prints its own, clearer report instead. */
function silenceErrorLog(eleventy: Eleventy): void {
  const logger = eleventy.logger as { message: (message: string, type?: string, ...rest: unknown[]) => void };
  const message = logger.message.bind(logger);
  logger.message = (text, type, ...rest) => {
    if (type !== "error") message(text, type, ...rest);
  };
}

function describeFailure(error: unknown, output: string): string {
  const contentErrors = findContentErrorList(error);
  if (contentErrors) return contentErrors.message;
  const fault = describeFileSystemFault(error, output);
  if (fault !== undefined) return fault;
  const chain: string[] = [];
  for (let current = error as { message?: string; originalError?: unknown } | undefined; current;) {
    if (current.message) chain.push(current.message);
    current = current.originalError as typeof current;
  }
  // Not a content error, nor a fault of the disk: a bug in the build, whose trace is for its maintainers.
  return (
    `The site was not built: ${chain.join(" ← ") || String(error)}\n` +
    `This is a bug in the build, not a problem with your posts: please report it with the trace below.\n${(error as Error).stack ?? ""}`
  );
}
