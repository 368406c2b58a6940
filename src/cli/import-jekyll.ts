// `npm run import:jekyll -- <Jekyll site or _posts folder> [--dry-run] [--force] [--urls keep|new]`: brings a Jekyll blog in.
import { statSync } from "node:fs";
import { parseArgs } from "node:util";
import { DateTime } from "luxon";
import { POST_LAYOUT_NAMES } from "../posts/layout-names.ts";
import { importJekyllSite, type UrlScheme } from "../jekyll-import/import-site.ts";
import { describeImport } from "../jekyll-import/report-text.ts";
import { SiteSettingsError } from "../site.ts";

const USAGE =
  "Usage: npm run import:jekyll -- <Jekyll site folder or its _posts folder> [--dry-run] [--force] [--urls keep|new]";

/** The options, declared once; what each does is in src/jekyll-import/import-site.ts and the README. */
const OPTIONS = {
  /** Report only; write nothing. */
  "dry-run": { type: "boolean", default: false },
  /** Replace settings (and copied files) the project already has with the Jekyll site's. */
  force: { type: "boolean", default: false },
  /** `keep`: the Jekyll URLs; `new`: this project's, with a redirect from each old URL. */
  urls: { type: "string", default: "keep" },
} as const;
const URL_SCHEMES: readonly UrlScheme[] = ["keep", "new"];

function usage(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({ allowPositionals: true, options: OPTIONS });
} catch (error) {
  usage((error as Error).message);
}
const [from] = parsed.positionals;
if (from === undefined || parsed.positionals.length > 1)
  usage("Give one folder: the Jekyll site's folder (or its _posts folder).");
if (!statSync(from, { throwIfNoEntry: false })?.isDirectory()) usage(`${from} is not a folder.`);
const urls = parsed.values.urls as UrlScheme;
if (!URL_SCHEMES.includes(urls))
  usage(`--urls ${urls} is not a choice: use keep (the Jekyll URLs) or new (this site's, with redirects).`);

try {
  const report = await importJekyllSite({
    from,
    root: process.cwd(),
    layouts: POST_LAYOUT_NAMES,
    now: DateTime.now(),
    dryRun: parsed.values["dry-run"],
    force: parsed.values.force,
    urls,
  });
  console.log(describeImport(report));
  process.exitCode = report.posts.problems.some((problem) => problem.level === "error") ? 1 : 0;
} catch (error) {
  if (!(error instanceof SiteSettingsError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
