// `npm run compare:jekyll -- <corpus folder> [--blog NAME] [--keep] [--json]`: builds each Jekyll blog of a corpus
// with the real Jekyll and with this project (import, then build), and says which posts got the same URL, title and date.
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { builtPathPrefix, builtPosts } from "./built-posts.ts";
import { compareBlog, groupCauses, type BlogComparison } from "./compare.ts";
import { hasJekyll, readJekyllSite } from "./jekyll-posts.ts";
import { formatTable, formatUnmatched, fullMatches, totals } from "./report.ts";
import { buildScratch, importJekyll, makeScratchProject, type ImportFrom } from "./scratch-project.ts";
import { scriptArgs, type Usage } from "../script-args.ts";

const USAGE = `Usage: npm run compare:jekyll -- <corpus folder> [--blog NAME]… [--keep] [--json] [--import-from root|posts]

Each folder under <corpus folder> is one Jekyll site root (the folder with _config.yml). For each, the
real Jekyll (\`jekyll\` on PATH) lists its posts, and a scratch copy of this project imports the site
(\`npm run import:jekyll\`) and builds it. The posts are then compared by URL, and matched posts by
title and calendar date. Nothing is fetched; nothing in the corpus is changed.

  --blog NAME          compare only this blog (a folder name under the corpus; may be repeated)
  --keep               keep each blog's scratch project, Jekyll output and logs, and print where
  --json               print the comparison as JSON instead of tables
  --import-from MODE   root: give the importer the site root; posts: give it each _posts folder
                       (the importer before it took site roots). Default: posts
  -h, --help           this text`;

const parsed = scriptArgs(USAGE, {
  blog: { type: "string", multiple: true },
  keep: { type: "boolean", default: false },
  json: { type: "boolean", default: false },
  "import-from": { type: "string", default: "root" },
});
const usage: Usage = parsed.usage;
const [corpus] = parsed.positionals;
if (corpus === undefined || parsed.positionals.length > 1) usage("Give one corpus folder.");
if (!statSync(corpus, { throwIfNoEntry: false })?.isDirectory()) usage(`${corpus} is not a folder.`);
const importFrom = parsed.values["import-from"];
if (importFrom !== "root" && importFrom !== "posts") usage(`--import-from is root or posts, not "${importFrom}".`);
if (!hasJekyll()) usage("jekyll is not on PATH. Install it (Debian: apt-get install -y jekyll) and run again.");

const allBlogs = readdirSync(corpus, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !entry.name.startsWith("."))
  .map((entry) => entry.name)
  .sort();
const wanted = parsed.values.blog ?? allBlogs;
const unknown = wanted.filter((name) => !allBlogs.includes(name));
if (unknown.length > 0) usage(`No blog folder ${unknown.map((name) => `"${name}"`).join(", ")} under ${corpus}.`);

const now = new Date();
const comparisons: BlogComparison[] = [];
const kept: string[] = [];
for (const blog of wanted) {
  const siteRoot = path.resolve(corpus, blog);
  const scratch = mkdtempSync(path.join(os.tmpdir(), `compare-jekyll-${blog.replace(/[^\w.-]/g, "_")}-`));
  try {
    if (!parsed.values.json) process.stderr.write(`${blog}: `);
    comparisons.push(compareOne(blog, siteRoot, scratch, importFrom));
    if (!parsed.values.json) process.stderr.write("done\n");
  } finally {
    if (parsed.values.keep) kept.push(scratch);
    else rmSync(scratch, { recursive: true, force: true });
  }
}

if (parsed.values.json) {
  const all = totals(comparisons);
  const full = comparisons.reduce((total, c) => total + fullMatches(c), 0);
  const causes = groupCauses(comparisons).map((group) => ({ cause: group.cause, count: group.posts.length }));
  console.log(
    JSON.stringify({ importFrom, blogs: comparisons, totals: { ...all, fullMatches: full }, causes, kept }, null, 2),
  );
} else {
  console.log(formatTable(comparisons));
  const unmatched = formatUnmatched(comparisons);
  if (unmatched !== "") console.log(`\n${unmatched}`);
  for (const dir of kept) console.log(`Kept ${dir}`);
}

function compareOne(blog: string, siteRoot: string, scratch: string, from: ImportFrom): BlogComparison {
  const empty = {
    blog,
    jekyll: 0,
    built: 0,
    urlMatches: 0,
    titleMatches: 0,
    dateMatches: 0,
    unmatched: [],
    differences: [],
  };
  const jekyll = readJekyllSite(siteRoot, scratch, now);
  if ("error" in jekyll) return { ...empty, note: `skipped: ${jekyll.error}` };
  const project = path.join(scratch, "project");
  makeScratchProject(project);
  const imported = importJekyll(
    project,
    siteRoot,
    from,
    jekyll.posts.map((post) => post.path),
  );
  writeFileSync(path.join(scratch, "import.log"), imported.log);
  const build = buildScratch(project);
  writeFileSync(path.join(scratch, "build.log"), build.log);
  const output = path.join(project, "_site");
  const built = build.ok && existsSync(output) ? builtPosts(output) : [];
  return compareBlog({
    blog,
    jekyll: jekyll.posts,
    jekyllBaseurl: jekyll.baseurl,
    built,
    pathPrefix: build.ok ? builtPathPrefix(output) : "/",
    imports: imported.outcomes,
    ...(build.ok ? {} : { buildError: build.error ?? "unknown" }),
  });
}
