// `/favicon.ico`: browsers and crawlers ask for it whatever the page's <link rel="icon"> says, and a 404
// there costs Lighthouse's best-practices score. Made from the `favicon` setting's file at each build.
import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";

/** An ICO file holding one 32×32 PNG: the form every browser since Internet Explorer Vista reads. */
export async function icoFrom(image: string): Promise<Buffer> {
  // Loaded here, not at the top: a site without a favicon setting does not pay sharp's start-up.
  const { default: sharp } = await import("sharp");
  const png = await sharp(image, { density: 384 })
    .resize(32, 32, { fit: "contain", background: { r: 0, g: 0, b: 0, alpha: 0 } })
    .png()
    .toBuffer();
  const header = Buffer.alloc(6 + 16);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(1, 4); // one image
  header.writeUInt8(32, 6); // width
  header.writeUInt8(32, 7); // height
  header.writeUInt8(0, 8); // no palette
  header.writeUInt8(0, 9); // reserved
  header.writeUInt16LE(1, 10); // colour planes
  header.writeUInt16LE(32, 12); // bits per pixel
  header.writeUInt32LE(png.length, 14); // size of the PNG
  header.writeUInt32LE(header.length, 18); // where it starts
  return Buffer.concat([header, png]);
}

/** sharp's version: another one may encode the same icon differently, so it is part of the cached file's name. */
const SHARP_VERSION = (createRequire(import.meta.url)("sharp/package.json") as { version: string }).version;

/**
 * Writes `/favicon.ico` into the output folder from the icon file (a local file; remote icons are not fetched).
 * The icon is made once per icon file and kept in `cacheDir`: making it loaded sharp and drew the SVG on every
 * build, about a fifth of a second.
 */
export async function writeFaviconIco(iconFile: string, outputFolder: string, cacheDir: string): Promise<void> {
  const icon = await readFile(iconFile);
  const key = createHash("sha256").update(`${SHARP_VERSION}\0`).update(icon).digest("hex").slice(0, 32);
  const cached = path.join(cacheDir, `${key}.ico`);
  let ico: Buffer | undefined = await readFile(cached).catch(() => undefined);
  if (ico === undefined) {
    ico = await icoFrom(iconFile);
    await mkdir(cacheDir, { recursive: true });
    // Written beside, then renamed: a build running meanwhile never reads half of it.
    const staging = `${cached}.${process.pid}.tmp`;
    await writeFile(staging, ico);
    await rename(staging, cached);
  }
  await writeFile(path.join(outputFolder, "favicon.ico"), ico);
}
