// Local images, featured and in-body, resized once with eleventy-img into a cache that survives builds.
import { existsSync } from "node:fs";
import path from "node:path";
import type ImageModule from "@11ty/eleventy-img";
import type { ImageFormatSetting } from "../site.ts";
import { compareStrings } from "../order.ts";
import { ContentError } from "../problems/content-error.ts";
import type { Level } from "../problems/problem.ts";
import type { Markdown } from "../posts/markdown.ts";
import type { Post } from "../posts/post.ts";
import { RESIZED_IMAGES_URL } from "../pages/urls.ts";
import { projectFile } from "../project-files.ts";
import { locateSiteFile, type AssetFolder } from "../site-files.ts";
import { ImageSet, type LocalImage } from "./image-set.ts";
import { pictureFrom } from "./picture.ts";

/** Where resized images are published; every page links to them under this path. */

/** Formats worth resizing; others (SVG scales by itself, GIF may be animated) are published as they are. */
const RESIZABLE = /\.(jpe?g|png|webp|avif|tiff?)$/i;

export interface ImageOptions extends AssetFolder {
  /** Widths to make, in pixels; eleventy-img never makes a copy wider than the original. */
  readonly widths: readonly number[];
  /** Formats to make (`imageFormats`); "auto" is the original's own format. */
  readonly formats: readonly ImageFormatSetting[];
  /**
   * Folder the resized files are written to and kept in (`.cache/images`): eleventy-img names each file
   * after a hash of the source, so an image already there is not made again on the next build.
   */
  readonly cacheDir: string;
  /** `strictImages`: a missing image stops the build instead of being left out. */
  readonly strict: boolean;
  /** Where the progress of long image work is told (stderr in a build). */
  readonly progress: (line: string) => void;
  /** How long image work runs before its progress is told; 2 s unless a test says otherwise. */
  readonly progressAfterMs?: number;
}

/** One image a post names, and where, for messages. */
export interface ImageRequest {
  readonly reference: string;
  readonly post: Post;
  /** `image` for the featured image; undefined for one in the body. */
  readonly field?: "image";
  /** 1-based line in the post file, when known. */
  readonly line?: number;
}

export interface CheckedImages {
  /** Each local file that exists, once, with the first request that named it. */
  readonly files: ReadonlyMap<string, ImageRequest>;
  /** Local images whose files do not exist: a warning, or an error under `strictImages`. */
  readonly missing: readonly ContentError[];
}

export interface ResizedImages {
  readonly images: ImageSet;
  /** Files that exist but could not be read as images: always an error. */
  readonly broken: readonly ContentError[];
}

/** An image a post's body names: its address, and its line counted from the body's first (0), when known. */
export interface BodyImage {
  readonly src: string;
  readonly line?: number;
}

/** The body images found by an earlier build, for posts whose file has not changed (src/cache/post-store.ts). */
export interface BodyImagesMemo {
  get(post: Post): readonly BodyImage[] | undefined;
  set(post: Post, images: readonly BodyImage[]): void;
}

/** Every image the posts name: the featured image, then the body's Markdown images in order. */
export function imageRequests(posts: readonly Post[], markdown: Markdown, memo?: BodyImagesMemo): ImageRequest[] {
  const requests: ImageRequest[] = [];
  for (const post of posts) {
    if (post.image !== undefined) requests.push({ reference: post.image.src, post, field: "image" });
    if (!post.body.includes("![")) continue; // most posts have no image: skip the parse
    let images = memo?.get(post);
    if (images === undefined) {
      images = bodyImages(post.body, markdown);
      memo?.set(post, images);
    }
    for (const image of images) {
      requests.push({
        reference: image.src,
        post,
        line: image.line === undefined ? undefined : post.bodyLine + image.line,
      });
    }
  }
  return requests;
}

/** Parsing a body is most of what finding its images costs: a warm build takes them from the memo instead. */
function bodyImages(body: string, markdown: Markdown): BodyImage[] {
  const images: BodyImage[] = [];
  for (const token of markdown.parse(body, {})) {
    if (token.type !== "inline") continue;
    for (const child of token.children ?? []) {
      const src = child.type === "image" ? String(child.attrGet("src") ?? "") : "";
      if (src !== "") images.push(token.map ? { src, line: token.map[0] } : { src });
    }
  }
  return images;
}

/** Finds each local file the posts name (cheap: no image is read), and the ones that do not exist. */
export function checkImages(requests: readonly ImageRequest[], options: ImageOptions): CheckedImages {
  const files = new Map<string, ImageRequest>();
  const missing: ContentError[] = [];
  for (const request of requests) {
    const location = locateSiteFile(request.reference, options);
    if (location.kind === "remote") continue;
    const found = location.kind === "local" ? projectFile(location.file, options.root) : undefined;
    if (location.kind === "local" && found?.kind === "inside") {
      if (!files.has(location.file)) files.set(location.file, request);
      continue;
    }
    const lookedFor = location.kind === "local" ? path.relative(options.root, location.file) : undefined;
    missing.push(missingImage(request, lookedFor, options, found?.kind === "outside"));
  }
  return { files, missing };
}

/**
 * Encoder settings, measured on a 3000×2000 photo at the default widths (`npm run bench -- images`): sharp's
 * defaults spend most of their time on the last few percent of size (AVIF at effort 4 took 1.9 s of both
 * cores alone). WebP at effort 2 and AVIF at effort 2 cost a fraction of that for files a few percent larger.
 */
