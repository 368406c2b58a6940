// A second thread for big one-off builds: it renders post bodies while the build renders pages. The job is
// shared item by item (shared-job.ts): the build never waits for the helper to start, only for a body the
// helper is in the middle of.
import { MessageChannel, Worker, type MessagePort } from "node:worker_threads";
import type { ImageSet, ImageSetData } from "../images/image-set.ts";
import type { MarkdownOptions } from "../posts/markdown.ts";
import type { RenderedBody } from "../posts/render-body.ts";
import { SharedJob } from "./shared-job.ts";

/**
 * Fewer post files than this are rendered on the build's thread alone: the helper takes about 0.25 s
 * to start (it loads markdown-it and highlight.js itself), what 1,000 bodies take to render.
 */
export const HELPER_FROM_POSTS = 1000;

/** Set by src/cli/compiled.mjs in the compiled commands: the helper's code, compiled beside them. */
declare const __BLOG_COMPILED_WORKER__: string | undefined;

/**
 * The compiled helper when the command runs compiled; else a plain .mjs file that registers tsx (Node 20
 * starts a worker's first module before any loader hook is in place).
 */
const WORKER_ENTRY = new URL(
  typeof __BLOG_COMPILED_WORKER__ === "string" ? __BLOG_COMPILED_WORKER__ : "./worker.mjs",
  import.meta.url,
);

/** A message to the helper: the bodies to render, the shared claims, and the port the results come back on. */
export interface HelperRequest {
  readonly claims: SharedArrayBuffer;
  readonly port: MessagePort;
  readonly bodies: readonly string[];
  readonly images: ImageSetData;
  /** The site's Markdown settings: the helper's reader must render as the build's does. */
  readonly markdown: MarkdownOptions;
}

export interface HelperThreadOptions {
  /** The thread's first module; only tests give another one. */
  readonly entry?: URL;
  /** Where a thread that stopped is reported (each thread its own, so a test need not replace console.warn). */
  readonly onWarning?: (message: string) => void;
}

export class HelperThread {
  private worker: Worker | undefined;
  private readonly entry: URL;
  private readonly onWarning: (message: string) => void;

  constructor(options: HelperThreadOptions = {}) {
    this.entry = options.entry ?? WORKER_ENTRY;
    this.onWarning = options.onWarning ?? ((message) => console.warn(`Warning: ${message}`));
  }

  /**
   * Starts the thread, if it is not running yet. Best called just before the build reads its posts: the
   * thread then loads its modules on the second core while the first one reads (started any earlier, it
   * competed with Eleventy's own start and cost more than it saved).
   */
  start(): void {
    if (this.worker !== undefined) return;
    this.worker = new Worker(this.entry);
    // Never what keeps a finished (or failed) build's process alive; the build closes it anyway.
    this.worker.unref();
    // A thread that cannot start claims nothing, and the build does every item itself: slower, not wrong.
    this.worker.on("error", (error) =>
      this.onWarning(`the helper thread stopped (${error.message}); the build goes on without it.`),
    );
  }

  /** Bodies rendered as `renderBody` does with the site's Markdown reader (`createMarkdown`), from the last one back. */
  renderBodies(bodies: readonly string[], images: ImageSet, markdown: MarkdownOptions = {}): SharedJob<RenderedBody> {
    this.start();
    const { port1, port2 } = new MessageChannel();
    const job = new SharedJob<RenderedBody>(bodies.length, port1, "rendering bodies");
    const request: HelperRequest = {
      claims: job.claims.buffer,
      port: port2,
      bodies,
      images: images.toData(),
      markdown,
    };
    this.worker!.postMessage(request, [port2]);
    return job;
  }

  async close(): Promise<void> {
    await this.worker?.terminate();
    this.worker = undefined;
  }
}
