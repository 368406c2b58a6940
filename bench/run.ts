// `npm run bench -- [N…] [--quick] [--runs=3] [--no-tmpfs] [--edits=5]` (see USAGE, or `-- --help`): times this project
// against Hugo and plain Eleventy building the same pages from the same corpus; `npm run bench -- images` times the
// image pipeline instead.
import { execFileSync } from "node:child_process";
import { appendFileSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { benchImages } from "./images.ts";
import { measureBuild, median, type BuildMeasure } from "./measure.ts";
import { eleventyBuilder, hugoBuilder, hugoVersion, projectBuilder, type Builder, type BuilderName } from "./peers.ts";
import { measureEdits, type EditMeasure } from "./watch-edit.ts";
import { openWorkDir } from "./work-dir.ts";
import { scriptArgs } from "./script-args.ts";

const GEN_CORPUS = fileURLToPath(new URL("./gen-corpus.mjs", import.meta.url));

const USAGE = `Usage: npm run bench -- [N…] [--runs=3] [--edits=5] [--no-tmpfs] [--quick]
       npm run bench -- images

Times this project against Hugo (\`hugo\` on PATH; left out with a message when missing) and plain Eleventy,
building the same pages from the same generated corpus of N posts, builders taking turns: a warm-up, then
--runs cold builds each (medians of time and CPU, the largest peak RSS), then this project's warm build
after one post is edited, then --edits edits in watch mode. Files live on a tmpfs mounted on bench/.work/
(root only; otherwise the disk, with a note). \`images\` times the image pipeline on a 3000×2000 JPEG.

  N            post counts to run, each a positive whole number. Default: 1000 4000
  --runs N     cold builds per builder and post count. Default: 3
  --edits N    edits timed in watch mode at each N up to 4,000; 0 leaves them out. Default: 5
  --no-tmpfs   keep the files on the disk, not on a tmpfs
  --quick      the smoke run (npm run bench:smoke): 20 posts, one build each, no warm-up, no tmpfs,
               no plain Eleventy
  -h, --help   this text`;

const { values, positionals, usage } = scriptArgs(USAGE, {
  quick: { type: "boolean", default: false },
  runs: { type: "string", default: "3" },
  "no-tmpfs": { type: "boolean", default: false },
  edits: { type: "string", default: "5" },
});

if (positionals[0] === "images") {
  await benchImages();
  process.exit(0);
}

const wholeNumber = (text: string, least: number) => /^\d+$/.test(text) && Number(text) >= least;
const sizes = positionals.length > 0 ? positionals.map(Number) : values.quick ? [20] : [1000, 4000];
if (!positionals.every((size) => wholeNumber(size, 1))) {
  usage(`Post counts are positive whole numbers, not: ${positionals.join(" ")}`);
}
if (!wholeNumber(values.runs, 1)) usage(`--runs is a positive whole number, not "${values.runs}".`);
if (!wholeNumber(values.edits, 0)) usage(`--edits is a whole number, not "${values.edits}".`);
const runs = values.quick ? 1 : Number(values.runs);
const warmUp = !values.quick;
const edits = values.quick ? 1 : Number(values.edits);
const hugo = hugoVersion();

/** A builder's runs: the medians and the largest peak (see `summary`), and each run as measured. */
type RunsMeasure = BuildMeasure & { readonly each: readonly BuildMeasure[] };

interface Row {
  name: BuilderName | "warm";
  measure: RunsMeasure;
}

/**
 * A warm-up of each builder (not counted), then `runs` rounds of one cold build each in fresh processes,
 * the order turning each round so that every builder sees the same machine load; median time and CPU time,
 * the largest peak RSS. This project's build cache is emptied before each of its builds.
 */
async function timeBuilders(builders: readonly Builder[], dir: string, cacheDir: string): Promise<Row[]> {
  const output = (builder: Builder) => path.join(dir, `out-${builder.name.replace(" ", "-")}`);
  const once = (builder: Builder) => {
    rmSync(cacheDir, { recursive: true, force: true });
    return measureBuild(builder.name, builder.build(output(builder)));
  };
  if (warmUp) for (const builder of builders) await once(builder);
  const measures = new Map<BuilderName, BuildMeasure[]>(builders.map((builder) => [builder.name, []]));
  for (let run = 0; run < runs; run += 1) {
    const order = builders.map((_, index) => builders[(index + run) % builders.length]!);
    for (const builder of order) measures.get(builder.name)!.push(await once(builder));
  }
  for (const builder of builders) rmSync(output(builder), { recursive: true, force: true });
  return builders.map((builder) => ({ name: builder.name, measure: summary(measures.get(builder.name)!) }));
}

function summary(list: readonly BuildMeasure[]): RunsMeasure {
  return {
    each: list,
    seconds: median(list.map((measure) => measure.seconds)),
    rssMiB: Math.max(...list.map((measure) => measure.rssMiB)),
    cpuSeconds: median(list.map((measure) => measure.cpuSeconds)),
    pages: list.at(-1)!.pages,
    stdout: list.at(-1)!.stdout,
  };
}

/**
 * The default build (search on) in a new process after one post's body was edited, with the build cache a
 * first build left: `runs` times, a different post each time.
 */
async function timeWarm(builder: Builder, postsDir: string, dir: string, cacheDir: string): Promise<RunsMeasure> {
  const output = path.join(dir, "out-warm");
  rmSync(cacheDir, { recursive: true, force: true });
  await measureBuild("cache-filling", builder.build(output));
  const posts = readdirSync(postsDir).sort();
  const measures: BuildMeasure[] = [];
  for (let run = 0; run < runs; run += 1) {
    const post = posts[Math.floor(((run + 1) * posts.length) / (runs + 2))]!;
    appendFileSync(path.join(postsDir, post), `\nEdited for warm build ${run + 1}.\n`);
    measures.push(await measureBuild("warm", builder.build(output)));
  }
  rmSync(output, { recursive: true, force: true });
  return summary(measures);
}

const fixed = (value: number, digits: number) => (Number.isFinite(value) ? value.toFixed(digits) : "–");

function printTable(size: number, rows: readonly Row[]): void {
  const hugoSeconds = rows.find((row) => row.name === "hugo")?.measure.seconds;
  console.log(`\n${size.toLocaleString("en")} posts`);
  const header = ["builder", "pages", "wall s", "× Hugo", "CPU s", "peak RSS MiB", "each run: wall s, RSS MiB"];
  console.log(`| ${header.join(" | ")} |`);
  console.log(`|${header.map(() => "---").join("|")}|`);
  for (const { name, measure } of rows) {
    const label = name === "warm" ? "this project, warm (one post edited, search on)" : builderLabel(name);
    const ratio = hugoSeconds === undefined ? "–" : `${fixed(measure.seconds / hugoSeconds, 2)}×`;
    const cells = [
      label,
      measure.pages,
      fixed(measure.seconds, 2),
      ratio,
      fixed(measure.cpuSeconds, 2),
      fixed(measure.rssMiB, 0),
      // The medians hide an outlier, and the largest peak hides how often it comes: every run is shown too.
      measure.each.map((run) => `${fixed(run.seconds, 2)}, ${fixed(run.rssMiB, 0)}`).join(" · "),
    ];
    console.log(`| ${cells.join(" | ")} |`);
  }
}

function builderLabel(name: BuilderName): string {
  if (name === "hugo") return hugo ?? "Hugo";
  if (name === "eleventy") return "plain Eleventy 3.1.8";
  return `this project, ${name}`;
}

function printEdits(measures: ReadonlyArray<{ size: number; edit: EditMeasure }>): void {
  if (measures.length === 0) return;
  console.log("\nOne post's body edited in watch mode (median of the edits)");
  const header = ["N", "save → page written s", "rebuild s", "pages rewritten"];
  console.log(`| ${header.join(" | ")} |`);
  console.log(`|${header.map(() => "---").join("|")}|`);
  for (const { size, edit } of measures) {
    console.log(`| ${[size, fixed(edit.saveToWritten, 3), fixed(edit.rebuild, 3), edit.pagesWritten].join(" | ")} |`);
  }
}

const work = openWorkDir(!values["no-tmpfs"] && !values.quick);
try {
  console.log(
    `Bench: ${sizes.join(", ")} posts; ${warmUp ? "1 warm-up + " : ""}${runs} cold build(s) each, builders taking turns, ` +
      `median shown; files on ${work.storage}; node ${process.version}, ${os.cpus().length} CPUs, ` +
      `${os.cpus()[0]?.model ?? "?"}; load average ${os
        .loadavg()
        .map((load) => load.toFixed(2))
        .join(" ")}.`,
  );
  if (!hugo) console.log("Hugo is not installed (/usr/bin/hugo; Debian: apt-get install hugo): it is left out.");
  if (values.quick) console.log("Plain Eleventy is left out of the smoke run (it needs its own npm ci).");
  const editRows: Array<{ size: number; edit: EditMeasure }> = [];
  for (const size of sizes) {
    const dir = path.join(work.path, `corpus-${size}`);
    rmSync(dir, { recursive: true, force: true });
    const postsDir = path.join(dir, "posts");
    execFileSync(process.execPath, [GEN_CORPUS, postsDir, String(size)], { stdio: "ignore" });
    const cacheDir = path.join(dir, "cache");
    const builders: Builder[] = [
      ...(hugo ? [hugoBuilder(dir, postsDir)] : []),
      ...(values.quick ? [] : [eleventyBuilder(dir, postsDir)]),
      projectBuilder("search off", postsDir, cacheDir),
      projectBuilder("search on", postsDir, cacheDir),
    ];
    const rows: Row[] = await timeBuilders(builders, dir, cacheDir);
    rows.push({ name: "warm", measure: await timeWarm(builders.at(-1)!, postsDir, dir, cacheDir) });
    printTable(size, rows);
    if (edits > 0 && size <= 4000) {
      editRows.push({ size, edit: await measureEdits(postsDir, path.join(dir, "watch"), edits) });
    }
    rmSync(dir, { recursive: true, force: true });
  }
  printEdits(editRows);
} finally {
  work.release();
}
