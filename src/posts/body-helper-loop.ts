// What the body-rendering helper thread runs: its own Markdown reader, then every body still free, from the last one back.
import { parentPort } from "node:worker_threads";
import { ImageSet } from "../images/image-set.ts";
import { BodyClaim, type HelperReply, type HelperTask } from "./body-helper.ts";
import { createMarkdown } from "./markdown.ts";
import { renderBody } from "./render-body.ts";

const markdown = createMarkdown();

parentPort!.once("message", ({ bodies, images: imageData, claims: shared, port }: HelperTask) => {
  const images = ImageSet.fromData(imageData);
  const claims = new Int32Array(shared);
  for (let index = bodies.length - 1; index >= 0; index -= 1) {
    if (Atomics.compareExchange(claims, index, BodyClaim.FREE, BodyClaim.HELPER) !== BodyClaim.FREE) continue;
    let reply: HelperReply;
    try {
      reply = { index, rendered: renderBody(markdown, bodies[index]!, images) };
    } catch (error) {
      reply = { index, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
    // Posted before the claim changes: the build reads the message once it sees the new claim.
    port.postMessage(reply);
    Atomics.store(claims, index, "error" in reply ? BodyClaim.FAILED : BodyClaim.SENT);
    Atomics.notify(claims, index);
    if ("error" in reply) break;
  }
  port.close();
});
