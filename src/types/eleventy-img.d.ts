// Types for the part of @11ty/eleventy-img 6 this project uses: it ships JSDoc, not declarations.
declare module "@11ty/eleventy-img" {
  export type ImageFormat = "avif" | "webp" | "jpeg" | "png" | "gif" | "svg";

  /** One resized copy of an image. */
  export interface ImageEntry {
    format: ImageFormat;
    width: number;
    height: number;
    /** Where the page links to it: `urlPath` + file name. */
    url: string;
    /** `image/avif`, `image/webp`, … */
    sourceType: string;
    /** `<url> <width>w`. */
    srcset: string;
    filename: string;
    /** Where it was written: `outputDir` + file name. */
    outputPath: string;
    size: number;
  }

  /** Every copy made, by format, each list from narrowest to widest. */
  export type ImageMetadata = Partial<Record<ImageFormat, ImageEntry[]>>;

  export interface ImageOptions {
    widths?: Array<number | "auto" | null>;
    formats?: Array<ImageFormat | "auto">;
    outputDir?: string;
    urlPath?: string;
    /** In-memory and on-disk reuse: an output file that exists is not made again. */
    useCache?: boolean;
    /** Only the metadata (names, sizes) of the copies, from the original's header; nothing is made. */
    statsOnly?: boolean;
    /** Options of sharp's encoders, by format. */
    sharpWebpOptions?: Record<string, unknown>;
    sharpAvifOptions?: Record<string, unknown>;
    sharpJpegOptions?: Record<string, unknown>;
    sharpPngOptions?: Record<string, unknown>;
  }

  export default function Image(src: string, options?: ImageOptions): Promise<ImageMetadata>;
}
