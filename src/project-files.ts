// The one rule for reading files named by content or settings: never through a symbolic link that leads out of
// the project. A merged pull request could otherwise publish the build machine's files (`ln -s /etc assets/etc`).
import { existsSync, lstatSync, realpathSync } from "node:fs";
import path from "node:path";

/** Where a file the build was asked to read really is, judged against the project root. */
export type ProjectFile =
  | { readonly kind: "inside"; readonly file: string }
  | { readonly kind: "missing" }
  /** The path, or a folder on it, is a link whose target is outside the project. */
  | { readonly kind: "outside"; readonly target: string };

/** The project root's real path, resolved once per root. */
const realRoots = new Map<string, string>();
function realRoot(root: string): string {
  let real = realRoots.get(root);
  if (real === undefined) {
    real = realpathSync(root);
    realRoots.set(root, real);
  }
  return real;
}

/** Whether `file` may be read: it exists, and its real path (every link followed) stays inside `root`. */
export function projectFile(file: string, root: string): ProjectFile {
  let target: string;
  try {
    target = realpathSync(file);
  } catch {
    return { kind: "missing" };
  }
  const inside = realRoot(path.resolve(root));
  return target === inside || target.startsWith(`${inside}${path.sep}`)
    ? { kind: "inside", file: target }
    : { kind: "outside", target };
}

/** Whether a path is itself a symbolic link (not followed). */
export function isSymbolicLink(file: string): boolean {
  try {
    return lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

/** The real path a file would have: its nearest existing folder resolved (every link followed), the rest appended. */
function realPathToBe(file: string): string {
  let existing = path.resolve(file);
  while (!existsSync(existing)) existing = path.dirname(existing);
  return path.join(realpathSync(existing), path.relative(existing, path.resolve(file)));
}

/**
 * Whether a file may be written at `file`: once every link on its way is followed, it lies inside `folder`
 * (which may not exist yet), and it is not itself a link. An importer writing through a linked folder could
 * otherwise write anywhere on the machine.
 */
export function isWritableInside(file: string, folder: string): boolean {
  const inside = realPathToBe(folder);
  return realPathToBe(file).startsWith(`${inside}${path.sep}`) && !isSymbolicLink(file);
}
