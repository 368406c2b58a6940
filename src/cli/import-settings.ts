// Imports a settings file written in TypeScript (site.config.ts) the way the running command can: under tsx
// (the tests, scripts) Node imports it; in a compiled command (src/cli/compiled.mjs), where Node cannot read
// TypeScript, esbuild compiles it first into .cache/compiled/settings/, named after what it compiled to.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/** Defined in the compiled commands only (see src/helper-thread/helper-thread.ts). */
declare const __BLOG_COMPILED_WORKER__: string | undefined;

/** Where compiled settings files go: beside the compiled commands, in the project the command runs from. */
const SETTINGS_DIR = new URL("../../.cache/compiled/settings/", import.meta.url);

/**
 * The module's exports. A syntax error is thrown as tsx throws it, `file:line:column: ERROR: text` (column
 * from 0), so src/cli/load-site.ts reads either alike; an error thrown by the file names its line, through
 * an inline source map.
 */
export async function importSettingsModule(file: string, query = ""): Promise<{ default?: unknown }> {
  if (typeof __BLOG_COMPILED_WORKER__ !== "string") {
    return (await import(`${pathToFileURL(file).href}${query}`)) as { default?: unknown };
  }
  const esbuild = await import("esbuild");
  const folder = fileURLToPath(SETTINGS_DIR);
  let code: string;
  try {
    const result = await esbuild.build({
      entryPoints: [file],
      outfile: path.join(folder, "settings.mjs"),
      write: false,
      bundle: true,
      format: "esm",
      platform: "node",
      packages: "external",
      sourcemap: "inline",
      logLevel: "silent",
    });
    code = result.outputFiles[0]!.text;
  } catch (error) {
    const first = (error as { errors?: Array<{ text: string; location?: { line: number; column: number } }> })
      .errors?.[0];
    if (first?.location)
      throw new Error(`${file}:${first.location.line}:${first.location.column}: ERROR: ${first.text}`);
    throw error;
  }
  const compiled = path.join(folder, `${createHash("sha256").update(code).digest("hex").slice(0, 20)}.mjs`);
  if (!existsSync(compiled)) {
    mkdirSync(folder, { recursive: true });
    const staging = `${compiled}.${process.pid}.tmp`;
    writeFileSync(staging, code);
    renameSync(staging, compiled);
  }
  const sourceMaps = process.sourceMapsEnabled;
  process.setSourceMapsEnabled(true);
  try {
    return (await import(pathToFileURL(compiled).href)) as { default?: unknown };
  } finally {
    process.setSourceMapsEnabled(sourceMaps);
  }
}
