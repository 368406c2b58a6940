// What the renderer found wrong in a body while reading it, for the build to report with the post's file and line.

/** One problem in a body. */
export interface BodyProblem {
  /** 0-based line in the body (the post's line is the body's first line plus this), when known. */
  readonly line: number | undefined;
  /** What is wrong and what to do, in the words a content error or warning uses. */
  readonly message: string;
  /** An error stops the build (a link no browser can follow); a warning is only shown (TeX KaTeX cannot read). */
  readonly severity: "error" | "warning";
}

/** The renderer's `env` carries the list: markdown-it hands the same object to every rule of one render. */
export interface ProblemEnvironment {
  problems?: BodyProblem[];
}

export function reportProblem(env: ProblemEnvironment | undefined, problem: BodyProblem): void {
  if (env === undefined) return;
  (env.problems ??= []).push(problem);
}
