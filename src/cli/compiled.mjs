// The commands compiled to JavaScript with esbuild, once per version of the code, into .cache/compiled/: a
// command then starts without tsx, whose loader hooks cost every module a round trip to another thread,
// and loads one file instead of some 200. Plain JavaScript on purpose, as src/cli/run.mjs (which calls it).
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
/** Where the compiled code is kept; removing it only costs the next command its compile (about a second). */
export const COMPILED_DIR = path.join(ROOT, ".cache", "compiled");
/** The helper thread's code, compiled beside the commands (src/helper-thread/helper-thread.ts starts it). */
const WORKER_SOURCE = "src/helper-thread/worker-loop.ts";
const SOURCE_FOLDERS = ["src", "layouts"];
const SOURCE_FILES = [".eleventy.ts", "tsconfig.json", "package.json", "package-lock.json"];
const SOURCE = /\.(ts|tsx|mts|js|mjs|json)$/;

/** The commands package.json runs through run.mjs (`node src/cli/run.mjs src/cli/build.ts`), as project paths. */
function commandSources() {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8"));
  const found = Object.values(manifest.scripts).flatMap((script) => {
    const match = /run\.mjs\s+(\S+\.ts)\b/.exec(script);
    return match ? [match[1]] : [];
  });
  return [...new Set(found)].sort();
}

/** Every file the compiled code is made from, sorted, as project paths. */
function sourceFiles() {
  const files = SOURCE_FILES.filter((file) => existsSync(path.join(ROOT, file)));
  for (const folder of SOURCE_FOLDERS) {
    for (const entry of readdirSync(path.join(ROOT, folder), { recursive: true, withFileTypes: true })) {
      if (entry.isFile() && SOURCE.test(entry.name)) {
        files.push(path.relative(ROOT, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"));
      }
    }
  }
  return files.sort();
}

/**
 * The code's own hash: every source file's path and bytes, the esbuild version, and where the project is
 * (the compiled code names its source files by absolute path). The build cache keys on it too.
 */
export function codeHash(esbuildVersion = esbuildPackageVersion()) {
  const hash = createHash("sha256").update(`${esbuildVersion}\0${ROOT}\0${process.version.split(".")[0]}\0`);
  for (const file of sourceFiles())
    hash
      .update(file)
      .update("\0")
      .update(readFileSync(path.join(ROOT, file)))
      .update("\0");
  return hash.digest("hex").slice(0, 20);
}

function esbuildPackageVersion() {
  const file = fileURLToPath(import.meta.resolve("esbuild/package.json"));
  return JSON.parse(readFileSync(file, "utf8")).version;
}

/**
 * The compiled module of a command (`src/cli/build.ts`), compiling the code first when this version of it
 * has not been; undefined for a script that is not one of package.json's commands (run it with tsx).
 */
export async function compiledCommand(script) {
  const source = path.relative(ROOT, path.resolve(script)).split(path.sep).join("/");
  const commands = commandSources();
  if (!commands.includes(source)) return undefined;
  const folder = path.join(COMPILED_DIR, codeHash());
  if (!existsSync(path.join(folder, "done"))) await compile(folder, commands);
  return pathToFileURL(path.join(folder, outputName(source))).href;
}

/** `src/cli/build.ts` → `build.mjs`. */
function outputName(source) {
  return `${path.basename(source).replace(/\.[^.]+$/, "")}.mjs`;
}

/**
 * One esbuild run for every command and the helper thread, sharing their common code in chunks. The
 * dependencies stay imports (node_modules is beside .cache/). Written into a folder of its own, then
 * renamed into place, so a command started meanwhile never reads half of it.
 */
async function compile(folder, commands) {
  const esbuild = await import("esbuild");
  const staging = `${folder}.${process.pid}.tmp`;
  rmSync(staging, { recursive: true, force: true });
  const entryPoints = [...commands, WORKER_SOURCE].map((source) => ({
    in: path.join(ROOT, source),
    out: outputName(source).replace(/\.mjs$/, ""),
  }));
  await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints,
    outdir: staging,
    outExtension: { ".js": ".mjs" },
    chunkNames: "chunks/[name]-[hash]",
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: `node${process.versions.node.split(".")[0]}`,
    packages: "external",
    tsconfig: path.join(ROOT, "tsconfig.json"),
    logLevel: "silent",
    // Where each module's own `import.meta.url` pointed: its source file, as under tsx (the code finds
    // files beside it, such as the helper thread's worker).
    plugins: [sourceUrls()],
    define: {
      __BLOG_COMPILED_WORKER__: JSON.stringify(pathToFileURL(path.join(folder, outputName(WORKER_SOURCE))).href),
    },
    banner: { js: "// Compiled by src/cli/compiled.mjs from the project's TypeScript; do not edit." },
  });
  writeFileSync(path.join(staging, "done"), "");
  try {
    renameSync(staging, folder);
  } catch (error) {
    // Another command compiled the same code meanwhile: its copy is as good.
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(path.join(folder, "done"))) throw error;
  }
  // Older versions of the code are of no more use.
  for (const name of readdirSync(COMPILED_DIR)) {
    const other = path.join(COMPILED_DIR, name);
    if (other !== folder && !name.endsWith(".tmp") && !name.startsWith("settings")) {
      rmSync(other, { recursive: true, force: true });
    }
  }
}

/** Spelt in parts: this file is compiled too, and the plugin must not rewrite its own string. */
const META_URL = ["import", "meta", "url"].join(".");

/** An esbuild plugin: `import.meta.url` in a project file becomes that file's own URL. */
function sourceUrls() {
  return {
    name: "source-urls",
    setup(build) {
      build.onLoad({ filter: /\.(ts|tsx|mts|mjs|js)$/ }, (args) => {
        if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
        const text = readFileSync(args.path, "utf8");
        if (!text.includes(META_URL)) return undefined;
        const loader = args.path.endsWith(".tsx") ? "tsx" : /\.m?ts$/.test(args.path) ? "ts" : "js";
        const url = JSON.stringify(pathToFileURL(args.path).href);
        return { contents: text.replaceAll(META_URL, url), loader };
      });
    },
  };
}

/** Makes sure the folder exists (for the settings files compiled on demand, src/cli/import-settings.ts). */
export function ensureCompiledDir(name) {
  const folder = path.join(COMPILED_DIR, name);
  mkdirSync(folder, { recursive: true });
  return folder;
}
