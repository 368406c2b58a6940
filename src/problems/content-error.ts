// Content errors: what is wrong with a post, where, and how to fix it; collected, then reported together.
import { compareStrings } from "../order.ts";

/** One problem in one post file. */
export class ContentError extends Error {
  override name = "ContentError";

  constructor(
    /** The post's path relative to the project root, e.g. `posts/2025-01-02-x.md`. */
    readonly file: string,
    /** What is wrong and what to do about it, in one or two sentences. */
    readonly problem: string,
    /** The front matter key at fault, when there is one. */
    readonly field?: string,
    /** 1-based line in the file, when known. */
    readonly line?: number,
  ) {
    super(formatContentError(file, problem, line));
  }
}

/** Every content error of a build, thrown once so the author sees all of them at once. */
export class ContentErrorList extends Error {
  override name = "ContentErrorList";

  constructor(readonly errors: readonly ContentError[]) {
    const count = errors.length === 1 ? "1 content error" : `${errors.length} content errors`;
    super(`The site was not built: ${count}.\n${errors.map((error) => `  ${error.message}`).join("\n")}`);
  }
}

/** `posts/x.md:4: date "…" is not a valid date. Use …` — the shape editors and CI annotate from. */
function formatContentError(file: string, problem: string, line: number | undefined): string {
  return line === undefined ? `${file}: ${problem}` : `${file}:${line}: ${problem}`;
}

/** Sorts errors by file then line, so a report reads in the same order on every machine. */
export function sortContentErrors(errors: readonly ContentError[]): ContentError[] {
  return [...errors].sort(
    (a, b) => compareStrings(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0) || compareStrings(a.message, b.message),
  );
}

/** Finds a `ContentErrorList` inside whatever Eleventy wrapped it in. */
export function findContentErrorList(error: unknown): ContentErrorList | undefined {
  for (let current: unknown = error, depth = 0; current && depth < 10; depth += 1) {
    if (current instanceof ContentErrorList) return current;
    const next = current as { originalError?: unknown; cause?: unknown };
    current = next.originalError ?? next.cause;
  }
  return undefined;
}
