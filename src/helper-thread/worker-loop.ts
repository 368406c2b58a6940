// What the helper thread runs: each job it is sent, item by item from the back, skipping what the build took.
import { parentPort, type MessagePort } from "node:worker_threads";
import { ImageSet } from "../images/image-set.ts";
import { createMarkdown, type Markdown } from "../posts/markdown.ts";
import { renderBody } from "../posts/render-body.ts";
import type { HelperRequest } from "./helper-thread.ts";
import { Claim, type JobReply } from "./shared-job.ts";

/** One reader per set of settings (a build sends the same ones every time). */
const readers = new Map<string, Markdown>();

/** Does every item still free, from the last one back; stops at the first failure, which it reports. */
function runJob<Result>(shared: SharedArrayBuffer, port: MessagePort, size: number, work: (index: number) => Result) {
  const claims = new Int32Array(shared);
  for (let index = size - 1; index >= 0; index -= 1) {
    if (Atomics.compareExchange(claims, index, Claim.FREE, Claim.HELPER) !== Claim.FREE) continue;
    let reply: JobReply<Result>;
    try {
      reply = { index, result: work(index) };
    } catch (error) {
      reply = { index, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
    // Posted before the claim changes: the build reads the message once it sees the new claim.
    port.postMessage(reply);
    Atomics.store(claims, index, "error" in reply ? Claim.FAILED : Claim.SENT);
    Atomics.notify(claims, index);
    if ("error" in reply) break;
  }
  Atomics.store(claims, size, Claim.DONE);
  Atomics.notify(claims, size);
  port.close();
}

parentPort!.on("message", (request: HelperRequest) => {
  const images = ImageSet.fromData(request.images);
  const key = JSON.stringify(request.markdown);
  let markdown = readers.get(key);
  if (markdown === undefined) readers.set(key, (markdown = createMarkdown(request.markdown)));
  runJob(request.claims, request.port, request.bodies.length, (index) =>
    renderBody(markdown!, request.bodies[index]!, images),
  );
  // The job is done (every reply is on its port): the thread may be stopped (HelperThread's jobFinished).
  parentPort!.postMessage("job finished");
});
