// Browser tests' setup: this blog built as a deployer would build it, served on localhost, and Debian's Chromium.
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type BrowserContext } from "playwright-core";
import siteConfig from "../../site.config.ts";
import { buildSite, type BuildOptions } from "../../src/cli/build-site.ts";
import { resolveSite, type SiteSettingsInput } from "../../src/site.ts";
import { FIXTURES, newOutputFolder } from "./fixture-site.ts";
import { serveFolder, type StaticServer } from "./static-server.ts";

export const PROJECT_ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** Artifacts a person looks at after a run (screenshots, the axe report); git-ignored. */
export const RESULTS_FOLDER = path.join(PROJECT_ROOT, "test-results");

/** Debian's Chromium: the tests never download a browser. */
const CHROMIUM = "/usr/bin/chromium";

const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export interface BrowserSession {
  readonly server: StaticServer;
  readonly context: BrowserContext;
  /** Every URL the pages requested that was not on the test server: a site that works offline asks for none. */
  readonly foreignRequests: string[];
  close(): Promise<void>;
}

/**
 * Builds the blog from its own posts and settings into a fresh folder (so the tests never see a stale
 * `_site/`), serves it on a free localhost port, and opens Chromium with a new, empty profile.
 */
export async function openBuiltSite(): Promise<BrowserSession> {
  const output = path.join(newOutputFolder("browser"), "site");
  const result = await buildSite({ site: resolveSite(siteConfig), root: PROJECT_ROOT, output });
  if (!result.ok) throw new Error(result.message);
  return openFolder(output);
}

/** The theme's own files, which a fixture site (posts and images only) gets a copy of to be seen as readers see it. */
const THEME_ASSETS = ["css", "js", "fonts", "favicon.svg"];

/**
 * Builds a fixture site (tests/fixtures/<name>) with the theme's stylesheet, script and fonts copied in,
 * serves it, and opens Chromium: what a reader does on the theme, tested on posts the test owns.
 */
export async function openFixtureSite(
  name: string,
  site: SiteSettingsInput = {},
  build: Pick<BuildOptions, "searchShardPages"> = {},
): Promise<BrowserSession> {
  const folder = newOutputFolder(`browser-${name}`);
  const root = path.join(folder, "project");
  cpSync(path.join(FIXTURES, name), root, { recursive: true });
  for (const asset of THEME_ASSETS) {
    cpSync(path.join(PROJECT_ROOT, "assets", asset), path.join(root, "assets", asset), { recursive: true });
  }
  const output = path.join(folder, "site");
  const result = await buildSite({ ...build, site: resolveSite({ title: "Fixture Blog", ...site }), root, output });
  if (!result.ok) throw new Error(result.message);
  return openFolder(output);
}

async function openFolder(output: string): Promise<BrowserSession> {
  const server = await serveFolder(output);
  const profile = mkdtempSync(path.join(tmpdir(), "blog-chromium-"));
  // A persistent context is how Playwright takes a --user-data-dir: here a new, empty one per run.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 900 },
    colorScheme: "light",
  });
  const foreignRequests: string[] = [];
  context.on("request", (request) => {
    if (!request.url().startsWith(server.origin) && !request.url().startsWith("data:")) {
      foreignRequests.push(request.url());
    }
  });
  return {
    server,
    context,
    foreignRequests,
    close: async () => {
      await context.close();
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Phone-sized: an iPhone SE's 375 CSS pixels, the narrowest common phone. */
export const PHONE = { width: 375, height: 740 };
export const DESKTOP = { width: 1280, height: 900 };
