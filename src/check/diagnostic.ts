// What `npm run check` reports: one problem at one line of one file, an error (the build fails) or a warning.
import { compareStrings } from "../order.ts";
import type { ContentError } from "../problems/content-error.ts";

export type Level = "error" | "warning";

export interface Diagnostic {
  /** Path from the project root, with forward slashes. */
  readonly file: string;
  /** 1-based; 1 when the problem is the file as a whole. */
  readonly line: number;
  readonly level: Level;
  /** The rule that found it (`content` for the build's own errors). */
  readonly rule: string;
  /** What is wrong and how to fix it. */
  readonly message: string;
}

/** A build error, reported the way the build reports it. */
export function fromContentError(error: ContentError): Diagnostic {
  return { file: error.file, line: error.line ?? 1, level: "error", rule: "content", message: error.problem };
}

/** A warning found by a rule. */
export function warning(rule: string, file: string, line: number | undefined, message: string): Diagnostic {
  return { file, line: line ?? 1, level: "warning", rule, message };
}

/** File, then line, then errors before warnings, then message: the same order on every machine. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      compareStrings(a.file, b.file) ||
      a.line - b.line ||
      compareStrings(a.level, b.level) ||
      compareStrings(a.rule, b.rule) ||
      compareStrings(a.message, b.message),
  );
}
