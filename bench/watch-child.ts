// Runs the site in Eleventy's watch mode (as `npm start` does), edits posts' bodies, and times each rebuild.
// Usage: tsx bench/watch-child.ts <postsDir> <output> <edits>; prints one JSON line (see watch-edit.ts).
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import { pipeline } from "../.eleventy.ts";
import { eleventyInput } from "../src/cli/eleventy-input.ts";
import { resolveSite } from "../src/site.ts";
import { median, PROJECT_ROOT } from "./measure.ts";

const [postsDir, output, editCount] = process.argv.slice(2) as [string, string, string];
// The permalink is fixed here so the edited page's file can be found from the post's file name.
const site = resolveSite({ title: "Bench", postsDir, permalink: "/:year/:month/:day/:title/" });

interface Rebuild {
  started: number;
  finished: number;
  pages: number;
}
let rebuildStarted = 0;
let onRebuild: ((rebuild: Rebuild) => void) | undefined;

rmSync(output, { recursive: true, force: true });
const eleventy = new Eleventy(eleventyInput(), output, {
  quietMode: true,
  runMode: "watch",
  config(eleventyConfig) {
    pipeline(eleventyConfig, site, PROJECT_ROOT);
    eleventyConfig.on("eleventy.beforeWatch", () => {
      rebuildStarted = performance.now();
    });
    eleventyConfig.on("eleventy.after", (({ results }: { results: unknown[] }) => {
      onRebuild?.({ started: rebuildStarted, finished: performance.now(), pages: results.length });
    }) as never);
  },
}) as Eleventy & { init(): Promise<void>; watch(): Promise<unknown>; stopWatch(): Promise<void> };
await eleventy.init();
await eleventy.watch();

/** `2021-01-01-some-title-12.md` → `<output>/2021/01/01/some-title-12/index.html`. */
function pageFile(file: string): string {
  const [, year, month, day, slug] = /^(\d{4})-(\d{2})-(\d{2})-(.*)\.md$/.exec(file)!;
  return path.join(output, year!, month!, day!, slug!, "index.html");
}

async function pageHolds(file: string, marker: string): Promise<void> {
  for (;;) {
    try {
      if (readFileSync(file, "utf8").includes(marker)) return;
    } catch {
      // Not written yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
}

// chokidar says it is ready before every folder's watch is really in place: edits made at once can be missed.
await new Promise((resolve) => setTimeout(resolve, 1000));
const files = readdirSync(postsDir).sort();
const saveToWritten: number[] = [];
const rebuilds: number[] = [];
let pages = 0;
for (let edit = 0; edit < Number(editCount); edit += 1) {
  // Posts spread over the corpus, newest and oldest included.
  const file = files[Math.floor((edit * (files.length - 1)) / Math.max(1, Number(editCount) - 1))]!;
  const marker = `Edited-in-watch-mode-${process.pid}-${edit}`;
  const rebuilt = new Promise<Rebuild>((resolve) => (onRebuild = resolve));
  const source = path.join(postsDir, file);
  writeFileSync(source, `${readFileSync(source, "utf8")}\nA paragraph added while watching: ${marker}.\n`);
  const saved = performance.now();
  await pageHolds(pageFile(file), marker);
  saveToWritten.push((performance.now() - saved) / 1000);
  const rebuild = await rebuilt;
  rebuilds.push((rebuild.finished - rebuild.started) / 1000);
  pages = rebuild.pages;
  await new Promise((resolve) => setTimeout(resolve, 200));
}
await eleventy.stopWatch();
console.log(JSON.stringify({ saveToWritten: median(saveToWritten), rebuild: median(rebuilds), pagesWritten: pages }));
