// What `npm start` says when a rebuild fails: one paragraph naming the file, no stack trace.
import path from "node:path";
import { findContentErrorList } from "../problems/content-error.ts";

/**
 * Content errors name their own files and lines. Anything else (a value too big to handle, say) is
 * named by the files whose change started the rebuild.
 */
export function describeRebuildFailure(error: unknown, changed: readonly string[], root: string): string {
  const keeps = "The preview still shows the last good build; save the file again once it is fixed.";
  const contentErrors = findContentErrorList(error);
  if (contentErrors) return `${contentErrors.message}\n${keeps}`;
  const chain: string[] = [];
  for (let current = error as { message?: string; originalError?: unknown; cause?: unknown } | undefined; current;) {
    if (current.message) chain.push(current.message.trim());
    current = (current.originalError ?? current.cause) as typeof current;
  }
  const files = changed.map((file) => path.relative(root, path.resolve(file)).split(path.sep).join("/"));
  const after = files.length === 0 ? "" : ` after ${files.join(", ")} changed`;
  return `The preview was not rebuilt${after}: ${chain.at(-1) ?? String(error)}. ${keeps}`;
}
