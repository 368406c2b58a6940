import { chromium } from "playwright-core";
import { serveFolder } from "./helpers/static-server.ts";
const server = await serveFolder(process.argv[2]!);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--headless", "--disable-gpu"] });
const pages: [string, string][] = [
  ["home", "/"],
  ["seed-post", "/2025/10/31/nvidia-strikes-bumper-ai-deals-with-asia-tech-giants/"],
  ["category", "/categories/business/"],
  ["archives", "/archives/"],
  ["search", "/search/?q=chips"],
];
const only = process.argv[3];
for (const [device, viewport] of [["desktop", { width: 1280, height: 900 }], ["phone", { width: 375, height: 740 }]] as const) {
  for (const scheme of ["light", "dark"] as const) {
    const context = await browser.newContext({ viewport, colorScheme: scheme, deviceScaleFactor: 1 });
    const page = await context.newPage();
    for (const [name, path] of pages) {
      if (only && !name.startsWith(only)) continue;
      await page.goto(server.origin + path, { waitUntil: "networkidle" });
      if (name === "search") await page.locator(".pagefind-ui__result").first().waitFor({ timeout: 10000 }).catch(() => {});
      await page.evaluate("window.scrollTo(0, document.body.scrollHeight)");
      await page.waitForFunction("[...document.images].every((image) => image.complete)");
      await page.evaluate("window.scrollTo(0, 0)");
      await page.screenshot({ path: `/work/wt/screenshots/${name}-${device}-${scheme}.png`, fullPage: device === "desktop" ? false : false });
    }
    await context.close();
  }
}
await browser.close();
await server.close();
