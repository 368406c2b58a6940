// `npm run import:jekyll`: copies a Jekyll blog's posts into posts/, with the Liquid this site does not run converted.
import { statSync } from "node:fs";
import path from "node:path";
import { DateTime } from "luxon";
import { POST_LAYOUTS } from "../../layouts/render.tsx";
import { importJekyllPosts, type ImportReport } from "../jekyll-import/import-posts.ts";
import { compareStrings } from "../order.ts";
import { runCommand } from "./command.ts";
import { usageError } from "./command-error.ts";
import { DEFAULT_CONFIG, loadSite } from "./load-site.ts";

await runCommand({
  name: "npm run import:jekyll",
  description:
    "Copies each Markdown post of a Jekyll _posts folder into posts/ (same file name and subfolder), keeping the front " +
    "matter and converting the Liquid this site does not evaluate. Each post is read back with the build's own code " +
    "first; a post the build would refuse is not imported. Existing files are never overwritten. Exits 1 when some " +
    "post was not imported.",
  argument: { name: "<path to _posts>", description: "The Jekyll site's _posts folder." },
  // Options as a list, one line each: add the next one here.
  options: {
    "dry-run": { type: "boolean", description: "Reports what would be imported, and writes nothing." },
  },
  examples: [
    { command: "npm run import:jekyll -- ../old-blog/_posts --dry-run", does: "Reports only." },
    { command: "npm run import:jekyll -- ../old-blog/_posts", does: "Imports into posts/." },
  ],
  async run({ values, argument: from }) {
    if (from === undefined) throw usageError("Give the Jekyll site's _posts folder.");
    if (!statSync(from, { throwIfNoEntry: false })?.isDirectory()) throw usageError(`${from} is not a folder.`);
    const site = await loadSite({ config: DEFAULT_CONFIG });
    const dryRun = values["dry-run"];
    const report = await importJekyllPosts({
      from: path.resolve(from),
      root: process.cwd(),
      site,
      layouts: Object.keys(POST_LAYOUTS),
      now: DateTime.now(),
      dryRun,
    });
    console.log(describe(report, site.postsDir, dryRun));
    return report.problems.some((problem) => problem.level === "error") ? 1 : 0;
  },
});

function describe(report: ImportReport, postsDir: string, dryRun: boolean): string {
  const lines = report.imported.map((post) => {
    const converted = [...post.converted].map(([kind, count]) => `${count} ${kind}`).join(", ");
    return `${post.from} → ${post.to} (${post.url})${converted === "" ? "" : `; converted: ${converted}`}`;
  });
  const problems = [...report.problems].sort((a, b) => compareStrings(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0));
  for (const { file, line, level, message } of problems) {
    lines.push(`${file}${line === undefined ? "" : `:${line}`}: ${level}: ${message}`);
  }
  const verb = dryRun ? "Would import" : "Imported";
  const count = (n: number) => `${n} post${n === 1 ? "" : "s"}`;
  const skipped = report.notImported.length > 0 ? `; ${report.notImported.length} not imported (see above)` : "";
  lines.push(
    `${verb} ${count(report.imported.length)} into ${postsDir}/${skipped}.${dryRun ? " Dry run: nothing was written." : ""}`,
  );
  return lines.join("\n");
}
