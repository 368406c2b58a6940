// What `import:jekyll` prints: each post, each problem, what it set, copied and skipped, then a summary and what needs a person.
import { formatProblem, sortProblems } from "../problems/problem.ts";
import type { ImportReport } from "./import-posts.ts";
import type { SiteImportReport } from "./import-site.ts";
import type { SettingChange } from "./site-config-file.ts";
import { SETTINGS_FILE } from "./site-config-file.ts";
import { tsValue } from "./ts-value.ts";

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

export function describeImport(report: SiteImportReport): string {
  const { dryRun } = report.options;
  const { postsDir, authorsFile } = report.effective;
  const lines = [...postLines(report.posts)];
  const section = (title: string, items: readonly string[]) => {
    if (items.length === 0) return;
    lines.push("", `${title}:`, ...items.map((item) => `  ${item}`));
  };

  section(`Settings (${SETTINGS_FILE})`, report.settings.map(settingLine));
  section(`Authors (${authorsFile})`, [
    ...report.authors.added.map((key) => `${dryRun ? "would add" : "added"} ${key}`),
    ...report.authors.kept.map((key) => `kept ${key}: the file already has this author`),
  ]);
  section(
    "Files",
    report.files.copies.map((copy) => {
      if (copy.state === "same") return `${copy.to}: already there`;
      if (copy.state === "differs" && !report.options.force)
        return `${copy.to}: kept yours, which differs (--force replaces it)`;
      return `${dryRun ? "would copy" : "copied"} ${copy.sitePath} → ${copy.to}`;
    }),
  );
  section("Skipped", [
    ...report.site.drafts.map(
      ({ folder, files }) =>
        `${folder}/: ${plural(files, "draft")}, not imported (publish them in Jekyll first, or copy them into ${postsDir}/ with draft: true)`,
    ),
    ...report.site.skipped.map(({ folder, reason }) => `${folder}/: ${reason}`),
  ]);

  const needs = needsAPerson(report);
  const written = report.settings.filter((change) => change.outcome === "set" || change.outcome === "replaced").length;
  const notImported = report.posts.notImported.length;
  const verb = (done: string, would: string) => (dryRun ? would : done);
  lines.push(
    "",
    "Summary:",
    `  ${verb("posts imported", "posts to import")}: ${report.posts.imported.length} into ${postsDir}/${notImported > 0 ? ` (${notImported} not imported: see above)` : ""}`,
    `  ${verb("settings written", "settings to write")}: ${written}${report.settingsWritten.problem === undefined ? "" : " (not written: see below)"}`,
    `  ${verb("files copied", "files to copy")}: ${dryRun ? report.files.copies.filter((copy) => copy.state === "new").length : report.filesCopied}`,
    `  ${verb("authors added", "authors to add")}: ${report.authors.added.length}`,
  );
  if (needs.length > 0) lines.push(`Needs a person (${needs.length}):`, ...needs.map((item) => `  - ${item}`));
  if (dryRun) lines.push("Dry run: nothing was written.");
  return lines.join("\n");
}

function postLines(report: ImportReport): string[] {
  const lines = report.imported.map((post) => {
    const converted = [...post.converted].map(([kind, count]) => `${count} ${kind}`).join(", ");
    const redirect = post.redirectFrom === undefined ? "" : `; redirect from ${post.redirectFrom}`;
    return `${post.from} → ${post.to} (${post.url})${redirect}${converted === "" ? "" : `; converted: ${converted}`}`;
  });
  for (const problem of sortProblems(report.problems)) lines.push(formatProblem(problem, { level: true }));
  return lines;
}

function settingLine(change: SettingChange): string {
  const value = tsValue(change.value, "  ");
  const from = `(from ${change.from})`;
  switch (change.outcome) {
    case "set":
      return `${change.key}: ${value} ${from}`;
    case "same":
      return `${change.key}: ${value} ${from}, as it already was`;
    case "replaced":
      return `${change.key}: ${value} ${from}, replacing ${tsValue(change.existing)} (--force)`;
    case "kept":
      return `${change.key}: kept ${tsValue(change.existing)}; the Jekyll site has ${value} ${from}. Run with --force to take it`;
  }
}

function needsAPerson(report: SiteImportReport): string[] {
  const needs: string[] = [];
  if (report.config.problem !== undefined) needs.push(`${report.config.file} ${report.config.problem}`);
  if (report.settingsWritten.problem !== undefined) needs.push(report.settingsWritten.problem);
  const kept = report.settings.filter((change) => change.outcome === "kept").map((change) => change.key);
  if (kept.length > 0) {
    needs.push(
      `${plural(kept.length, "setting")} of ${SETTINGS_FILE} kept where the Jekyll site's differ (${kept.join(", ")}; see Settings above): choose, and run again with --force to take the Jekyll site's.`,
    );
  }
  for (const note of report.configNotes) needs.push(`_config.yml ${note.key}: ${note.message}`);
  for (const plugin of report.plugins) if (!plugin.covered) needs.push(`plugin ${plugin.name}: ${plugin.note}.`);
  const leftovers = report.posts.problems.filter(
    (problem) => problem.level === "warning" && / was not converted: /.test(problem.message),
  );
  if (leftovers.length > 0) {
    const files = new Set(leftovers.map((problem) => problem.file)).size;
    needs.push(
      `${plural(leftovers.length, "piece")} of Liquid or kramdown syntax in ${plural(files, "post")} shown as written (listed above); npm run check lists them as leftover-syntax.`,
    );
  }
  for (const problem of report.files.problems) {
    needs.push(formatProblem(problem));
  }
  for (const refused of report.authors.refused) needs.push(`${refused} It was not added.`);
  needs.push(...report.authors.problems);
  if (report.site.postsFolders.some((folder) => folder.into !== "")) {
    needs.push(
      "posts from folders above _posts keep their path (posts/news/_posts/): the build gives them those folders as their first categories, as Jekyll does.",
    );
  }
  if (report.options.urls === "new" && report.site.wholeSite) {
    needs.push(
      "--urls new: posts redirect from their Jekyll URLs, but category and tag pages are at this project's URLs, with no redirect from the old ones.",
    );
  }
  if (!report.site.wholeSite) {
    needs.push(
      "only a _posts folder was given: give the Jekyll site's root folder to import its settings, authors and files too.",
    );
  }
  return needs;
}
