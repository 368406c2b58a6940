// `npm run build [-- --production --url=https://example.org --pathprefix=/blog/ --output=dir --posts=dir
// --config=file]`: builds the site from site.config.ts (or another settings file).
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { DEVELOPMENT_URL } from "../pages/urls.ts";
import { checkProductionSettings, resolveSite, SiteSettingsError, type SiteSettingsInput } from "../site.ts";
import { buildSite } from "./build-site.ts";

const { values } = parseArgs({
  options: {
    output: { type: "string", default: "_site" },
    pathprefix: { type: "string" },
    posts: { type: "string" },
    /** The deployed site's address; wins over site.config.ts (the deploy workflow passes GitHub Pages' own). */
    url: { type: "string" },
    /** A build that will be deployed: it must know the site's address. ELEVENTY_ENV=production says the same. */
    production: { type: "boolean", default: false },
    /** Another settings file, e.g. for a staging build; it exports `defineSite({…})` as site.config.ts does. */
    config: { type: "string", default: "site.config.ts" },
  },
});
const siteConfig = ((await import(pathToFileURL(path.resolve(values.config)).href)) as { default: SiteSettingsInput })
  .default;
const production = values.production || process.env.ELEVENTY_ENV === "production";

try {
  const site = resolveSite({
    ...siteConfig,
    ...(values.posts === undefined ? {} : { postsDir: values.posts }),
    ...(values.url === undefined ? {} : { url: values.url }),
  });
  if (production) checkProductionSettings(site);
  else if (site.url === undefined) {
    console.warn(
      `Warning: site.config.ts has no url, so feeds, the sitemap and canonical links point to ${DEVELOPMENT_URL}. ` +
        "Set url before deploying; `npm run build -- --production` refuses to build without it.",
    );
  }
  const started = performance.now();
  const result = await buildSite({ site, root: process.cwd(), output: values.output, pathPrefix: values.pathprefix });
  if (result.ok) {
    for (const warning of result.warnings) console.warn(`Warning: ${warning}`);
    const search = result.searchSeconds === undefined ? "" : " and their search index";
    const searchTime =
      result.searchSeconds === undefined ? "" : ` (search index: ${result.searchSeconds.toFixed(2)} s)`;
    console.log(
      `Built ${result.pages} pages${search} into ${values.output}/ in ${((performance.now() - started) / 1000).toFixed(2)} s${searchTime}.`,
    );
  } else {
    console.error(result.message);
    process.exitCode = 1;
  }
} catch (error) {
  if (!(error instanceof SiteSettingsError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
