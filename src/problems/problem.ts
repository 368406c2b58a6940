// One problem type for every stage that reports on an author's files (the build, `npm run check`, the Jekyll importer): one order, one printed shape.
import { compareStrings } from "../order.ts";

/** An error stops the build (or keeps an imported post out); a warning is only shown. */
export type Level = "error" | "warning";

/** One problem at one place of one file, and what to do about it. */
export interface Problem {
  /** Path from the project root, with forward slashes: `posts/2025-01-02-x.md`, `site.config.ts`. */
  readonly file: string;
  /** 1-based line in the file, when known. */
  readonly line?: number | undefined;
  /** The front matter key or setting at fault, when there is one. */
  readonly field?: string | undefined;
  readonly level: Level;
  /** What is wrong and how to fix it, in one or two sentences, without the file and line. */
  readonly message: string;
  /** What found it: a `check` rule's name (`content` for the build's own errors), when a report names it. */
  readonly rule?: string | undefined;
}

/**
 * File, then line (a problem of the whole file first), then errors before warnings, then rule and message:
 * a report reads in the same order on every machine, whatever order the stages found them in.
 */
export function sortProblems<T extends Problem>(problems: readonly T[]): T[] {
  return [...problems].sort(
    (a, b) =>
      compareStrings(a.file, b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      compareStrings(a.level, b.level) ||
      compareStrings(a.rule ?? "", b.rule ?? "") ||
      compareStrings(a.message, b.message),
  );
}

/**
 * `posts/x.md:4: date "…" is not a valid date. Use …`, the shape editors, `grep -n` and CI annotate from;
 * with `level`, `posts/x.md:4: warning: …`, for reports that mix errors and warnings in one list.
 */
export function formatProblem(problem: Problem, options: { level?: boolean } = {}): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  return options.level ? `${where}: ${problem.level}: ${problem.message}` : `${where}: ${problem.message}`;
}
