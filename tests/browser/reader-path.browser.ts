// A reader's path through the built blog in a real browser: home, the seed post, its category, a tag,
// page 2, search, and the same pages on a phone; screenshots are kept for a person to look at.
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import type { Page } from "playwright-core";
import { DESKTOP, openBuiltSite, PHONE, RESULTS_FOLDER, type BrowserSession } from "../helpers/browser.ts";

const SEED_TITLE = "Big News: Nvidia strikes bumper AI deals with Asia tech giants";
const SEED_URL = "/2025/10/31/nvidia-strikes-bumper-ai-deals-with-asia-tech-giants/";
const SCREENSHOTS = path.join(RESULTS_FOLDER, "screenshots");

/** Scrolls through the page so lazy images load, then waits for them: a full-page screenshot shows them all. */
async function loadLazyImages(page: Page): Promise<void> {
  await page.evaluate("window.scrollTo(0, document.body.scrollHeight)");
  await page.waitForFunction("[...document.images].every((image) => image.complete)");
  await page.evaluate("window.scrollTo(0, 0)");
}

describe("a reader's path", () => {
  let session: BrowserSession;
  let page: Page;
  const url = (pathname: string) => `${session.server.origin}${pathname}`;
  const pathname = () => new URL(page.url()).pathname;

  before(async () => {
    session = await openBuiltSite();
    page = await session.context.newPage();
    mkdirSync(SCREENSHOTS, { recursive: true });
  });
  after(async () => {
    await session?.close();
  });

  it("opens the home page and finds the seed post in the list", async () => {
    await page.goto(url("/"));
    assert.equal(await page.title(), "Field Notes");
    // The seed is an older post: a reader may have to page through the list to reach it.
    for (let pages = 1; (await page.getByRole("link", { name: SEED_TITLE, exact: true }).count()) === 0; pages += 1) {
      assert.ok(pages < 10, "the seed post is not in the first 10 pages of the home page");
      await page.getByRole("link", { name: "Older posts →" }).click();
    }
    await page.getByRole("link", { name: SEED_TITLE, exact: true }).click();
    assert.equal(decodeURI(pathname()), SEED_URL);
    assert.equal(await page.getByRole("heading", { level: 1 }).textContent(), SEED_TITLE);
    assert.match((await page.locator(".post__meta").textContent()) ?? "", /October 31, 2025 · \d+ min read · badely/);
  });

  it("follows the seed post's Business category link", async () => {
    await page.locator(".post__categories").getByRole("link", { name: "Business" }).click();
    assert.equal(pathname(), "/categories/business/");
    assert.equal(await page.getByRole("heading", { level: 1 }).textContent(), "Business");
    assert.equal(await page.getByRole("link", { name: SEED_TITLE, exact: true }).count(), 1);
  });

  it("follows a tag from a post in that category", async () => {
    await page.getByRole("link", { name: "Notes from AI week in Seoul", exact: true }).click();
    await page.locator(".post__footer").getByRole("link", { name: "#AI", exact: true }).click();
    assert.equal(pathname(), "/tags/ai/");
    assert.equal(await page.getByRole("heading", { level: 1 }).textContent(), "AI");
    assert.ok((await page.locator(".post-card").count()) >= 2);
  });

  it("goes to page 2 of the home page", async () => {
    await page.getByRole("link", { name: "Field Notes", exact: true }).click();
    await page.getByRole("link", { name: "Older posts →" }).click();
    assert.equal(pathname(), "/page/2/");
    assert.match((await page.locator(".pager__position").textContent()) ?? "", /^Page 2 of \d+$/);
    assert.ok((await page.locator(".post-card").count()) >= 1);
  });

  it("finds the seed post by a word from its body with the header's search box", async () => {
    await page.getByRole("searchbox", { name: "Search the blog" }).fill("Gyeongju");
    await page.getByRole("searchbox", { name: "Search the blog" }).press("Enter");
    assert.equal(pathname(), "/search/");
    const result = page.locator(".pagefind-ui__result-link", { hasText: SEED_TITLE });
    await result.waitFor({ timeout: 10_000 });
    assert.equal(await page.locator(".pagefind-ui__result").count(), 1);
    await result.click();
    assert.equal(decodeURI(pathname()), SEED_URL);
  });

  it("loads its resized images from the site", async () => {
    await page.goto(url("/2025/11/12/seoul-ai-week/"));
    // The post's body shows its featured image, so the page shows it once, in the body.
    const image = page.locator(".post__body img");
    await image.scrollIntoViewIfNeeded();
    const loaded = await image.evaluate((element) => {
      const img = element as unknown as { complete: boolean; naturalWidth: number; currentSrc: string };
      return { complete: img.complete, naturalWidth: img.naturalWidth, currentSrc: img.currentSrc };
    });
    assert.ok(loaded.complete && loaded.naturalWidth > 0, JSON.stringify(loaded));
    // Chromium takes the first source it supports: WebP (AVIF is made only when imageFormats asks for it).
    assert.match(loaded.currentSrc, /\/img\/[\w-]+-\d+\.webp$/);
  });

  it("never overflows sideways on a phone", async () => {
    await page.setViewportSize(PHONE);
    for (const pathname of [
      "/",
      SEED_URL,
      "/2025/11/05/typescript-narrowing-tips/",
      "/categories/business/",
      "/tags/ai/",
      "/archives/",
      "/2025/11/",
      "/search/?q=chips",
    ]) {
      await page.goto(url(pathname));
      const widths = await page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]");
      const [scrollWidth, innerWidth] = widths as [number, number];
      assert.ok(scrollWidth <= innerWidth, `${pathname} is ${scrollWidth}px wide on a ${innerWidth}px screen`);
    }
  });

  it("saves screenshots of home, the seed post, a category, the archives and search, on a desktop and a phone, light and dark", async () => {
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const [device, size] of [
        ["desktop", DESKTOP],
        ["phone", PHONE],
      ] as const) {
        await page.setViewportSize(size);
        for (const [name, pathname] of [
          ["home", "/"],
          ["post", SEED_URL],
          ["category", "/categories/business/"],
          ["archives", "/archives/"],
          ["search", "/search/?q=chips"],
        ] as const) {
          await page.goto(url(pathname));
          if (name === "search") await page.locator(".pagefind-ui__result").first().waitFor({ timeout: 10_000 });
          await loadLazyImages(page);
          const file = path.join(SCREENSHOTS, `${name}-${device}${scheme === "dark" ? "-dark" : ""}.png`);
          await page.screenshot({ path: file, fullPage: true });
        }
      }
    }
    await page.emulateMedia({ colorScheme: "light" });
  });

  it("asks for nothing outside the site: no font, script or stylesheet from elsewhere", () => {
    assert.deepEqual(session.foreignRequests, []);
  });
});
