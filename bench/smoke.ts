// `npm run bench:smoke`: the bench's quick run (20 posts) end to end, outside the unit tests: every builder
// writes its pages, the warm build and the watch-mode edit are timed. CI may run it; `npm test` does not.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { HUGO } from "./peers.ts";

const ROOT = fileURLToPath(new URL("../", import.meta.url));

/** The table rows of the bench's report that follow `title`, as cells. */
function rows(report: string, title: string): string[][] {
  const section = report.split("\n\n").find((part) => part.startsWith(title));
  assert.ok(section, `the report has a table "${title}":\n${report}`);
  return section
    .split("\n")
    .filter((line) => line.startsWith("| ") && !line.startsWith("| builder") && !line.startsWith("| N "))
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

  it("builds the corpus with this project, search off and on, and warm after an edit", () => {
    const table = rows(report, "20 posts");
    const project = (label: string) => table.find(([name]) => name === label);
    for (const label of ["this project, search off", "this project, search on"]) {
      const [, pages, seconds, , cpu, rss, each] = project(label) ?? assert.fail(`no row "${label}":\n${report}`);
      // 20 posts, 2 home pages, the term indexes, a page per category and per tag used, feeds, archives.
      assert.ok(Number(pages) > 20 + 2 + 2, `${label} wrote ${pages} pages`);
      assert.ok(Number(seconds) > 0 && Number(cpu) > 0, `${label}: ${seconds} s, ${cpu} CPU s`);
      // The smoke run's one build, as the last column lists every run.
      assert.equal(each, `${seconds}, ${rss}`);
    }
    const warm = project("this project, warm (one post edited, search on)");
    assert.equal(warm?.[1], project("this project, search on")?.[1], "the warm build writes every page");
  });

  it("builds the same corpus with Hugo when it is installed, and gives the ratios to it", () => {
    const hugo = rows(report, "20 posts").find(([name]) => name!.startsWith("hugo"));
    if (!existsSync(HUGO)) return assert.match(report, /Hugo is not installed/);
    assert.ok(hugo && Number(hugo[1]) > 20, `Hugo's row: ${hugo?.join(" | ")}`);
    assert.equal(hugo[3], "1.00×");
  });

  it("times an edited post in watch mode", () => {
    const [row] = rows(report, "One post's body edited in watch mode");
    assert.ok(row);
    assert.ok(Number(row[3]) >= 1, "the rebuild wrote the edited page");
  });
});
