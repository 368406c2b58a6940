// `npm run build`: builds the site into a fresh folder and swaps it in only when the build succeeds.
import { parseArgs } from "node:util";
import { buildSite } from "./build-site.ts";

const { values } = parseArgs({
  options: {
    output: { type: "string", default: "_site" },
    pathprefix: { type: "string" },
  },
});

const result = await buildSite({ output: values.output, pathPrefix: values.pathprefix });
if (!result.ok) {
  console.error(result.message);
  process.exitCode = 1;
}
