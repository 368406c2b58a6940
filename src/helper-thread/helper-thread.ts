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
  /** Jobs sent to the running thread that it has not gone through yet. */
  private jobs = 0;
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
    const worker = new Worker(this.entry);
    this.worker = worker;
    this.jobs = 0;
    // A thread that cannot start claims nothing, and the build does every item itself: slower, not wrong.
    worker.on("error", (error) =>
      this.onWarning(`the helper thread stopped (${error.message}); the build goes on without it.`),
    );
    // Told of each job the thread has gone through (worker-loop.ts).
    worker.on("message", () => this.jobFinished(worker));
    // Never what keeps a finished (or failed) build's process alive; the build closes it anyway. After the
    // listeners: listening for messages holds the process open again.
    worker.unref();
  }

  /** Whether the thread is running: from `start` until its jobs are all done, or it is closed. */
  get running(): boolean {
    return this.worker !== undefined;
  }

  /**
   * A thread with no job left stops, and gives back its memory: the build renders pages for seconds after the
   * helper has rendered its last body, and its heap (Markdown reader, highlight.js, what the bodies left behind)
   * would stay in the build's peak memory all that time. At 4,000 posts: about 95 MiB of the build's peak RSS.
   * Every reply the thread sent is already waiting on the job's port, which outlives it. A later job starts a
   * new thread.
   */
  private jobFinished(worker: Worker): void {
    if (worker !== this.worker || (this.jobs -= 1) > 0) return;
    this.worker = undefined;
    void worker.terminate();
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
    this.jobs += 1;
    this.worker!.postMessage(request, [port2]);
    return job;
  }

  async close(): Promise<void> {
    await this.worker?.terminate();
    this.worker = undefined;
  }
}
