// What a reader does with the theme, in Chromium, on a fixture site: opens the phone menu without
// JavaScript, switches the colour theme (kept across pages, no flash), copies code and the post's link,
// loads comments only on reaching them, loads search only when the reader searches, lines up cards, paints
// with the theme's fonts, and keeps the footer down.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Page } from "playwright-core";
import { DESKTOP, openFixtureSite, PHONE, type BrowserSession } from "../helpers/browser.ts";

const POST = "/2025/03/03/short-with-code/";
const LONG = "/2025/03/01/long-guide/";

/** The page's background colour, as the reader sees it. */
function background(page: Page): Promise<string> {
  return page.evaluate("getComputedStyle(document.documentElement).backgroundColor") as Promise<string>;
}

describe("theme in a browser", () => {
  let session: BrowserSession;
  let page: Page;
  const url = (pathname: string) => `${session.server.origin}${pathname}`;

  before(async () => {
    session = await openFixtureSite("theme", {
      comments: { provider: "giscus", repo: "ana/maps", repoId: "R_1", category: "Comments", categoryId: "C_1" },
      search: true,
    });
    page = await session.context.newPage();
  });
  after(async () => {
    await session?.close();
  });

  it("opens and closes the phone menu without JavaScript", async () => {
    const noScript = await session.context.browser()!.newContext({ javaScriptEnabled: false, viewport: PHONE });
    const reader = await noScript.newPage();
    await reader.goto(url("/"));
    const nav = reader.getByRole("navigation", { name: "Sections" });
    assert.equal(await nav.isVisible(), false);
    await reader.getByText("Menu", { exact: true }).click();
    assert.equal(await nav.isVisible(), true);
    await reader.getByRole("link", { name: "Archives" }).first().click();
    assert.equal(new URL(reader.url()).pathname, "/archives/");
    assert.equal(await reader.locator(".theme-toggle").isVisible(), false, "no toggle that cannot work");
    await noScript.close();
  });

  it("shows the sections in the header on a desktop, no menu button", async () => {
    await page.setViewportSize(DESKTOP);
    await page.goto(url("/"));
    assert.equal(await page.getByRole("navigation", { name: "Sections" }).isVisible(), true);
    assert.equal(await page.locator(".nav-toggle__label").isVisible(), false);
  });

  it("switches system → light → dark, keeps the choice on the next page, and paints it from the start", async () => {
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto(url("/"));
    const toggle = page.locator(".theme-toggle");
    assert.equal(await toggle.getAttribute("aria-label"), "Colour theme: System");
    const light = await background(page);
    await toggle.click();
    assert.equal(await toggle.getAttribute("aria-label"), "Colour theme: Light");
    await toggle.click();
    assert.equal(await toggle.getAttribute("aria-label"), "Colour theme: Dark");
    assert.notEqual(await background(page), light);
    // The next page is dark before any deferred script runs: the head's script set it.
    await page.route("**/assets/js/site.js", (route) => route.abort());
    await page.goto(url(POST));
    assert.equal(await page.evaluate("document.documentElement.dataset.theme"), "dark");
    assert.notEqual(await background(page), light);
    await page.unroute("**/assets/js/site.js");
    await page.goto(url(POST));
    await page.locator(".theme-toggle").click();
    assert.equal(await page.evaluate("document.documentElement.dataset.theme ?? 'system'"), "system");
  });

  it("copies a code block with its button, and the post's link", async () => {
    await session.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: session.server.origin });
    await page.goto(url(POST));
    const button = page.locator(".copy-code");
    await button.click();
    assert.equal(await page.evaluate("navigator.clipboard.readText()"), 'echo "hello, reader"');
    await page.waitForFunction("document.querySelector('.copy-code').textContent === 'Copied'");
    await page.getByRole("button", { name: "Copy link" }).click();
    assert.equal(await page.evaluate("navigator.clipboard.readText()"), `http://localhost:8080${POST}`);
  });

  it("asks giscus for nothing until the reader reaches the comments, then loads its script", async () => {
    const asked: string[] = [];
    await page.route("https://giscus.app/**", (route) => {
      asked.push(route.request().url());
      return route.fulfill({ status: 200, contentType: "text/javascript", body: "" });
    });
    await page.setViewportSize(DESKTOP);
    await page.goto(url(LONG));
    await page.waitForLoadState("networkidle");
    assert.deepEqual(asked, []);
    assert.equal(await page.locator("#comments script").count(), 0);
    await page.locator("#comments").scrollIntoViewIfNeeded();
    await page
      .locator('#comments script[src="https://giscus.app/client.js"]')
      .waitFor({ state: "attached", timeout: 5000 });
    await page.waitForFunction("document.querySelector('#comments').dataset.loaded === 'true'");
    assert.equal(await page.locator("#comments script").getAttribute("data-repo"), "ana/maps");
    await page.unroute("https://giscus.app/**");
  });

  it("loads Pagefind's UI only when the reader types in the search page's box, then shows results", async () => {
    const asked: string[] = [];
    const listen = (request: { url(): string }) => {
      if (request.url().includes("/pagefind/")) asked.push(new URL(request.url()).pathname);
    };
    page.on("request", listen);
    await page.setViewportSize(DESKTOP);
    await page.goto(url("/search/"));
    await page.waitForLoadState("networkidle");
    assert.equal(asked.join(", "), "", "nothing of Pagefind's before the reader searches");
    const box = page.getByRole("searchbox", { name: "Search the blog" });
    assert.equal(await box.evaluate((element) => element === document.activeElement), true, "the box has focus");
    await box.pressSequentially("guide");
    const result = page.locator(".pagefind-ui__result-link", { hasText: "A long guide" });
    await result.waitFor({ timeout: 10_000 });
    assert.ok(asked.includes("/pagefind/pagefind-ui.js") && asked.includes("/pagefind/pagefind-ui.css"));
    assert.equal(await page.locator(".search-form").isVisible(), false, "Pagefind's box took the page's place");
    // Pagefind's box (a text box) carries the page's label and what was typed; the page's own is gone.
    assert.equal(await page.getByRole("textbox", { name: "Search the blog" }).inputValue(), "guide");
    assert.equal(await page.getByRole("searchbox", { name: "Search the blog" }).count(), 0);
    page.off("request", listen);
  });

  it("searches at once for ?q=, and shows no dead box without JavaScript", async () => {
    await page.goto(url("/search/?q=guide"));
    await page.locator(".pagefind-ui__result-link", { hasText: "A long guide" }).waitFor({ timeout: 10_000 });
    const noScript = await session.context.browser()!.newContext({ javaScriptEnabled: false, viewport: DESKTOP });
    const reader = await noScript.newPage();
    await reader.goto(url("/search/"));
    assert.equal(await reader.locator(".search-form").isVisible(), false);
    assert.equal(await reader.getByRole("link", { name: "Archives" }).last().isVisible(), true);
    await noScript.close();
  });

  it("lines up the titles of a row of cards with and without images on a desktop, and drops the tiles on a phone", async () => {
    await page.setViewportSize(DESKTOP);
    await page.goto(url("/"));
    const tops = (await page.evaluate(`[...document.querySelectorAll(".latest .post-card")].map((card) => [
      card.getBoundingClientRect().top,
      card.querySelector(".post-card__title").getBoundingClientRect().top,
      !!card.querySelector("img"),
    ])`)) as Array<[number, number, boolean]>;
    const firstRow = tops.filter(([top]) => top === tops[0]![0]);
    assert.ok(firstRow.length >= 2 && firstRow.some(([, , image]) => image) && firstRow.some(([, , image]) => !image));
    assert.deepEqual(new Set(firstRow.map(([, title]) => Math.round(title))).size, 1, JSON.stringify(firstRow));
    await page.setViewportSize(PHONE);
    assert.equal(await page.locator(".post-card__tile").first().isVisible(), false);
    await page.setViewportSize(DESKTOP);
  });

  it("paints with the theme's fonts at the weights it uses, each file found and read", async () => {
    await page.setViewportSize(DESKTOP);
    await page.goto(url(LONG));
    const faces = (await page.evaluate(`document.fonts.ready.then((fonts) =>
      [...fonts].filter((face) => face.status !== "unloaded")
        .map((face) => [face.family, face.style, face.weight, face.status].join(" ")))`)) as string[];
    // The upright Latin files every page preloads are loaded, and no file failed (a missing or broken subset).
    assert.ok(faces.includes("Source Serif normal 400 700 loaded"), faces.join("; "));
    assert.ok(faces.includes("Inter normal 400 700 loaded"), faces.join("; "));
    assert.deepEqual(
      faces.filter((face) => !face.endsWith(" loaded")),
      [],
    );
    // Text (400), titles (500), chips (600) and bold (700) come from the files, not from synthesis or a fallback.
    for (const font of [
      '400 18px "Source Serif"',
      '500 40px "Source Serif"',
      '700 18px "Source Serif"',
      "600 14px Inter",
    ]) {
      assert.equal(await page.evaluate(`document.fonts.check(${JSON.stringify(font)}, "Field notes")`), true, font);
    }
  });

  it("keeps the footer at the bottom of a page shorter than the screen", async () => {
    await page.setViewportSize(DESKTOP);
    await page.goto(url("/search/"));
    const [bottom, height] = (await page.evaluate(
      "[document.querySelector('.site-footer').getBoundingClientRect().bottom, window.innerHeight]",
    )) as [number, number];
    assert.equal(Math.round(bottom), height);
  });
});

