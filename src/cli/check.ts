// `npm run check [-- --strict] [--format text|json|github] [--posts dir]`: validates every post without building.
import { parseArgs } from "node:util";
import { DateTime } from "luxon";
import siteConfig from "../../site.config.ts";
import { POST_LAYOUT_NAMES } from "../posts/layout-names.ts";
import { FORMATS, type Format } from "../check/format.ts";
import { runCheck } from "../check/run-check.ts";
import { resolveSite, SiteSettingsError } from "../site.ts";

const USAGE = "Usage: npm run check [-- --strict] [--format text|json|github] [--posts <folder>]";

let values;
try {
  ({ values } = parseArgs({
    options: {
      strict: { type: "boolean", default: false },
      format: { type: "string", default: "text" },
      posts: { type: "string" },
    },
  }));
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
if (!(values.format in FORMATS)) {
  console.error(`--format ${values.format} is not a format of this command. Use text, json or github.\n${USAGE}`);
  process.exit(2);
}

try {
  const site = resolveSite({ ...siteConfig, ...(values.posts === undefined ? {} : { postsDir: values.posts }) });
  const report = await runCheck({ site, root: process.cwd(), now: DateTime.now(), layouts: POST_LAYOUT_NAMES });
  console.log(FORMATS[values.format as Format](report));
  // Errors stop the build, so they fail the check; warnings fail it only when asked to (--strict, for CI).
  process.exitCode = report.errors > 0 || (values.strict && report.warnings > 0) ? 1 : 0;
} catch (error) {
  if (!(error instanceof SiteSettingsError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
