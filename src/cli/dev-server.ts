// The live preview behind `npm start`: Eleventy's dev server over a build that shows drafts and future posts,
// listening on this machine only unless told otherwise, guarded against hostile requests, its folder kept in
// step with the posts.
import { rm, rmdir } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import { pipeline } from "../../.eleventy.ts";
import type { Route } from "../pages/route.ts";
import type { SiteSettings } from "../site.ts";
import { eleventyInput } from "./eleventy-input.ts";
import { CommandError } from "./command-error.ts";
import { describeRebuildFailure } from "./rebuild-failure.ts";
import { guardRequests } from "./request-guard.ts";

export interface DevServerOptions {
  site: SiteSettings;
  /** Project root: the posts and assets folders are found from it. */
  root: string;
  /**
   * Where the preview is written. Never the real output folder: the preview has drafts and future
   * posts, which must not be deployed by mistake.
   */
  output: string;
  /** First port to try; Eleventy's server moves up (up to 10 ports) when it is taken. */
  port: number;
  /** The address to listen on: "localhost" (this machine only) unless given; "0.0.0.0" is every IPv4 interface. */
  host?: string;
  /** Print nothing (for tests); otherwise Eleventy says when it rebuilds and where the server is. */
  quiet?: boolean;
  /** Told why a rebuild failed, in one paragraph naming the file; printed to stderr when not given. */
  onRebuildError?: (message: string) => void;
}

export interface DevServer {
  /** `http://localhost:<port>/` (or the host given) plus the path prefix. */
  readonly url: string;
  close(): Promise<void>;
}

/** What this module reads and replaces of Eleventy's dev server; not part of Eleventy's typed API. */
interface EleventyDevServer {
  ready(): Promise<void>;
  getServerUrl(host: string): string;
  readonly server: import("node:net").Server;
  _serverListen(port: number): void;
  onRequestHandler(request: IncomingMessage, response: ServerResponse): Promise<void>;
}

interface EleventyInternals {
  eleventyServe: { initServerInstance(): Promise<void>; server: EleventyDevServer };
  errorHandler: Record<"error" | "fatal" | "warn", (error: unknown, message?: string) => void>;
  logger: { overrideLogger(logger: false): void };
}

/** A written page as Eleventy reports it after a build (with the data selected below). */
interface WrittenPage {
  url: string;
  outputPath: string;
  data?: { blog?: { routes?: readonly Route[] } };
}

/** The site settings for a preview: every post, drafts and future ones with a badge saying so. */
export function previewSite(site: SiteSettings): SiteSettings {
  return { ...site, includeDrafts: true, includeFuture: true };
}

export async function startDevServer(options: DevServerOptions): Promise<DevServer> {
  const site = previewSite(options.site);
  const host = options.host ?? "localhost";
  const output = path.resolve(options.root, options.output);
  const report = options.onRebuildError ?? ((message: string) => console.error(message));
  // A fresh folder, so no page of a post deleted since the last session is served.
  await rm(output, { recursive: true, force: true });
  let changed: string[] = [];
  const pages = new Map<string, string>();
  const eleventy = new Eleventy(eleventyInput(), output, {
    runMode: "serve",
    quietMode: true,
    pathPrefix: site.pathPrefix,
    config: (eleventyConfig) => {
      pipeline(eleventyConfig, site, options.root);
      eleventyConfig.setServerOptions({
        port: options.port,
        ...(options.quiet ? { messageOnStart: () => false } : {}),
      });
      // Each written page then carries the build's routes (every page of the site, even when a rebuild
      // wrote only some), so pages of deleted posts can be removed from the preview.
      (eleventyConfig as unknown as { dataFilterSelectors: Set<string> }).dataFilterSelectors.add("blog.routes");
      eleventyConfig.on("eleventy.beforeWatch", ((queue: string[]) => {
        changed = queue;
      }) as never);
      eleventyConfig.on("eleventy.after", (async ({ results }: { results: unknown[] }) => {
        await dropDeletedPages(output, pages, results.flat() as WrittenPage[]);
      }) as never);
    },
  });
  const internals = eleventy as unknown as EleventyInternals;
  // Quiet mode (set by the engine plugin) still prints a line per build; tests want none.
  if (options.quiet) internals.logger.overrideLogger(false);
  // A failed build is reported once, in one paragraph naming the file, and the last good preview stays.
  // Eleventy's own report adds the whole error chain and its stack.
  const onError = (error: unknown) => report(describeRebuildFailure(error, changed, options.root));
  internals.errorHandler.error = onError;
  internals.errorHandler.fatal = onError;
  await eleventy.init();
  const rebuild = await eleventy.watch();
  // Eleventy 3 rebuilds when a file is added or changed, not when one is deleted: a deleted post
  // would stay in every list until the next change. Deleting is a change too. Not awaited: the rebuild
  // catches and reports its own failures, as it does for Eleventy's own change and add events.
  eleventy.watcher?.on("unlink", (file: string) => void rebuild(file));

  await internals.eleventyServe.initServerInstance();
  const devServer = internals.eleventyServe.server;
  // Eleventy's server listens on every interface and has no host setting (11ty/eleventy-dev-server#128):
  // its listen call is replaced, before it runs, by one that names the host.
  devServer._serverListen = (port) => devServer.server.listen({ port, host });
  // Replaced before the server exists: it binds this method when it creates the HTTP server.
  devServer.onRequestHandler = guardRequests(devServer.onRequestHandler.bind(devServer), {
    folders: [
      // The assets are served from their own folder (Eleventy's emulated passthrough copy; see src/plugins/assets.ts).
      { url: "/assets/", dir: path.resolve(options.root, site.assetsDir) },
      { url: "/", dir: output },
    ],
    pathPrefix: site.pathPrefix,
    onError: report,
  }) as EleventyDevServer["onRequestHandler"];
  // A host this machine does not have (or cannot resolve) fails the start instead of waiting forever.
  const failed = new Promise<never>((_, reject) => {
    devServer.server.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code !== "EADDRINUSE") reject(error);
    });
  });
  await eleventy.serve(options.port);
  try {
    await Promise.race([devServer.ready(), failed]);
  } catch (error) {
    await eleventy.stopWatch();
    throw new CommandError(
      `The preview cannot listen on ${host}: ${(error as Error).message}. Use --host localhost, or an address of this machine.`,
    );
  }
  return {
    url: devServer.getServerUrl(shownHost(host)),
    close: () => eleventy.stopWatch(),
  };
}

/** The host in the printed address: every interface is reachable as localhost too. */
function shownHost(host: string): string {
  if (host === "0.0.0.0" || host === "::") return "localhost";
  return host.includes(":") ? `[${host}]` : host;
}

/**
 * Deletes the files of pages the site no longer has (a deleted or unpublished post, an emptied tag), so
 * the preview never serves them. `pages` remembers every page written so far, by URL.
 */
async function dropDeletedPages(output: string, pages: Map<string, string>, written: readonly WrittenPage[]) {
  const routes = written.find((page) => page.data?.blog?.routes)?.data?.blog?.routes;
  if (routes === undefined) return;
  for (const page of written) pages.set(page.url, path.resolve(page.outputPath));
  const live = new Set(routes.map((route) => route.url));
  for (const [url, file] of pages) {
    if (live.has(url)) continue;
    pages.delete(url);
    await rm(file, { force: true });
    // Its folders too, when nothing else is left in them.
    for (let dir = path.dirname(file); dir.startsWith(`${output}${path.sep}`); dir = path.dirname(dir)) {
      if (
        !(await rmdir(dir).then(
          () => true,
          () => false,
        ))
      )
        break;
    }
  }
}
