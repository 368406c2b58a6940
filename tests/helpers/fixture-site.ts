// Builds a fixture site (tests/fixtures/<name>/posts/…) through the real pipeline and reads what it wrote.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { buildSite, type BuildResult } from "../../src/cli/build-site.ts";
import { resolveSite, type SiteSettingsInput } from "../../src/site.ts";
import { FIXTURES, newOutputFolder } from "./output-folder.ts";

export { FIXTURES, newOutputFolder };

export interface BuiltSite {
  result: BuildResult;
  /** The output folder. */
  output: string;
  /** Whether the page at a site URL (`/tags/ai/`, `/feed.xml`) was written. */
  has(url: string): boolean;
  /** The page at a site URL; throws if it was not written. */
  page(url: string): string;
  /** Every written file's site path, sorted: `/index.html`, `/tags/ai/index.html`, … */
  files(): string[];
}

export interface FixtureOptions {
  /** Settings on top of the defaults (posts in `posts/`, assets in `assets/`, and search off unless given). */
  site?: SiteSettingsInput;
  /** Build into this folder instead of a new one (to test what a rebuild leaves behind). */
  output?: string;
  pathPrefix?: string;
}

/** Builds `tests/fixtures/<name>` (or an absolute folder) and returns its output. */
export async function buildFixture(name: string, options: FixtureOptions = {}): Promise<BuiltSite> {
  const root = path.isAbsolute(name) ? name : path.join(FIXTURES, name);
  const output = options.output ?? path.join(newOutputFolder(path.basename(name)), "site");
  // Search off unless a test asks for it: Pagefind's process takes longer to start and index than a small
  // fixture takes to build, and only tests about search look at its index.
  const site = resolveSite({ title: "Fixture Blog", search: false, ...options.site });
  const result = await buildSite({
    site,
    root,
    output,
    ...(options.pathPrefix ? { pathPrefix: options.pathPrefix } : {}),
  });
  return siteAt(output, result);
}

/** The file a host serves for a site URL: `/x/` is `/x/index.html`; `/2016/x` is `/2016/x.html` when no file `x` exists. */
function fileFor(output: string, url: string): string {
  const decoded = decodeURI(url);
  const file = path.join(output, decoded.endsWith("/") ? `${decoded}index.html` : decoded);
  return decoded.endsWith("/") || existsSync(file) ? file : `${file}.html`;
}

export function siteAt(output: string, result: BuildResult): BuiltSite {
  return {
    result,
    output,
    has: (url) => existsSync(fileFor(output, url)),
    page: (url) => readFileSync(fileFor(output, url), "utf8"),
    files: () => listFiles(output, output),
  };
}

function listFiles(dir: string, root: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `/${path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join("/")}`)
    .sort();
}
