// `npm run build [-- --pathprefix=/blog/ --output=dir --posts=dir]`: builds the site from site.config.ts.
import { parseArgs } from "node:util";
import siteConfig from "../../site.config.ts";
import { resolveSite } from "../site.ts";
import { buildSite } from "./build-site.ts";

const { values } = parseArgs({
  options: {
    output: { type: "string", default: "_site" },
    pathprefix: { type: "string" },
    posts: { type: "string" },
  },
});

const site = resolveSite({ ...siteConfig, ...(values.posts === undefined ? {} : { postsDir: values.posts }) });
const started = performance.now();
const result = await buildSite({ site, root: process.cwd(), output: values.output, pathPrefix: values.pathprefix });
if (result.ok) {
  for (const warning of result.warnings) console.warn(`Warning: ${warning}`);
  const search = site.search ? " and their search index" : "";
  console.log(
    `Built ${result.pages} pages${search} into ${values.output}/ in ${((performance.now() - started) / 1000).toFixed(2)} s.`,
  );
} else {
  console.error(result.message);
  process.exitCode = 1;
}
