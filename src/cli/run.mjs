// Runs one of the commands (`node src/cli/run.mjs src/cli/build.ts [flags…]`). Plain JavaScript on purpose.
// The commands run compiled (src/cli/compiled.mjs): esbuild turns the TypeScript into one JavaScript module
// per command the first time a version of the code runs, in .cache/compiled/, and every later run imports
// that with Node's own loader. The sample blog's build (15 posts, search off): 2.44 s under tsx → 2.08 s,
// medians of 3 on a loaded 2-core machine. Anything else (a script that is
// not a package.json command) still runs under tsx, whose hooks are registered only then, after the
// dependencies are loaded, since under tsx every import is a round trip to its loader thread.
// tsx (and so esbuild) is a production dependency: `npm ci --omit=dev` must install it.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const [script] = process.argv.splice(2, 1);
if (script === undefined) {
  console.error("Usage: node src/cli/run.mjs <command.ts> [arguments…]");
  process.exit(2);
}

// Eleventy registers an ESM loader hook so that watch mode can import a changed JavaScript file afresh
// (11ty/eleventy#3270); on Node < 22.15 the hook runs on a thread of its own, which every later import
// waits on. No file here is imported through Eleventy, and only `npm start` watches: the other
// commands go without it (the sample blog's build: about 0.1 s less start-up).
if (!script.endsWith("serve.ts")) process.env.ELEVENTY_SKIP_ESM_RESOLVER ??= "1";

/** The module to run: the command compiled, or its TypeScript under tsx. */
async function entry() {
  if (process.env.BLOG_RUN_TSX !== "1") {
    const { compiledCommand } = await import("./compiled.mjs");
    const compiled = await compiledCommand(script);
    if (compiled !== undefined) return compiled;
  }
  const manifest = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8"));
  // Not tsx itself (importing the package registers it, without the project's tsconfig.json), nor esbuild.
  const preload = Object.keys(manifest.dependencies).filter((name) => name !== "tsx" && name !== "esbuild");
  await Promise.all(preload.map((name) => import(name)));
  const { register } = await import("tsx/esm/api");
  // The project's tsconfig.json (JSX through Preact), whatever folder the command runs in.
  register({ tsconfig: fileURLToPath(new URL("../../tsconfig.json", import.meta.url)) });
  return pathToFileURL(path.resolve(script)).href;
}

try {
  // The command runs itself through src/cli/command.ts, which reports the author's mistakes; an error
  // here happened while compiling or loading the command's own code.
  await import(await entry());
} catch (error) {
  console.error(`${script} could not start. This is a bug in the blog's code, not in your posts or settings:`);
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
}
