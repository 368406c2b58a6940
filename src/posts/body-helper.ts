// A second thread that renders post bodies while the build renders pages: the build takes bodies from
// the start of the list as its pages ask for them, the helper from the end, and neither renders one twice.
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from "node:worker_threads";
import type { ImageSet, ImageSetData } from "../images/image-set.ts";
import type { RenderedBody } from "./render-body.ts";

/**
 * Fewer post files than this are rendered on the build's thread alone: the helper takes about 0.3 s to
 * start (it loads markdown-it and highlight.js itself), what 1,000 bodies take to render.
 */
export const HELPER_FROM_POSTS = 1000;

/** A plain .mjs file: Node 20 starts a worker's first module before any loader hook (tsx) is in place. */
const WORKER_ENTRY = new URL("./body-helper-worker.mjs", import.meta.url);

/**
 * Who renders each body, in a shared array: whoever moves a body from FREE first renders it. A body the
 * helper sent is BUILD again once the build has it, so asking twice never waits for a second message.
 */
export const BodyClaim = { FREE: 0, BUILD: 1, HELPER: 2, SENT: 3, FAILED: 4 } as const;

/** What the build sends the helper, once: everything it needs to render any body. */
export interface HelperTask {
  readonly bodies: readonly string[];
  readonly images: ImageSetData;
  /** Int32 per body: its BodyClaim. */
  readonly claims: SharedArrayBuffer;
  /** Where the helper posts each body it renders. */
  readonly port: MessagePort;
}

/** One body rendered by the helper, or why it could not render any more. */
export type HelperReply =
  | { readonly index: number; readonly rendered: RenderedBody }
  | { readonly index: number; readonly error: string };

/** How long the build waits for a body the helper has claimed before deciding the helper is stuck. */
const STUCK_AFTER_MS = 60_000;

export class BodyHelper {
  private claims = new Int32Array(new SharedArrayBuffer(0));
  private readonly channel = new MessageChannel();
  private readonly arrived = new Map<number, RenderedBody>();

  private readonly exited: Promise<void>;

  private constructor(private readonly worker: Worker) {
    this.exited = new Promise((resolve) => worker.once("exit", () => resolve()));
  }

  /** Starts the thread now, so it loads its modules while the build reads the posts. */
  static start(): BodyHelper {
    const worker = new Worker(WORKER_ENTRY);
    // Never what keeps a finished (or failed) build's process alive.
    worker.unref();
    return new BodyHelper(worker);
  }

  /** Hands the helper every body the build may show; it renders them from the last one back. */
  begin(bodies: readonly string[], images: ImageSet): void {
    const claims = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT * bodies.length);
    this.claims = new Int32Array(claims);
    const task: HelperTask = { bodies, images: images.toData(), claims, port: this.channel.port2 };
    this.worker.postMessage(task, [this.channel.port2]);
  }

  /**
   * Body `index` if the helper has claimed it (waiting for it if it is not done yet); undefined if the
   * build should render it itself, which it then owns: the helper skips it.
   */
  take(index: number): RenderedBody | undefined {
    if (index >= this.claims.length) return undefined;
    const claim = Atomics.compareExchange(this.claims, index, BodyClaim.FREE, BodyClaim.BUILD);
    // Free until now, or already handed over: the build's to render, or rendered already.
    if (claim === BodyClaim.FREE || claim === BodyClaim.BUILD) return undefined;
    const started = Date.now();
    for (;;) {
      this.receive();
      const rendered = this.arrived.get(index);
      if (rendered !== undefined) {
        this.arrived.delete(index);
        Atomics.store(this.claims, index, BodyClaim.BUILD);
        return rendered;
      }
      if (Date.now() - started > STUCK_AFTER_MS) throw new Error("The body-rendering helper thread stopped answering.");
      // Woken as soon as the helper marks this body sent (or failed).
      Atomics.wait(this.claims, index, BodyClaim.HELPER, 100);
    }
  }

  /** Resolves when the thread has ended: by itself once every body is claimed, or by `close`. */
  finished(): Promise<void> {
    // Whoever waits for the thread keeps the process alive until it ends.
    this.worker.ref();
    return this.exited;
  }

  /** Stops the thread (it also ends by itself once every body is claimed). */
  async close(): Promise<void> {
    this.channel.port1.close();
    await this.worker.terminate();
  }

  /** Reads, without waiting, every body the helper has posted so far. */
  private receive(): void {
    for (let message = receiveMessageOnPort(this.channel.port1); message; message = receiveMessageOnPort(this.channel.port1)) {
      const reply = message.message as HelperReply;
      if ("error" in reply) throw new Error(`The body-rendering helper thread failed: ${reply.error}`);
      this.arrived.set(reply.index, reply.rendered);
    }
  }
}
