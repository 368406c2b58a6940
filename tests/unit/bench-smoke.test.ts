// `npm run bench -- --quick` runs end to end: both builds write their pages and the watch-mode edit is timed.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** The table rows of the bench's report, as cells. */
function rows(report: string, title: string): string[][] {
  const section = report.split("\n\n").find((part) => part.startsWith(title));
  assert.ok(section, `the report has a table "${title}":\n${report}`);
  return section
    .split("\n")
    .filter((line) => /^\| \d/.test(line))
    .map((line) =>
      line
        .split("|")
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
}

describe("the bench's smoke run (20 posts)", () => {
  const report = execFileSync(`${ROOT}node_modules/.bin/tsx`, ["bench/run.ts", "--quick"], {
    cwd: ROOT,
    encoding: "utf8",
  });

  it("builds the corpus with this project and with plain Eleventy, one page per post for the baseline", () => {
    const [row] = rows(report, "This project vs plain Eleventy");
    assert.ok(row);
    const [size, , , , , cpu, pages, , , baselineCpu, baselinePages] = row;
    assert.equal(size, "20");
    assert.equal(baselinePages, "20");
    // CPU time of every thread of each build process: at least some work, and a number.
    assert.ok(Number(cpu) > 0 && Number(baselineCpu) > 0, `CPU seconds ${cpu} and ${baselineCpu}`);
    // 20 posts, 2 home pages, the two term indexes, and a page per category and per tag used.
    assert.ok(Number(pages) > 20 + 2 + 2, `this project wrote ${pages} pages`);
  });

  it("builds the 3,000-tag corpus too, with more tag pages than the 60-tag one", () => {
    const [small] = rows(report, "This project vs plain Eleventy");
    const [large] = rows(report, "The same with 3,000 tags");
    assert.ok(Number(large![1]) > Number(small![1]), "more distinct tags");
    assert.ok(Number(large![6]) > Number(small![6]), "more pages");
  });

  it("times an edited post in watch mode", () => {
    const [row] = rows(report, "One post's body edited in watch mode");
    assert.ok(row);
    assert.ok(Number(row[4]) >= 1, "the rebuild wrote the edited page");
  });
});