describe("search over an index in shards", () => {
  let session: BrowserSession;

  before(async () => {
    // A shard per page: each post is in one of eight shards, most of them merged in by the search page.
    session = await openFixtureSite("theme", { search: true }, { searchShardPages: 1 });
  });
  after(async () => {
    await session?.close();
  });

  it("finds posts whichever shard holds them, from one search box", async () => {
    const page = await session.context.newPage();
    const shards = new Set<string>();
    page.on("response", (response) => {
      const shard = /\/pagefind\/(shard-\d+)\/index\//.exec(response.url())?.[1];
      if (shard !== undefined && response.ok()) shards.add(shard);
    });
    const titles = new Map([
      ["featured", "An old featured post"],
      ["guide", "A long guide"],
      ["contents", "Long, but no contents"],
      ["code", "Short, with code"],
      ["opens", "An image the body opens with"],
      ["captioned", "A captioned image"],
    ]);
    for (const [word, title] of titles) {
      await page.goto(`${session.server.origin}/search/?q=${word}`);
      await page.locator(".pagefind-ui__result-link", { hasText: title }).waitFor({ timeout: 10_000 });
    }
    // Both results of a word two posts share, from their shards.
    await page.goto(`${session.server.origin}/search/?q=image`);
    for (const title of ["An image the body opens with", "A captioned image"])
      await page.locator(".pagefind-ui__result-link", { hasText: title }).waitFor({ timeout: 10_000 });
    assert.ok(shards.size >= 3, `the search read ${shards.size} merged shards: ${[...shards].join(", ")}`);
    await page.close();
  });
});
