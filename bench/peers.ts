// The builders the bench times: Hugo and plain Eleventy building the same pages, and this project.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { npmScript, PROJECT_ROOT, type BuildCommand } from "./measure.ts";

const SITES = fileURLToPath(new URL("./sites/", import.meta.url));
/** Debian's package; Hugo is left out of the bench, with a message, where it is missing. */
export const HUGO = "/usr/bin/hugo";

export type BuilderName = "hugo" | "eleventy" | "search off" | "search on";

export interface Builder {
  name: BuilderName;
  /** The command for one cold build into `output`. */
  build(output: string): BuildCommand;
}

/** Hugo's version line, or undefined when it is not installed. */
export function hugoVersion(): string | undefined {
  if (!existsSync(HUGO)) return undefined;
  return execFileSync(HUGO, ["version"], { encoding: "utf8" }).trim().split(" ").slice(0, 2).join(" ");
}

/** bench/sites/hugo with the corpus as its content/posts (a symlink: Hugo follows it). */
export function hugoBuilder(work: string, postsDir: string): Builder {
  const site = path.join(work, "hugo-site");
  rmSync(site, { recursive: true, force: true });
  cpSync(path.join(SITES, "hugo"), site, { recursive: true });
  mkdirSync(path.join(site, "content"), { recursive: true });
  symlinkSync(postsDir, path.join(site, "content/posts"));
  return {
    name: "hugo",
    // Hugo's resource cache holds nothing for this site (no images, no Sass); --quiet as the others are.
    build: (output) => ({ command: [HUGO, "--quiet", "--source", site, "--destination", output], output }),
  };
}

/**
 * bench/sites/eleventy with the corpus copied into posts/. Its dependencies are installed once per
 * package-lock.json into .cache/bench/ (outside the tmpfs, which goes with the run) and linked in.
 */
export function eleventyBuilder(work: string, postsDir: string): Builder {
  const site = path.join(work, "eleventy-site");
  rmSync(site, { recursive: true, force: true });
  cpSync(path.join(SITES, "eleventy"), site, { recursive: true });
  for (const file of readdirSync(postsDir)) cpSync(path.join(postsDir, file), path.join(site, "posts", file));
  symlinkSync(installEleventy(), path.join(site, "node_modules"));
  return {
    name: "eleventy",
    build: (output) => ({
      command: [process.execPath, "node_modules/@11ty/eleventy/cmd.cjs", "--quiet", `--output=${output}`],
      cwd: site,
      output,
    }),
  };
}

function installEleventy(): string {
  const lock = readFileSync(path.join(SITES, "eleventy/package-lock.json"));
  const key = createHash("sha256").update(lock).digest("hex").slice(0, 16);
  const folder = path.join(PROJECT_ROOT, ".cache/bench", `eleventy-${key}`);
  const modules = path.join(folder, "node_modules");
  if (existsSync(modules)) return modules;
  console.log("Installing plain Eleventy for the bench (once per package-lock.json, into .cache/bench/)…");
  const staging = `${folder}.${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  for (const file of ["package.json", "package-lock.json"])
    cpSync(path.join(SITES, "eleventy", file), path.join(staging, file));
  execFileSync("npm", ["ci", "--no-audit", "--no-fund", "--ignore-scripts"], { cwd: staging, stdio: "inherit" });
  renameSync(staging, folder);
  return modules;
}

/**
 * This project as `npm run build` runs it, with bench/sites/project's settings (the peers' post URLs).
 * `cacheDir` is its build cache: emptied before each cold build by the caller.
 */
export function projectBuilder(name: "search off" | "search on", postsDir: string, cacheDir: string): Builder {
  const config = path.join(SITES, "project", name === "search off" ? "search-off.config.ts" : "search-on.config.ts");
  return {
    name,
    build: (output) => ({
      command: [...npmScript("build"), `--config=${config}`, `--posts=${postsDir}`, `--output=${output}`],
      env: { BLOG_CACHE_DIR: cacheDir },
      output,
    }),
  };
}
