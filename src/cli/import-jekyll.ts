// `npm run import:jekyll -- <path to _posts> [--dry-run]`: copies a Jekyll blog's posts into posts/, Liquid converted.
import { statSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { DateTime } from "luxon";
import siteConfig from "../../site.config.ts";
import { POST_LAYOUT_NAMES } from "../posts/layout-names.ts";
import { importJekyllPosts, type ImportReport } from "../jekyll-import/import-posts.ts";
import { compareStrings } from "../order.ts";
import { resolveSite } from "../site.ts";

const USAGE = "Usage: npm run import:jekyll -- <path to _posts> [--dry-run]";

function usage(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({ allowPositionals: true, options: { "dry-run": { type: "boolean", default: false } } });
} catch (error) {
  usage((error as Error).message);
}
const [from] = parsed.positionals;
if (from === undefined || parsed.positionals.length > 1) usage("Give one folder: the Jekyll site's _posts folder.");
if (!statSync(from, { throwIfNoEntry: false })?.isDirectory()) usage(`${from} is not a folder.`);

const site = resolveSite(siteConfig);
const dryRun = parsed.values["dry-run"];
const report = await importJekyllPosts({
  from: path.resolve(from),
  root: process.cwd(),
  site,
  layouts: POST_LAYOUT_NAMES,
  now: DateTime.now(),
  dryRun,
});
console.log(describe(report, site.postsDir, dryRun));
process.exitCode = report.problems.some((problem) => problem.level === "error") ? 1 : 0;

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
