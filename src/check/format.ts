// The check's report in three shapes: for people and editors, for programs, for GitHub workflow annotations.
import { formatProblem } from "../problems/problem.ts";
import type { Diagnostic } from "./diagnostic.ts";
import type { CheckReport } from "./run-check.ts";

export type Format = "text" | "json" | "github";

export const FORMATS: Record<Format, (report: CheckReport) => string> = {
  text: formatText,
  json: formatJson,
  github: formatGithub,
};

/** `posts/x.md:12: warning: …`, one a line, the shape editors and `grep -n` use; then a summary. */
function formatText(report: CheckReport): string {
  const lines = report.diagnostics.map((diagnostic) => formatProblem(diagnostic, { level: true }));
  return [...lines, summary(report)].join("\n");
}

function summary({ posts, errors, warnings }: CheckReport): string {
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;
  return `Checked ${plural(posts, "post")}: ${plural(errors, "error")}, ${plural(warnings, "warning")}.`;
}

function formatJson(report: CheckReport): string {
  return JSON.stringify(report, null, 2);
}

/** `::warning file=…,line=…,title=…::message`: GitHub shows these on the pull request's lines. */
function formatGithub(report: CheckReport): string {
  const lines = report.diagnostics.map(
    (diagnostic: Diagnostic) =>
      `::${diagnostic.level} file=${property(diagnostic.file)},line=${diagnostic.line},title=${property(`check: ${diagnostic.rule}`)}::${data(diagnostic.message)}`,
  );
  return [...lines, summary(report)].join("\n");
}

/** GitHub's escaping for a command's message… */
function data(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** …and for its properties, where `:` and `,` are separators. */
function property(text: string): string {
  return data(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
