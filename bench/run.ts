// `npm run bench -- [N…] [--quick] [--runs=3] [--no-tmpfs]`: times this project's build against plain Eleventy.
import { rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { writeCorpus, type CorpusSummary } from "./corpus.ts";
import { measureBuild, median, type BuildMeasure, type Builder } from "./measure.ts";
import { measureEdits, type EditMeasure } from "./watch-edit.ts";
import { openWorkDir } from "./work-dir.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    // A smoke run for the tests: 20 posts, one build each, no warm-up, no tmpfs.
    quick: { type: "boolean", default: false },
    runs: { type: "string", default: "3" },
    "no-tmpfs": { type: "boolean", default: false },
    // Edits timed in watch mode, at each N up to 4,000 (0 turns the measure off).
    edits: { type: "string", default: "5" },
  },
});

const sizes = positionals.length > 0 ? positionals.map(Number) : values.quick ? [20] : [1000, 4000];
if (sizes.some((size) => !Number.isInteger(size) || size < 1)) {
  throw new Error(`Post counts must be positive whole numbers, got: ${positionals.join(" ")}`);
}
const runs = values.quick ? 1 : Number(values.runs);
const warmUp = !values.quick;
const edits = values.quick ? 1 : Number(values.edits);
/** The tag pools compared: an ordinary blog's, and thousands of distinct tags. */
const TAG_POOLS = [60, 3000] as const;

interface Row {
  size: number;
  tags: number;
  corpus: CorpusSummary;
  project: BuildMeasure;
  baseline: BuildMeasure;
}

/**
 * A warm-up of each (not counted), then `runs` cold builds of each in fresh processes, this project's
 * and the baseline's taking turns so that both see the same machine load; the median time and CPU time, the peak RSS.
 */
async function timedPair(postsDir: string, dir: string): Promise<Record<Builder, BuildMeasure>> {
  const builders = ["project", "baseline"] as const;
  const output = (builder: Builder) => path.join(dir, builder === "project" ? "site" : "baseline");
  if (warmUp) for (const builder of builders) await measureBuild(builder, postsDir, output(builder));
  const measures: Record<Builder, BuildMeasure[]> = { project: [], baseline: [] };
  for (let run = 0; run < runs; run += 1) {
    for (const builder of builders) measures[builder].push(await measureBuild(builder, postsDir, output(builder)));
  }
  const summary = (list: BuildMeasure[]): BuildMeasure => ({
    seconds: median(list.map((measure) => measure.seconds)),
    rssMiB: Math.max(...list.map((measure) => measure.rssMiB)),
    cpuSeconds: median(list.map((measure) => measure.cpuSeconds)),
    pages: list.at(-1)!.pages,
    searchSeconds: median(list.map((measure) => measure.searchSeconds)),
  });
  return { project: summary(measures.project), baseline: summary(measures.baseline) };
}

const fixed = (value: number, digits: number) => value.toFixed(digits);

function printTable(title: string, rows: readonly Row[], against?: readonly Row[]): void {
  console.log(`\n${title}`);
  const header = [
    "N",
    "tags",
    "wall s",
    "posts/s",
    "peak RSS MiB",
    "CPU s",
    "pages",
    "baseline s",
    "baseline RSS MiB",
    "baseline CPU s",
    "baseline pages",
    "ratio",
    "search s",
    "ratio with search",
    ...(against ? ["vs 60 tags"] : []),
  ];
  console.log(`| ${header.join(" | ")} |`);
  console.log(`|${header.map(() => "---").join("|")}|`);
  for (const row of rows) {
    const other = against?.find((candidate) => candidate.size === row.size);
    const cells = [
      row.size,
      row.corpus.tags,
      fixed(row.project.seconds, 2),
      fixed(row.size / row.project.seconds, 0),
      fixed(row.project.rssMiB, 0),
      fixed(row.project.cpuSeconds, 2),
      row.project.pages,
      fixed(row.baseline.seconds, 2),
      fixed(row.baseline.rssMiB, 0),
      fixed(row.baseline.cpuSeconds, 2),
      row.baseline.pages,
      // The baseline has no search: the ratio compares the builds without the project's search indexing.
      fixed((row.project.seconds - row.project.searchSeconds) / row.baseline.seconds, 2),
      fixed(row.project.searchSeconds, 2),
      fixed(row.project.seconds / row.baseline.seconds, 2),
      ...(against ? [other ? `${fixed((row.project.seconds / other.project.seconds - 1) * 100, 0)}%` : "–"] : []),
    ];
    console.log(`| ${cells.join(" | ")} |`);
  }
}

function printEdits(measures: ReadonlyArray<{ size: number; full: number; edit: EditMeasure }>): void {
  if (measures.length === 0) return;
  console.log("\nOne post's body edited in watch mode (60 tags; median of the edits)");
  const header = ["N", "full build s", "save → page written s", "rebuild s", "pages rewritten", "written / full"];
  console.log(`| ${header.join(" | ")} |`);
  console.log(`|${header.map(() => "---").join("|")}|`);
  for (const { size, full, edit } of measures) {
    const cells = [
      size,
      fixed(full, 2),
      fixed(edit.saveToWritten, 3),
      fixed(edit.rebuild, 3),
      edit.pagesWritten,
      `${fixed((edit.saveToWritten / full) * 100, 1)}%`,
    ];
    console.log(`| ${cells.join(" | ")} |`);
  }
}

const work = openWorkDir(!values["no-tmpfs"] && !values.quick);
try {
  console.log(
    `Bench: ${sizes.join(", ")} posts; ${warmUp ? "1 warm-up + " : ""}${runs} cold build(s) each, median shown; ` +
      `files on ${work.storage}; node ${process.version}, ${os.cpus().length} CPUs, ${os.cpus()[0]?.model ?? "?"}.`,
  );
  const tables = new Map<number, Row[]>(TAG_POOLS.map((tags) => [tags, []]));
  const editRows: Array<{ size: number; full: number; edit: EditMeasure }> = [];
  for (const size of sizes) {
    for (const tags of TAG_POOLS) {
      const dir = path.join(work.path, `corpus-${size}-${tags}`);
      const corpus = await writeCorpus(dir, { posts: size, tags });
      const postsDir = path.join(dir, "posts");
      const { project, baseline } = await timedPair(postsDir, dir);
      tables.get(tags)!.push({ size, tags, corpus, project, baseline });
      if (tags === TAG_POOLS[0] && edits > 0 && size <= 4000) {
        const edit = await measureEdits(postsDir, path.join(dir, "watch"), edits);
        editRows.push({ size, full: project.seconds, edit });
      }
      rmSync(dir, { recursive: true, force: true });
    }
  }
  printTable("This project vs plain Eleventy (a post page each), 60 tags", tables.get(60)!);
  printTable("The same with 3,000 tags in the pool", tables.get(3000)!, tables.get(60));
  printEdits(editRows);
  const times = new Map(tables.get(60)!.map((row) => [row.size, row.project.seconds]));
  if (times.has(4000) && times.has(10000)) {
    console.log(`\n10,000 posts take ${fixed(times.get(10000)! / times.get(4000)!, 2)}× the 4,000-post time.`);
  }
} finally {
  work.release();
}
