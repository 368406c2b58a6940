// The build's problems with the author's files: each one a Problem, collected, then reported together.
import { formatProblem, sortProblems, type Level, type Problem } from "./problem.ts";

/** One problem in one file the build reads (a post, the authors file, site.config.ts). */
export class ContentError implements Problem {
  constructor(
    /** The path relative to the project root, e.g. `posts/2025-01-02-x.md`. */
    readonly file: string,
    /** What is wrong and what to do about it, in one or two sentences. */
    readonly message: string,
    /** The front matter key at fault, when there is one. */
    readonly field?: string,
    /** 1-based line in the file, when known. */
    readonly line?: number,
    /** Errors stop the build; warnings are printed and the build goes on. */
    readonly level: Level = "error",
  ) {}

  /** `posts/x.md:4: …`, as the build prints it. */
  toString(): string {
    return formatProblem(this);
  }
}

/** Every content error of a build, thrown once so the author sees all of them at once. */
export class ContentErrorList extends Error {
  override name = "ContentErrorList";

  constructor(readonly errors: readonly ContentError[]) {
    const count = errors.length === 1 ? "1 content error" : `${errors.length} content errors`;
    super(`The site was not built: ${count}.\n${errors.map((error) => `  ${formatProblem(error)}`).join("\n")}`);
  }
}

/** The build's name for the one sorter (src/problems/problem.ts). */
export { sortProblems as sortContentErrors };

/** Finds a `ContentErrorList` inside whatever Eleventy wrapped it in. */
export function findContentErrorList(error: unknown): ContentErrorList | undefined {
  for (let current: unknown = error, depth = 0; current && depth < 10; depth += 1) {
    if (current instanceof ContentErrorList) return current;
    const next = current as { originalError?: unknown; cause?: unknown };
    current = next.originalError ?? next.cause;
  }
  return undefined;
}
