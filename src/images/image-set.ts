// The images of one build: what each reference in a post became, and the resized files to publish.
import { copyFile, mkdir } from "node:fs/promises";
import path from "node:path";
import { locateSiteFile, type AssetFolder } from "../site-files.ts";
import type { BodyImages } from "../markdown/images.ts";
import { pictureHtml, type Picture } from "./picture.ts";

export type ImageLookup =
  /** A local image resized into several widths and formats. */
  | { readonly kind: "responsive"; readonly picture: Picture }
  /** A remote image, or a local one in a format that is not resized (SVG, GIF): linked as it is. */
  | { readonly kind: "as-is"; readonly url: string }
  /** A local image whose file does not exist: the page leaves it out rather than show a broken image. */
  | { readonly kind: "missing" };

/** What one local file became. */
export type LocalImage =
  | { readonly kind: "responsive"; readonly picture: Picture; readonly files: readonly string[] }
  | { readonly kind: "as-is" };

/** An image set as plain data, for another thread (see src/helper-thread/). */
export interface ImageSetData {
  readonly folder: AssetFolder;
  readonly local: ReadonlyMap<string, LocalImage>;
}

/** An in-body image fills the text column at most: 44rem on wide screens, the screen less its margins on phones. */
export const BODY_IMAGE_SIZES = "(min-width: 48rem) 44rem, calc(100vw - 2rem)";

export class ImageSet implements BodyImages {
  constructor(
    private readonly folder: AssetFolder,
    /** By absolute source file; only files that exist are here. */
    private readonly local: ReadonlyMap<string, LocalImage>,
    /** Settles when every resized file is in the cache (they are made while the pages render). */
    private readonly ready: Promise<void> = Promise.resolve(),
  ) {}

  /** An image set with no local image: every local reference is missing, remote ones pass through. */
  static empty(folder: AssetFolder): ImageSet {
    return new ImageSet(folder, new Map());
  }

  static fromData(data: ImageSetData): ImageSet {
    return new ImageSet(data.folder, data.local);
  }

  toData(): ImageSetData {
    return { folder: this.folder, local: this.local };
  }

  /** What a post's image reference (`assets/images/x.png`, `/assets/…`, `https://…`) is shown as. */
  lookup(reference: string): ImageLookup {
    const location = locateSiteFile(reference, this.folder);
    if (location.kind === "remote") return { kind: "as-is", url: location.url };
    if (location.kind === "unpublished") return { kind: "missing" };
    const image = this.local.get(location.file);
    if (image === undefined) return { kind: "missing" };
    return image.kind === "responsive" ? image : { kind: "as-is", url: location.sitePath };
  }

  isMissing(src: string): boolean {
    return this.lookup(src).kind === "missing";
  }

  /** A resized image as a lazy `<picture>` as wide as the text column; any other is kept as the author wrote it. */
  bodyImageHtml(src: string, text: { readonly alt: string; readonly title?: string }): string | undefined {
    const found = this.lookup(src);
    if (found.kind !== "responsive") return undefined;
    return pictureHtml(found.picture, { alt: text.alt, title: text.title, sizes: BODY_IMAGE_SIZES, loading: "lazy" });
  }

  /** The resized files, from the cache, into the published image folder: only those this build's pages use. */
  async copyTo(folder: string): Promise<number> {
    await this.ready;
    const files = [...this.local.values()].flatMap((image) => (image.kind === "responsive" ? image.files : []));
    if (files.length === 0) return 0;
    await mkdir(folder, { recursive: true });
    await Promise.all(files.map((file) => copyFile(file, path.join(folder, path.basename(file)))));
    return files.length;
  }
}
