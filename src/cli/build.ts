// `npm run build`: builds the site from site.config.ts (or another settings file) into _site/.
import { DEVELOPMENT_URL } from "../pages/urls.ts";
import { runCommand } from "./command.ts";
import { CommandError } from "./command-error.ts";
import { CONFIG_OPTION, loadSite, POSTS_OPTION } from "./load-site.ts";

await runCommand({
  name: "npm run build",
  description:
    "Builds the site from the posts into a fresh folder and replaces the output folder only when the build succeeds, " +
    "so a failed build leaves the previous site as it was. Drafts and future posts are left out. Exits 1 when a post " +
    "or a setting is wrong, listing every problem.",
  options: {
    output: { type: "string", value: "folder", default: "_site", description: "Where the site is written." },
    ...POSTS_OPTION,
    ...CONFIG_OPTION,
    url: {
      type: "string",
      value: "address",
      description:
        "The deployed site's address, e.g. https://example.org; wins over url in the settings (the deploy workflow passes GitHub Pages' own).",
    },
    pathprefix: {
      type: "string",
      value: "path",
      description: "The subfolder the site is served from, e.g. /blog/; wins over pathPrefix in the settings.",
    },
    production: {
      type: "boolean",
      description:
        "A build that will be deployed: it fails without the site's address (url). ELEVENTY_ENV=production says the same.",
    },
  },
  examples: [
    { command: "npm run build", does: "Builds _site/ from posts/ with site.config.ts." },
    {
      command: "npm run build -- --production --url=https://example.org --pathprefix=/blog/",
      does: "A build to deploy at https://example.org/blog/.",
    },
  ],
  async run({ values }) {
    // Loaded here, not at the top: `--help` and a mistyped option answer without loading Eleventy and the build.
    const { BUILD_CACHE_DIR, buildSite } = await import("./build-site.ts");
    const production = values.production || process.env.ELEVENTY_ENV === "production";
    const site = await loadSite({
      config: values.config,
      posts: values.posts,
      overrides: values.url === undefined ? {} : { url: values.url },
      production,
    });
    if (!production && site.url === undefined) {
      console.warn(
        `Warning: ${values.config} has no url, so feeds, the sitemap and canonical links point to ${DEVELOPMENT_URL}. ` +
          "Set url before deploying; `npm run build -- --production` refuses to build without it.",
      );
    }
    const started = performance.now();
    const result = await buildSite({
      site,
      root: process.cwd(),
      output: values.output,
      pathPrefix: values.pathprefix,
      // Pages whose posts, settings, layouts and code did not change are taken from here, not rendered again.
      cacheDir: process.env.BLOG_CACHE_DIR || BUILD_CACHE_DIR,
    });
    if (!result.ok) throw new CommandError(result.message);
    // One write, not one per warning: a blog that names thousands of missing images waited for each line.
    if (result.warnings.length > 0) console.warn(result.warnings.map((warning) => `Warning: ${warning}`).join("\n"));
    const search = result.searchSeconds === undefined ? "" : " and their search index";
    const searchTime =
      result.searchSeconds === undefined ? "" : ` (search index: ${result.searchSeconds.toFixed(2)} s)`;
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    const reused = (result.reused ?? 0) > 0 ? ` (${result.reused} unchanged, from the build cache)` : "";
    console.log(`Built ${result.pages} pages${reused}${search} into ${values.output}/ in ${seconds} s${searchTime}.`);
    return 0;
  },
});
