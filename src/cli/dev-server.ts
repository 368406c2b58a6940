// The live preview behind `npm start`: Eleventy's dev server over a build that shows drafts and future posts.
import { rm } from "node:fs/promises";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import { pipeline } from "../../.eleventy.ts";
import type { SiteSettings } from "../site.ts";
import { ELEVENTY_INPUT } from "./build-site.ts";

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
  /** Also print the machine's network addresses (the server listens on every interface). */
  showAllHosts?: boolean;
  /** Print nothing (for tests); otherwise Eleventy says when it rebuilds and where the server is. */
  quiet?: boolean;
}

export interface DevServer {
  /** `http://localhost:<port>/` plus the path prefix. */
  readonly url: string;
  close(): Promise<void>;
}

/** What this module reads of Eleventy's dev server once it listens; not part of Eleventy's typed API. */
interface ListeningServer {
  ready(): Promise<void>;
  getServerUrl(host: string): string;
}

/** The site settings for a preview: every post, drafts and future ones with a badge saying so. */
export function previewSite(site: SiteSettings): SiteSettings {
  return { ...site, includeDrafts: true, includeFuture: true };
}

export async function startDevServer(options: DevServerOptions): Promise<DevServer> {
  const site = previewSite(options.site);
  const output = path.resolve(options.root, options.output);
  // A fresh folder, so no page of a post deleted since the last session is served.
  await rm(output, { recursive: true, force: true });
  const eleventy = new Eleventy(ELEVENTY_INPUT, output, {
    runMode: "serve",
    quietMode: true,
    pathPrefix: site.pathPrefix,
    config: (eleventyConfig) => {
      pipeline(eleventyConfig, site, options.root);
      eleventyConfig.setServerOptions({
        port: options.port,
        showAllHosts: options.showAllHosts ?? false,
        ...(options.quiet ? { messageOnStart: () => false } : {}),
      });
    },
  });
  // Quiet mode (set by the engine plugin) still prints a line per build; tests want none.
  if (options.quiet) (eleventy.logger as { overrideLogger(logger: false): void }).overrideLogger(false);
  await eleventy.init();
  const rebuild = await eleventy.watch();
  // Eleventy 3 rebuilds when a file is added or changed, not when one is deleted: a deleted post
  // would stay in every list until the next change. Deleting is a change too.
  eleventy.watcher?.on("unlink", (file: string) => void rebuild(file));
  await eleventy.serve(options.port);
  const server = eleventy.eleventyServe.server as ListeningServer;
  await server.ready();
  return {
    url: server.getServerUrl("localhost"),
    close: () => eleventy.stopWatch(),
  };
}
