// The helper thread's entry (src/helper-thread/helper-thread.ts). Plain JavaScript on purpose: Node 20
// loads a worker's first module before tsx's loader hooks exist in that thread, so this file puts them in
// place first. As in src/cli/run.mjs, the big dependencies are imported before tsx, which would route each
// of their modules through its loader thread.
import { fileURLToPath } from "node:url";
import { register } from "tsx/esm/api";

await Promise.all(["markdown-it", "markdown-it-anchor", "js-yaml", "luxon", "zod"].map((name) => import(name)));
register({ tsconfig: fileURLToPath(new URL("../../tsconfig.json", import.meta.url)) });
await import("./worker-loop.ts");
