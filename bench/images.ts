// `npm run bench -- images`: times the image pipeline on one 3000×2000 JPEG at the default widths and formats,
// and with AVIF asked for, each into an empty cache (median of 3), with the files' total size.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { resizeImages, type ImageRequest } from "../src/images/process-images.ts";
import { resolveSite, type ImageFormatSetting } from "../src/site.ts";
import { median } from "./measure.ts";

const RUNS = 3;

/** A photo-like 3000×2000 JPEG: smooth gradients under fine noise, which encoders find neither trivial nor pathological. */
async function writePhoto(file: string): Promise<void> {
  const width = 3000;
  const height = 2000;
  const pixels = Buffer.alloc(width * height * 3);
  let seed = 1;
  const noise = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % 24) - 12;
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const at = (y * width + x) * 3;
      pixels[at] = Math.max(0, Math.min(255, (x * 255) / width + noise()));
      pixels[at + 1] = Math.max(0, Math.min(255, (y * 255) / height + noise()));
      pixels[at + 2] = Math.max(0, Math.min(255, 128 + 100 * Math.sin((x + y) / 150) + noise()));
    }
  }
  await sharp(pixels, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 90 })
    .toFile(file);
}

async function timeFormats(photo: string, root: string, formats: readonly ImageFormatSetting[]) {
  const site = resolveSite({ imageFormats: [...formats] });
  const seconds: number[] = [];
  const cpu: number[] = [];
  let bytes = 0;
  for (let run = 0; run < RUNS; run += 1) {
    const cacheDir = mkdtempSync(path.join(root, "cache-"));
    const request = { reference: "assets/photo.jpg" } as ImageRequest;
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    const { images, broken } = await resizeImages(new Map([[photo, request]]), {
      root,
      assetsDir: "assets",
      staticDirs: [],
      widths: site.imageWidths,
      formats: site.imageFormats,
      cacheDir,
      strict: false,
      progress: () => undefined,
    });
    if (broken.length > 0) throw new Error(broken.map((problem) => problem.message).join("\n"));
    const published = path.join(root, `published-${run}`);
    await images.copyTo(published);
    seconds.push((performance.now() - started) / 1000);
    const used = process.cpuUsage(cpuBefore);
    cpu.push((used.user + used.system) / 1e6);
    bytes = 0;
    for (const file of readdirSync(published)) bytes += statSync(path.join(published, file)).size;
    rmSync(cacheDir, { recursive: true, force: true });
    rmSync(published, { recursive: true, force: true });
  }
  return { seconds: median(seconds), cpu: median(cpu), bytes };
}

export async function benchImages(): Promise<void> {
  const root = mkdtempSync(path.join(os.tmpdir(), "bench-images-"));
  try {
    const photo = path.join(root, "assets", "photo.jpg");
    mkdirSync(path.dirname(photo), { recursive: true });
    await writePhoto(photo);
    const widths = resolveSite({}).imageWidths;
    console.log(
      `A 3000×2000 JPEG (${(statSync(photo).size / 1024).toFixed(0)} KiB) at widths ${widths.join(", ")}; ` +
        `median of ${RUNS}, each into an empty cache; ${os.availableParallelism()} CPUs, load average ` +
        `${os
          .loadavg()
          .map((load) => load.toFixed(2))
          .join(" ")}.`,
    );
    console.log("| formats | wall s | CPU s | files KiB |");
    console.log("|---|---|---|---|");
    for (const formats of [resolveSite({}).imageFormats, ["avif", "webp", "auto"] as const]) {
      const { seconds, cpu, bytes } = await timeFormats(photo, root, formats);
      console.log(
        `| ${formats.join(", ")} | ${seconds.toFixed(2)} | ${cpu.toFixed(2)} | ${(bytes / 1024).toFixed(0)} |`,
      );
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
