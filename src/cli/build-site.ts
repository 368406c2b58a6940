// An atomic build: Eleventy writes into a staging folder; only a finished build replaces the output.
import { rename, rm } from "node:fs/promises";
import path from "node:path";
import Eleventy, { type EleventyOptions } from "@11ty/eleventy";
import { findContentErrorList } from "../posts/content-error.ts";

/** Eleventy's input folder: it holds no templates (pages are virtual), so nothing there is ever run. */
export const ELEVENTY_INPUT = "src/pages";

export interface BuildOptions {
  /** Where the finished site goes; replaced as a whole. */
  output: string;
  pathPrefix?: string;
  /** Eleventy options for tests: a `config` callback instead of `.eleventy.ts`. */
  eleventy?: EleventyOptions;
  /** Eleventy's input folder (tests point it at an empty folder of their own). */
  input?: string;
}

export type BuildResult = { ok: true } | { ok: false; message: string };

/**
 * Builds the site. On failure the previous output is left exactly as it was, and the message says why:
 * every content error with its file and line, or Eleventy's own error.
 */
export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  const output = path.resolve(options.output);
  const staging = `${output}.staging-${process.pid}`;
  const previous = `${output}.previous-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  const eleventy = new Eleventy(options.input ?? ELEVENTY_INPUT, staging, {
    configPath: ".eleventy.ts",
    quietMode: true,
    ...(options.pathPrefix === undefined ? {} : { pathPrefix: options.pathPrefix }),
    ...options.eleventy,
  });
  silenceErrorLog(eleventy);
  try {
    await eleventy.write();
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    return { ok: false, message: describeFailure(error) };
  }
  await rename(output, previous).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== "ENOENT") throw error;
  });
  await rename(staging, output);
  await rm(previous, { recursive: true, force: true });
  return { ok: true };
}

/** Eleventy prints a failed build's error chain itself; this command prints its own, clearer report instead. */
function silenceErrorLog(eleventy: Eleventy): void {
  const logger = eleventy.logger as { message: (message: string, type?: string, ...rest: unknown[]) => void };
  const message = logger.message.bind(logger);
  logger.message = (text, type, ...rest) => {
    if (type !== "error") message(text, type, ...rest);
  };
}

function describeFailure(error: unknown): string {
  const contentErrors = findContentErrorList(error);
  if (contentErrors) return contentErrors.message;
  const chain: string[] = [];
  for (let current = error as { message?: string; originalError?: unknown } | undefined; current; ) {
    if (current.message) chain.push(current.message);
    current = current.originalError as typeof current;
  }
  return `The site was not built: ${chain.join(" ← ") || String(error)}\n${(error as Error).stack ?? ""}`;
}
