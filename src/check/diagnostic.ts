// What `npm run check` reports: a Problem (src/problems/problem.ts) that always has a line and names the rule that found it.
import type { ContentError } from "../problems/content-error.ts";
import type { Problem } from "../problems/problem.ts";

export interface Diagnostic extends Problem {
  /** 1-based; 1 when the problem is the file as a whole, so every editor and annotation has a line to point at. */
  readonly line: number;
  /** The rule that found it (`content` for the build's own errors). */
  readonly rule: string;
}

/** A build error, reported the way the build reports it. */
export function fromContentError(error: ContentError): Diagnostic {
  return { file: error.file, line: error.line ?? 1, level: "error", rule: "content", message: error.message };
}

/** A warning found by a rule. */
export function warning(rule: string, file: string, line: number | undefined, message: string): Diagnostic {
  return { file, line: line ?? 1, level: "warning", rule, message };
}
