// One timed build in a fresh process: wall time from spawn to exit, the process's peak RSS and CPU time, pages written.
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const PROJECT_ROOT = fileURLToPath(new URL("../", import.meta.url));
const REPORT_USAGE = fileURLToPath(new URL("./report-usage.mjs", import.meta.url));
const TSX = path.join(PROJECT_ROOT, "node_modules/.bin/tsx");
const ELEVENTY = path.join(PROJECT_ROOT, "node_modules/@11ty/eleventy/cmd.cjs");
const BASELINE_CONFIG = fileURLToPath(new URL("./baseline/eleventy.config.js", import.meta.url));

export type Builder = "project" | "baseline";

export interface ChildResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command in the project folder with extra environment variables, collecting its output. */
export function runChild(
  file: string,
  args: readonly string[],
  env: Record<string, string> = {},
): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, {
      cwd: PROJECT_ROOT,
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

export interface BuildMeasure {
  seconds: number;
  /** Peak resident set size of the build process, in MiB. */
  rssMiB: number;
  /**
   * CPU time of the build process, all its threads, user and system. Wall time is what an author waits;
   * CPU time is the work, whatever the number of cores (Pagefind's own process is not counted).
   */
  cpuSeconds: number;
  /** HTML files in the output folder. */
  pages: number;
  /** Of `seconds`, the time the build says it spent on its search index (0 when it has none). */
  searchSeconds: number;
}

/** `npm run build`'s command from package.json, so the bench times exactly what authors run (less npm itself). */
function buildScript(): string[] {
  const manifest = JSON.parse(readFileSync(path.join(PROJECT_ROOT, "package.json"), "utf8")) as {
    scripts: Record<string, string>;
  };
  const programs: Record<string, string> = { node: process.execPath, tsx: TSX };
  return manifest.scripts.build!.split(/\s+/).map((word, index) => (index === 0 ? (programs[word] ?? word) : word));
}

/** The command each builder runs, with its posts and output folder; the baseline is plain Eleventy's own CLI. */
function command(builder: Builder, postsDir: string, output: string): string[] {
  if (builder === "project") return [...buildScript(), `--posts=${postsDir}`, `--output=${output}`];
  return [process.execPath, ELEVENTY, `--config=${BASELINE_CONFIG}`, `--input=${postsDir}`, `--output=${output}`];
}

/** Builds once into a new output folder (a cold build: nothing from an earlier run is reused). */
export async function measureBuild(builder: Builder, postsDir: string, output: string): Promise<BuildMeasure> {
  rmSync(output, { recursive: true, force: true });
  const usageFile = `${output}.usage`;
  rmSync(usageFile, { force: true });
  const [file, ...args] = command(builder, postsDir, output);
  const started = performance.now();
  const { code, stdout, stderr } = await runChild(file!, args, {
    BENCH_USAGE_FILE: usageFile,
    NODE_OPTIONS: `--import=${REPORT_USAGE}`,
  });
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0) throw new Error(`The ${builder} build of ${postsDir} failed (exit ${code}):\n${stderr}`);
  // A line per Node process of the build (both builders run one): its peak RSS in KiB, then its CPU time in
  // µs. Should a build ever run more, the peak is the largest and the CPU time the sum.
  const usages = readFileSync(usageFile, "utf8")
    .trim()
    .split("\n")
    .map((line) => line.split(" ").map(Number));
  const rssKiB = Math.max(...usages.map(([rss]) => rss!));
  const cpuMicros = usages.reduce((sum, [, cpu]) => sum + cpu!, 0);
  rmSync(usageFile, { force: true });
  // src/cli/build.ts ends its report with "(search index: 1.23 s)" when the site has search.
  const searchSeconds = Number(/search index: ([\d.]+) s/.exec(stdout)?.[1] ?? 0);
  return { seconds, rssMiB: rssKiB / 1024, cpuSeconds: cpuMicros / 1e6, pages: countPages(output), searchSeconds };
}

export function countPages(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter(
    (entry) => entry.isFile() && entry.name.endsWith(".html"),
  ).length;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
