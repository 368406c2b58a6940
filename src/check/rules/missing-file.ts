// Rule: a featured image, an avatar, or an image or link in a post, naming a file the site does not have.
import path from "node:path";
import { resolveSiteFile, type FileReference } from "../../site-files.ts";
import { warning, type Diagnostic } from "../diagnostic.ts";
import { resolveLink } from "../resolve-link.ts";
import type { CheckContext, Rule } from "../rule.ts";

const NAME = "missing-file";

export const missingFile: Rule = {
  name: NAME,
  description: "Images, avatars and links that point to a file that does not exist.",
  check(context) {
    return [...featuredImages(context), ...bodyFiles(context), ...avatars(context)];
  },
};

function featuredImages({ posts, site, root }: CheckContext): Diagnostic[] {
  return posts.flatMap(({ post }) => {
    if (post.image === undefined) return [];
    const { src } = post.image;
    const problem = missing(resolveSiteFile(src, site, root), root, site.assetsDir);
    if (problem === undefined) return [];
    const fix = "Add the file, correct the path, or remove the image line.";
    // Minimal Mistakes' image is under `header`.
    const line = post.fieldLines.get("image") ?? post.fieldLines.get("header");
    return [warning(NAME, post.source, line, `image "${src}" ${problem} ${fix}`)];
  });
}

function bodyFiles({ posts, index, root, site }: CheckContext): Diagnostic[] {
  return posts.flatMap(({ post, links }) =>
    links.flatMap((link) => {
      const target = resolveLink(link.href, post.url, index);
      // An image that is a page of the site (or no page at all) is still a missing file.
      const file =
        target.kind === "file"
          ? target.file
          : link.kind === "image" && target.kind === "page" && target.route === undefined
            ? resolveSiteFile(target.path, site, root)
            : undefined;
      const problem = file && missing(file, root, site.assetsDir);
      if (problem === undefined) return [];
      const what = link.kind === "image" ? `image "${link.href}"` : `link to "${link.href}"`;
      return [warning(NAME, post.source, link.line, `${what} ${problem} Add the file or correct the ${link.kind}.`)];
    }),
  );
}

function avatars({ sources, site, root }: CheckContext): Diagnostic[] {
  const { file, entries, lines, fieldLines } = sources.authors;
  return [...entries].flatMap(([key, entry]) => {
    if (entry.avatar === undefined) return [];
    const problem = missing(resolveSiteFile(entry.avatar, site, root), root, site.assetsDir);
    if (problem === undefined) return [];
    return [
      warning(
        NAME,
        file,
        fieldLines.get(key)?.get("avatar") ?? lines.get(key),
        `author "${key}": avatar "${entry.avatar}" ${problem} Add the file or correct the path.`,
      ),
    ];
  });
}

/** Why a local file will not be there for readers, or undefined if it will (or is somebody else's). */
function missing(reference: FileReference, root: string, assetsDir: string): string | undefined {
  if (reference.kind === "remote" || reference.exists) return undefined;
  if (reference.file === undefined) {
    return `is not in the ${assetsDir}/ folder, the only files published (at /assets/).`;
  }
  const shown = path.relative(root, reference.file).split(path.sep).join("/");
  return `points to ${shown}, which does not exist.`;
}
