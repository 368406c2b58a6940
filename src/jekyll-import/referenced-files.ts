// The images and files imported posts (and authors) point to, found in the Jekyll site and copied so the same URLs work here.
import { existsSync } from "node:fs";
import { copyFile, lstat, mkdir, readFile, realpath } from "node:fs/promises";
import path from "node:path";
import { safeDecode } from "../check/post-links.ts";
import type { Problem } from "../problems/problem.ts";
import { isWritableInside } from "../project-files.ts";
import { isElsewhere } from "../url-schemes.ts";

/** One reference to a local file, as a post or the authors file wrote it. */
export interface FoundReference {
  readonly reference: string;
  readonly kind: "image" | "link";
  /** The file that holds it, as the report names it. */
  readonly file: string;
  readonly line?: number;
  /**
   * The URL of the page it is on, to resolve a relative body link as a browser does; undefined for front
   * matter and author fields, which Jekyll themes read from the site root (`image: assets/x.jpg`).
   */
  readonly pageUrl?: string;
}

export interface FileCopy {
  /** Absolute source, inside the Jekyll site. */
  readonly from: string;
  /** Relative to the project root: `assets/img/x.png`, `images/y.jpg`. */
  readonly to: string;
  /** The URL it is published at, on both sites. */
  readonly sitePath: string;
  /** `new`: copied; `same`: the project already has this file; `differs`: the project has another file there. */
  readonly state: "new" | "same" | "differs";
}

export interface FilesPlan {
  readonly copies: readonly FileCopy[];
  /** Top-level folders, other than the assets folder, that must be published as they are (the `staticDirs` setting). */
  readonly staticDirs: readonly string[];
  /** References to files that are not there, or cannot be published at the same URL: each needs a person. */
  readonly problems: readonly Problem[];
}

export interface FilesOptions {
  /** The Jekyll site's root. */
  readonly siteRoot: string;
  /** This project's root. */
  readonly root: string;
  readonly assetsDir: string;
  /** Top-level names the project or its pages already use (`posts`, `src`, `tags`…): never a static folder. */
  readonly reserved: ReadonlySet<string>;
}

/** Links to these are pages (of either site), not files to copy, unless the Jekyll site has such a file. */
const PAGE = /(^|\/)[^/.]*$|\.(html?|xml|php|md|markdown)$/i;

/** The site path a reference leads to (`/images/y.jpg`), or undefined for another site's, a page's, or an anchor. */
export function referencedSitePath(found: FoundReference): string | undefined {
  const written = found.reference.trim();
  if (written === "" || written.startsWith("#") || isElsewhere(written)) return undefined;
  const withoutQuery = written.replace(/[?#].*$/, "");
  if (withoutQuery === "") return undefined;
  const base = found.pageUrl ?? "/";
  // As a browser resolves it; a front matter path without a leading slash is from the site root.
  const resolved = new URL(withoutQuery, `http://site.invalid${base.endsWith("/") ? base : `${base}/`}`).pathname;
  return path.posix.normalize(safeDecode(resolved));
}

export async function planFiles(found: readonly FoundReference[], options: FilesOptions): Promise<FilesPlan> {
  const siteRoot = await realpath(options.siteRoot);
  const copies = new Map<string, FileCopy>();
  const staticDirs = new Set<string>();
  const problems: Problem[] = [];
  const refused = new Map<string, string>();
  for (const reference of found) {
    const sitePath = referencedSitePath(reference);
    if (sitePath === undefined || copies.has(sitePath)) continue;
    const problem = (message: string) =>
      problems.push({
        file: reference.file,
        line: reference.line,
        level: "warning",
        message: `${reference.kind} "${reference.reference}" ${message}`,
      });
    const known = refused.get(sitePath);
    if (known !== undefined) {
      problem(known);
      continue;
    }
    const source = await publishedFile(siteRoot, sitePath);
    if (source.kind !== "file") {
      // A link to a page (`/about/`, `/2016/01/x.html`, a rendered `/feed.xml`) is the URL rules' business, not a missing file.
      if (reference.kind === "link" && (PAGE.test(sitePath) || source.kind === "page")) continue;
      const why =
        source.kind === "outside"
          ? "leads outside the Jekyll site (a symbolic link), so it was not copied. Copy the file into assets/ yourself and change the link."
          : source.kind === "page"
            ? "is made by a Jekyll template (it has front matter), so it was not copied. Save the file it made into assets/ and change the image."
            : "is not a file of the Jekyll site, so nothing was copied. Add the file or correct the path.";
      refused.set(sitePath, why);
      problem(why);
      continue;
    }
    const [, top = "", ...rest] = sitePath.split("/");
    let to: string;
    if (rest.length === 0 || options.reserved.has(top)) {
      const why =
        rest.length === 0
          ? `is at the top of the site (${sitePath}), which this site publishes only from assets/. Move it to assets/ and change the ${reference.kind}.`
          : `is in ${top}/, a folder this project uses for itself, so it was not copied. Move it to assets/ and change the ${reference.kind}.`;
      refused.set(sitePath, why);
      problem(why);
      continue;
    }
    if (top === "assets") to = path.posix.join(options.assetsDir.split(path.sep).join("/"), ...rest);
    else {
      to = path.posix.join(top, ...rest);
      staticDirs.add(top);
    }
    copies.set(sitePath, {
      from: source.file,
      to,
      sitePath,
      state: await destinationState(options.root, to, source.file),
    });
  }
  return { copies: [...copies.values()], staticDirs: [...staticDirs].sort(), problems };
}

type Published = { kind: "file"; file: string } | { kind: "missing" } | { kind: "outside" } | { kind: "page" };

/** The file Jekyll publishes at `sitePath`: inside the site (symbolic links resolved), not in a `_` or `.` folder. */
async function publishedFile(siteRoot: string, sitePath: string): Promise<Published> {
  const segments = sitePath.split("/").filter((segment) => segment !== "");
  if (segments.length === 0 || segments.some((segment) => /^[._]/.test(segment))) return { kind: "missing" };
  const candidate = path.join(siteRoot, ...segments);
  if (!existsSync(candidate)) return { kind: "missing" };
  const real = await realpath(candidate);
  if (real !== siteRoot && !real.startsWith(siteRoot + path.sep)) return { kind: "outside" };
  if (!(await lstat(real)).isFile()) return { kind: "missing" };
  // A file with front matter (`feed.xml`, `atom.xml`, a page) is a template Jekyll renders, not a file it copies.
  const head = await readFile(real, { encoding: "latin1" }).then((text) => text.slice(0, 5));
  return /^---\r?\n/.test(head) ? { kind: "page" } : { kind: "file", file: real };
}

async function destinationState(root: string, to: string, from: string): Promise<FileCopy["state"]> {
  const destination = path.join(root, to);
  if (!existsSync(destination)) return "new";
  const [a, b] = await Promise.all([readFile(destination), readFile(from)]);
  return a.equals(b) ? "same" : "differs";
}

/**
 * Copies the new files (and, with `force`, replaces the differing ones). Every destination is checked to
 * be inside the project, through no symbolic link, before anything is written.
 */
export async function copyFiles(root: string, plan: FilesPlan, force: boolean): Promise<number> {
  const projectRoot = await realpath(root);
  let copied = 0;
  for (const copy of plan.copies) {
    if (copy.state === "same" || (copy.state === "differs" && !force)) continue;
    const destination = path.resolve(projectRoot, copy.to);
    if (!isWritableInside(destination, projectRoot)) continue;
    await mkdir(path.dirname(destination), { recursive: true });
    await copyFile(copy.from, destination);
    copied += 1;
  }
  return copied;
}
