// One timed build in a fresh process: wall time from spawn to exit, its peak RSS and CPU time, pages written.
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const PROJECT_ROOT = fileURLToPath(new URL("../", import.meta.url));
/** GNU time: the only portable way to read a child's peak RSS and CPU time (Node reports only its own). */
export const GNU_TIME = "/usr/bin/time";

export interface ChildResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command with extra environment variables, collecting its output. */
export function runChild(
  file: string,
  args: readonly string[],
  options: { cwd?: string; env?: Record<string, string> } = {},
): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, {
      cwd: options.cwd ?? PROJECT_ROOT,
      env: { ...process.env, ...options.env },
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
  /**
   * Peak resident set size in MiB, of the largest process of the build and its children (GNU time reports
   * the largest, not a sum: Pagefind's own process, about 100 MB, runs beside this project's build).
   */
  rssMiB: number;
  /** CPU time, user and system, of the build and every process it waited for (Pagefind's included). */
  cpuSeconds: number;
  /** HTML files in the output folder. */
  pages: number;
  /** What the build printed on stdout. */
  stdout: string;
}

export interface BuildCommand {
  /** The program and its arguments. */
  command: readonly string[];
  cwd?: string;
  env?: Record<string, string>;
  /** The folder it writes; removed first, so nothing of an earlier run is reused. */
  output: string;
}

const USAGE_MARK = "bench-usage:";

/** Builds once, in a fresh process, into an emptied output folder. */
export async function measureBuild(name: string, build: BuildCommand): Promise<BuildMeasure> {
  rmSync(build.output, { recursive: true, force: true });
  const timed = existsSync(GNU_TIME);
  const [file, ...args] = timed ? [GNU_TIME, "-f", `${USAGE_MARK} %M %U %S`, ...build.command] : [...build.command];
  const started = performance.now();
  const { code, stdout, stderr } = await runChild(file!, args, {
    ...(build.cwd ? { cwd: build.cwd } : {}),
    ...(build.env ? { env: build.env } : {}),
  });
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0) throw new Error(`The ${name} build failed (exit ${code}):\n${stderr.slice(-4000)}`);
  const usage = stderr
    .split("\n")
    .reverse()
    .find((line) => line.startsWith(USAGE_MARK));
  const [rssKiB, user, system] = usage ? usage.slice(USAGE_MARK.length).trim().split(" ").map(Number) : [NaN, NaN, NaN];
  return {
    seconds,
    rssMiB: rssKiB! / 1024,
    cpuSeconds: user! + system!,
    pages: countPages(build.output),
    stdout,
  };
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

/** package.json's script, its `node` replaced by this Node, so the bench times exactly what authors run (less npm). */
export function npmScript(name: string): string[] {
  const manifest = JSON.parse(readFileSync(`${PROJECT_ROOT}package.json`, "utf8")) as {
    scripts: Record<string, string>;
  };
  return manifest.scripts[name]!.split(/\s+/).map((word, index) =>
    index === 0 && word === "node" ? process.execPath : word,
  );
}
