// One job shared by the build's thread and the helper thread: a list of items that either may take, each
// done exactly once. The build takes items from the front as it needs them, the helper from the back.
import { receiveMessageOnPort, type MessagePort } from "node:worker_threads";

/**
 * Who has each item, in an array both threads see: whoever moves an item from FREE first does it. An
 * item the helper sent is BUILD again once the build has it, so asking twice never waits for a second
 * message. The slot after the last item is DONE once the helper has gone through the whole list.
 */
export const Claim = { FREE: 0, BUILD: 1, HELPER: 2, SENT: 3, FAILED: 4, DONE: 5 } as const;

/** One item the helper did, or why it could not go on. */
export type JobReply<Result> =
  { readonly index: number; readonly result: Result } | { readonly index: number; readonly error: string };

/** How long the build waits for an item the helper claimed before deciding the helper is stuck. */
const STUCK_AFTER_MS = 60_000;

/** The build's side of a job; the helper's is `runJob` (worker-loop.ts). */
export class SharedJob<Result> {
  readonly claims: Int32Array<SharedArrayBuffer>;
  private readonly arrived = new Map<number, Result>();

  constructor(
    readonly size: number,
    private readonly port: MessagePort,
    private readonly describe: string,
  ) {
    this.claims = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT * (size + 1)));
  }

  /**
   * Item `index` if the helper has claimed it (waiting for it if it is not done yet); undefined if the
   * build should do it itself, which it then owns: the helper skips it.
   */
  take(index: number): Result | undefined {
    if (index >= this.size) return undefined;
    const claim = Atomics.compareExchange(this.claims, index, Claim.FREE, Claim.BUILD);
    // Free until now, or already handed over: the build's to do, or done already.
    if (claim === Claim.FREE || claim === Claim.BUILD) return undefined;
    const started = Date.now();
    for (;;) {
      this.receive();
      if (this.arrived.has(index)) {
        const result = this.arrived.get(index)!;
        this.arrived.delete(index);
        Atomics.store(this.claims, index, Claim.BUILD);
        return result;
      }
      if (Date.now() - started > STUCK_AFTER_MS)
        throw new Error(`The helper thread stopped answering (${this.describe}).`);
      // Woken as soon as the helper marks the item sent (or failed).
      Atomics.wait(this.claims, index, Claim.HELPER, 100);
    }
  }

  /** Blocks until the helper has gone through the whole list (tests use it to see the helper's own work). */
  waitForHelper(): void {
    while (Atomics.load(this.claims, this.size) !== Claim.DONE) Atomics.wait(this.claims, this.size, Claim.FREE, 100);
  }

  /** Reads, without waiting, every item the helper has posted so far. */
  private receive(): void {
    for (let message = receiveMessageOnPort(this.port); message; message = receiveMessageOnPort(this.port)) {
      const reply = message.message as JobReply<Result>;
      if ("error" in reply) throw new Error(`The helper thread failed (${this.describe}): ${reply.error}`);
      this.arrived.set(reply.index, reply.result);
    }
  }
}
