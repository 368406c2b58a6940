// What the helper thread runs: each job it is sent, item by item from the back, skipping what the build took.
import { parentPort, type MessagePort } from "node:worker_threads";
import { ImageSet, type ImageSetData } from "../images/image-set.ts";
import type { BodyImages } from "../markdown/images.ts";
import { createMarkdown, type Markdown } from "../posts/markdown.ts";
import { renderBody } from "../posts/render-body.ts";
import type { HelperRequest } from "./helper-thread.ts";
import { Claim, type JobReply } from "./shared-job.ts";

/** One reader per set of settings (a build sends the same ones every time). */
const readers = new Map<string, Markdown>();

/**
 * Does every item still free that `wanted` says can be done now, from the last one back. False if one failed: that
 * is reported, and the job goes no further.
 */
function runItems<Result>(
  claims: Int32Array,
  port: MessagePort,
  size: number,
  work: (index: number) => Result,
  wanted: (index: number) => boolean = () => true,
): boolean {
  for (let index = size - 1; index >= 0; index -= 1) {
    if (!wanted(index)) continue;
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
    if ("error" in reply) return false;
  }
  return true;
}

/** Marks the job gone through, for the build's thread (the slot after the last item) and its HelperThread. */
function finishJob(claims: Int32Array, port: MessagePort, size: number): void {
  Atomics.store(claims, size, Claim.DONE);
  Atomics.notify(claims, size);
  port.close();
  // Every reply is on the job's port: the thread may be stopped (HelperThread's jobFinished).
  parentPort!.postMessage("job finished");
}

/**
 * What a body that names no image is rendered with: the renderer asks the images only of a Markdown image, which
 * is always written `![…]`. Asked anyway, it fails the item, which the build then renders itself.
 */
const NO_IMAGES: BodyImages = {
  isMissing: () => {
    throw new Error("a body rendered before the build's images were known has an image");
  },
  bodyImageHtml: () => {
    throw new Error("a body rendered before the build's images were known has an image");
  },
};

parentPort!.on("message", (request: HelperRequest) => {
  const key = JSON.stringify(request.markdown);
  let markdown = readers.get(key);
  if (markdown === undefined) readers.set(key, (markdown = createMarkdown(request.markdown)));
  const { port, bodies } = request;
  const claims = new Int32Array(request.claims);
  const renderWith = (images: BodyImages) => (index: number) => renderBody(markdown, bodies[index]!, images);
  if (request.images !== undefined) {
    runItems(claims, port, bodies.length, renderWith(ImageSet.fromData(request.images)));
    finishJob(claims, port, bodies.length);
    return;
  }
  // The build has not measured its images yet: first the bodies that name none, then the others once it sends them.
  const namesNoImage = (index: number) => !bodies[index]!.includes("![");
  if (!runItems(claims, port, bodies.length, renderWith(NO_IMAGES), namesNoImage)) {
    finishJob(claims, port, bodies.length);
    return;
  }
  port.once("message", (images: ImageSetData) => {
    runItems(claims, port, bodies.length, renderWith(ImageSet.fromData(images)));
    finishJob(claims, port, bodies.length);
  });
});
