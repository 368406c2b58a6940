// Runs one of the TypeScript commands (`node src/cli/run.mjs src/cli/build.ts [flags…]`), starting faster
// than `node --import tsx`. Plain JavaScript on purpose: it imports the runtime dependencies first, with
// Node's own loader, and only then registers tsx. Under tsx every import, however deep inside Eleventy
// (some 300 modules), is a round trip to tsx's loader thread (Node 20 runs loader hooks off-thread);
// modules already loaded never make that trip. A 1-post build: 0.88 → 0.71 s.
// tsx is a production dependency: it is what runs the TypeScript, so `npm ci --omit=dev` must install it.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { register } from "tsx/esm/api";

const [script] = process.argv.splice(2, 1);
if (script === undefined) {
  console.error("Usage: node src/cli/run.mjs <command.ts> [arguments…]");
  process.exit(2);
}
const manifest = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8"));
// Not tsx itself: importing the package registers it, without the project's tsconfig.json.
const preload = Object.keys(manifest.dependencies).filter((name) => name !== "tsx");
await Promise.all(preload.map((name) => import(name)));
// The project's tsconfig.json (JSX through Preact), whatever folder the command runs in.
register({ tsconfig: fileURLToPath(new URL("../../tsconfig.json", import.meta.url)) });
try {
  // The command runs itself through src/cli/command.ts, which reports the author's mistakes; an error
  // here happened while loading the command's own code.
  await import(pathToFileURL(path.resolve(script)).href);
} catch (error) {
  console.error(`${script} could not start. This is a bug in the blog's code, not in your posts or settings:`);
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
}
