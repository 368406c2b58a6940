// Jekyll's own list of a blog's posts: the real `jekyll build`, stopped by our plugin once the site is read.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { JekyllPost } from "./compare.ts";

const PLUGINS_DIR = fileURLToPath(new URL("./jekyll-plugins/", import.meta.url));

export interface JekyllSite {
  jekyllVersion: string;
  baseurl: string;
  posts: JekyllPost[];
}

/** Jekyll's first configuration file in a site root, as Jekyll looks for it; undefined when there is none. */
export function jekyllConfigFile(siteRoot: string): string | undefined {
  return ["_config.yml", "_config.yaml", "_config.toml"]
    .map((name) => path.join(siteRoot, name))
    .find((file) => existsSync(file));
}

/**
 * Everything a real blog needs that Debian's Jekyll lacks is switched off: the theme gem, remote themes,
 * plugins (their gems), the site's own `_plugins` (plugins_dir is ours). None of these decide a post's URL,
 * title or date, which Jekyll's core computes (permalink, defaults, timezone, baseurl, future, published).
 * `time` is the comparison's "now", so Jekyll leaves out the same future posts as the build does.
 */
function overrideConfig(now: Date): string {
  return [
    // false, not null: Jekyll keeps a theme name that an override sets to null.
    "theme: false",
    "remote_theme: false",
    "plugins: []",
    "gems: []",
    "whitelist: []",
    `plugins_dir: ${JSON.stringify(PLUGINS_DIR)}`,
    `time: ${JSON.stringify(now.toISOString())}`,
    "",
  ].join("\n");
}

/** Jekyll's posts, or a reason it could not read the blog. */
export function readJekyllSite(siteRoot: string, scratch: string, now: Date): JekyllSite | { error: string } {
  const override = path.join(scratch, "jekyll-override.yml");
  const out = path.join(scratch, "jekyll-posts.json");
  writeFileSync(override, overrideConfig(now));
  const config = jekyllConfigFile(siteRoot);
  const result = spawnSync(
    "jekyll",
    [
      "build",
      "--source",
      siteRoot,
      "--destination",
      path.join(scratch, "jekyll-site"),
      "--config",
      config === undefined ? override : `${config},${override}`,
    ],
    {
      encoding: "utf8",
      // A Gemfile would make Jekyll load Bundler and fail on every gem Debian lacks.
      env: { ...process.env, JEKYLL_COMPARE_OUT: out, JEKYLL_NO_BUNDLER_REQUIRE: "1", JEKYLL_ENV: "production" },
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  if (result.error !== undefined) return { error: `jekyll could not be run: ${result.error.message}` };
  if (!existsSync(out)) {
    const said = `${result.stderr}\n${result.stdout}`
      // eslint-disable-next-line no-control-regex -- Jekyll colours its errors.
      .replace(/\u001b\[[0-9;]*m/g, "")
      .split("\n")
      .map((line) => line.trim())
      .filter(
        (line) =>
          line !== "" &&
          !/^(-+|Configuration file|Source|Destination|Incremental build|Generating|Theme:|Deprecation:|Jekyll \d|for any additional)/.test(
            line,
          ),
      );
    return { error: `Jekyll could not read it: ${said.slice(0, 3).join(" / ") || `exit code ${result.status}`}` };
  }
  const data = JSON.parse(readFileSync(out, "utf8")) as { jekyll: string; baseurl: string; posts: JekyllPost[] };
  return { jekyllVersion: data.jekyll, baseurl: data.baseurl, posts: data.posts };
}

/** Whether `jekyll` can be run here. */
export function hasJekyll(): boolean {
  const result = spawnSync("jekyll", ["--version"], { encoding: "utf8" });
  return result.status === 0;
}