const ENCODERS = {
  sharpWebpOptions: { quality: 80, effort: 2 },
  sharpAvifOptions: { quality: 55, effort: 2 },
  sharpJpegOptions: { quality: 80, progressive: true },
  sharpPngOptions: { compressionLevel: 6, effort: 2 },
} as const;

/** A progress line goes to stderr once image work has taken this long, and again every second after. */
const PROGRESS_AFTER_MS = 2000;

/**
 * Measures each file (a quick read of its header) for the pages, which can render at once; the copies
 * themselves are made meanwhile, on sharp's own threads, and `images.ready` settles when they are all in
 * the cache. A file already in the cache is only looked up, not made again.
 */
export async function resizeImages(files: CheckedImages["files"], options: ImageOptions): Promise<ResizedImages> {
  const local = new Map<string, LocalImage>();
  const broken: ContentError[] = [];
  const toMake: string[] = [];
  const imageOptions = {
    widths: [...options.widths],
    formats: [...options.formats],
    outputDir: options.cacheDir,
    urlPath: RESIZED_IMAGES_URL,
    ...ENCODERS,
  };
  // eleventy-img (and sharp under it) take a quarter of a second to load: only a site with images pays it.
  const Image = [...files.keys()].some((file) => RESIZABLE.test(file)) ? await loadImage() : undefined;
  await Promise.all(
    [...files].map(async ([file, request]) => {
      if (Image === undefined || !RESIZABLE.test(file)) return local.set(file, { kind: "as-is" });
      try {
        const metadata = await Image(file, { ...imageOptions, statsOnly: true });
        const outputs = Object.values(metadata).flatMap((entries) => entries.map((entry) => entry.outputPath));
        local.set(file, { kind: "responsive", picture: pictureFrom(metadata), files: outputs });
        if (!outputs.every((output) => existsSync(output))) toMake.push(file);
      } catch (error) {
        const reason = (error as Error).message;
        const problem = `image "${request.reference}" could not be read as an image (${reason}). Replace the file with a JPEG, PNG, WebP or AVIF image.`;
        broken.push(at(request, problem));
      }
    }),
  );
  // The map's order decides nothing in the output, but keep it by file so it never depends on timing.
  const sorted = new Map([...local].sort(([a], [b]) => compareStrings(a, b)));
  const ready = broken.length > 0 ? Promise.resolve() : makeCopies(toMake.sort(compareStrings), imageOptions, options);
  // A failure is reported when the build waits for the copies (ImageSet.copyTo), not as an unhandled rejection.
  ready.catch(() => undefined);
  // Only the folder settings: the set goes to the helper thread as data, and a function cannot.
  const folder = { root: options.root, assetsDir: options.assetsDir, staticDirs: options.staticDirs };
  return { images: new ImageSet(folder, sorted, ready), broken };
}

async function loadImage(): Promise<typeof ImageModule> {
  return (await import("@11ty/eleventy-img")).default;
}

/** Makes every copy of `files`, saying how far it is on stderr once that takes more than two seconds. */
async function makeCopies(files: readonly string[], imageOptions: object, options: ImageOptions): Promise<void> {
  if (files.length === 0) return;
  const started = performance.now();
  let done = 0;
  const report = () => {
    const seconds = ((performance.now() - started) / 1000).toFixed(0);
    options.progress(`Resizing images: ${done} of ${files.length} done (${seconds} s)…`);
  };
  let timer: NodeJS.Timeout | undefined = setTimeout(function tick() {
    report();
    timer = setTimeout(tick, 1000).unref();
  }, options.progressAfterMs ?? PROGRESS_AFTER_MS).unref();
  try {
    const Image = await loadImage();
    await Promise.all(
      files.map(async (file) => {
        await Image(file, imageOptions);
        done += 1;
      }),
    );
  } finally {
    clearTimeout(timer);
  }
  const seconds = (performance.now() - started) / 1000;
  if (seconds * 1000 >= (options.progressAfterMs ?? PROGRESS_AFTER_MS)) {
    options.progress(
      `Resized ${files.length} image${files.length === 1 ? "" : "s"} in ${seconds.toFixed(1)} s; they are kept in ${path.relative(options.root, options.cacheDir) || "."}/ for the next builds.`,
    );
  }
}

function missingImage(
  request: ImageRequest,
  lookedFor: string | undefined,
  options: ImageOptions,
  linkedOut: boolean,
): ContentError {
  const shown = lookedFor?.split(path.sep).join("/");
  const where =
    lookedFor === undefined
      ? `is not in the assets folder (${options.assetsDir}/), the only folder published. Move the file there and write its path as /assets/…`
      : linkedOut
        ? `is reached through a symbolic link that leads out of the project (${shown}), and the build never reads outside it. Copy the file into ${options.assetsDir}/ instead`
        : `does not exist (looked for ${shown}). Add the file, or correct or remove the path`;
  const outcome = options.strict
    ? "strictImages is on, so the site is not built until then"
    : "until then the post is built without it";
  return at(request, `image "${request.reference}" ${where}; ${outcome}.`, options.strict ? "error" : "warning");
}

function at(request: ImageRequest, problem: string, level?: Level): ContentError {
  return new ContentError(request.post.source, problem, request.field, request.line, level);
}
