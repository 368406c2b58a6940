// `npm run import:jekyll`: brings a Jekyll blog in (settings, authors, posts, the files they show), with the
// Liquid this site does not run converted.
import { statSync } from "node:fs";
import { DateTime } from "luxon";
import { importJekyllSite, type UrlScheme } from "../jekyll-import/import-site.ts";
import { describeImport } from "../jekyll-import/report-text.ts";
import { POST_LAYOUT_NAMES } from "../posts/layout-names.ts";
import { SiteSettingsError } from "../site.ts";
import { runCommand } from "./command.ts";
import { CommandError, usageError } from "./command-error.ts";

const URL_SCHEMES: readonly UrlScheme[] = ["keep", "new"];

await runCommand({
  name: "npm run import:jekyll",
  description:
    "Imports a Jekyll site: its _config.yml settings into site.config.ts (merged; a value you set is kept unless " +
    "--force), its authors into authors.yml, the posts of every _posts folder into posts/ (Liquid converted, front " +
    "matter kept), and the images and files the posts show. Each post is read back with the build's own code first; " +
    "a post the build would refuse is not imported. Existing posts are never overwritten. Ends with a summary of what " +
    "needs a person; exits 1 when some post was not imported.",
  argument: {
    name: "<Jekyll site folder>",
    description: "The folder holding _config.yml (or a lone _posts folder: its posts only).",
  },
  // Options as a list, one line each: what each does is in src/jekyll-import/import-site.ts and the README.
  options: {
    "dry-run": { type: "boolean", description: "Reports what would be set, imported and copied, and writes nothing." },
    force: {
      type: "boolean",
      description: "Replaces settings (and copied files) the project already has with the Jekyll site's.",
    },
    urls: {
      type: "string",
      value: "keep|new",
      default: "keep",
      description:
        "keep: every post keeps its Jekyll URL. new: this site's URLs, with a redirect page at each old URL.",
    },
  },
  examples: [
    {
      command: "npm run import:jekyll -- ../old-blog --dry-run",
      does: "Reports only: what it would set, import and copy.",
    },
    { command: "npm run import:jekyll -- ../old-blog", does: "Imports the whole site, keeping every URL." },
    {
      command: "npm run import:jekyll -- ../old-blog --urls new",
      does: "This site's URLs, with redirects from the old ones.",
    },
  ],
  async run({ values, argument: from }) {
    if (from === undefined) throw usageError("Give the Jekyll site's folder (the one holding _config.yml).");
    if (!statSync(from, { throwIfNoEntry: false })?.isDirectory()) throw usageError(`${from} is not a folder.`);
    const urls = values.urls as UrlScheme;
    if (!URL_SCHEMES.includes(urls)) {
      throw usageError(
        `--urls ${urls} is not a choice: use keep (the Jekyll URLs) or new (this site's, with redirects).`,
      );
    }
    try {
      const report = await importJekyllSite({
        from,
        root: process.cwd(),
        layouts: POST_LAYOUT_NAMES,
        now: DateTime.now(),
        dryRun: values["dry-run"],
        force: values.force,
        urls,
      });
      console.log(describeImport(report));
      return report.posts.problems.some((problem) => problem.level === "error") ? 1 : 0;
    } catch (error) {
      if (error instanceof SiteSettingsError) throw new CommandError(error.message, 1);
      throw error;
    }
  },
});
