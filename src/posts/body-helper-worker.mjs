// The thread of src/posts/body-helper.ts. Plain JavaScript on purpose: Node 20 loads a worker's first
// module before tsx's loader hooks exist in that thread, so this file puts them in place first.
import { register } from "tsx/esm/api";

register();
await import("./body-helper-loop.ts");
