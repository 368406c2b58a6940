// `npm run check`: validates every post without building, and reports every problem at once.
import { DateTime } from "luxon";
import { POST_LAYOUT_NAMES } from "../posts/layout-names.ts";
import { FORMATS, type Format } from "../check/format.ts";
import { runCheck } from "../check/run-check.ts";
import { runCommand } from "./command.ts";
import { usageError } from "./command-error.ts";
import { CONFIG_OPTION, loadSite, POSTS_OPTION } from "./load-site.ts";

await runCommand({
  name: "npm run check",
  description:
    "Reads every post with the build's own code, without building, and reports each problem as file:line: level: message. " +
    "Errors (the ones the build stops on) exit 1; warnings exit 0 unless --strict.",
  options: {
    strict: { type: "boolean", description: "Warnings fail the check too (exit 1), for CI." },
    format: {
      type: "string",
      value: "text|json|github",
      default: "text",
      description: "text for people, json for programs, github for GitHub Actions annotations.",
    },
    ...POSTS_OPTION,
    ...CONFIG_OPTION,
  },
  examples: [
    { command: "npm run check", does: "Every problem of every post in posts/." },
    {
      command: "npm run check -- --strict --format github",
      does: "In a GitHub workflow: annotations, and warnings fail.",
    },
  ],
  async run({ values }) {
    if (!(values.format in FORMATS)) {
      throw usageError(`--format ${values.format} is not a format of this command. Use text, json or github.`);
    }
    const site = await loadSite({ config: values.config, posts: values.posts });
    const report = await runCheck({
      site,
      root: process.cwd(),
      now: DateTime.now(),
      layouts: POST_LAYOUT_NAMES,
    });
    console.log(FORMATS[values.format as Format](report));
    // Errors stop the build, so they fail the check; warnings fail it only when asked to (--strict, for CI).
    return report.errors > 0 || (values.strict && report.warnings > 0) ? 1 : 0;
  },
});
