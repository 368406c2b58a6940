// The one problem type: every stage's problems sort and print the same way.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ContentError } from "../../src/problems/content-error.ts";
import { formatProblem, sortProblems, type Problem } from "../../src/problems/problem.ts";

describe("problems", () => {
  it("sort by file, then line (the whole file first), then errors before warnings, then message", () => {
    const problems: Problem[] = [
      { file: "posts/b.md", line: 2, level: "warning", message: "w" },
      { file: "posts/b.md", line: 2, level: "error", message: "z" },
      { file: "posts/b.md", line: 2, level: "error", message: "a" },
      { file: "posts/b.md", level: "warning", message: "whole file" },
      new ContentError("posts/a.md", "first file", "title", 9),
    ];
    assert.deepEqual(
      sortProblems(problems).map((problem) => formatProblem(problem, { level: true })),
      [
        "posts/a.md:9: error: first file",
        "posts/b.md: warning: whole file",
        "posts/b.md:2: error: a",
        "posts/b.md:2: error: z",
        "posts/b.md:2: warning: w",
      ],
    );
  });

  it("print as the build does without the level, and as check and the importer do with it", () => {
    const problem = new ContentError("posts/x.md", 'date "never" is not a valid date.', "date", 4, "warning");
    assert.equal(formatProblem(problem), 'posts/x.md:4: date "never" is not a valid date.');
    assert.equal(String(problem), 'posts/x.md:4: date "never" is not a valid date.');
    assert.equal(formatProblem(problem, { level: true }), 'posts/x.md:4: warning: date "never" is not a valid date.');
  });
});
