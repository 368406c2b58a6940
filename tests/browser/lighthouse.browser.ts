// Lighthouse on the built sample blog: at least 98 in accessibility, best practices and SEO (performance reported)
// on the home page, a post, a category and the search page, on a phone and on a desktop. The scores are
// written to test-results/lighthouse.md for the person reading the run.
import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import lighthouse, { desktopConfig } from "lighthouse";
import { openBuiltSite, RESULTS_FOLDER, type BrowserSession } from "../helpers/browser.ts";

const PAGES: ReadonlyArray<readonly [string, string]> = [
  ["home", "/"],
  ["post", "/2025/10/31/nvidia-strikes-bumper-ai-deals-with-asia-tech-giants/"],
  ["category", "/categories/business/"],
  ["search", "/search/"],
];
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
/**
 * The categories held to MINIMUM. Performance is measured and reported (test-results/lighthouse.md) but not
 * asserted: Lighthouse times the page on this machine (4× slowed CPU on phones), so on a shared machine it is a
 * timed test, and the same build scored 90 to 100. Speed is the bench's to measure, never a test's.
 */
const ASSERTED: ReadonlyArray<(typeof CATEGORIES)[number]> = ["accessibility", "best-practices", "seo"];
const MINIMUM = 98;

/** What the performance score is made of, as the report shows it: first and largest paint, layout shift, blocking time, bytes. */
function metrics(
  audits: Record<string, { displayValue?: string | undefined; numericValue?: number | undefined }>,
): string[] {
  const shown = (id: string): string => audits[id]?.displayValue?.replace(/\u00a0/g, " ") ?? "–";
  const bytes = audits["total-byte-weight"]?.numericValue;
  return [
    shown("first-contentful-paint"),
    shown("largest-contentful-paint"),
    shown("cumulative-layout-shift"),
    shown("total-blocking-time"),
    bytes === undefined ? "–" : `${(bytes / 1024).toFixed(1)} KiB`,
  ];
}

/** A free localhost port, for Chromium's DevTools endpoint. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

/** Waits until Chromium answers on its DevTools port (polled, with a deadline). */
async function devtoolsReady(port: number, deadline = Date.now() + 20_000): Promise<void> {
  while (Date.now() < deadline) {
    const ok = await fetch(`http://127.0.0.1:${port}/json/version`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Chromium did not open its DevTools port ${port} in time.`);
}

describe("Lighthouse", () => {
  let session: BrowserSession;
  let chromium: ChildProcess;
  let port: number;
  let profile: string;
  const rows: string[] = [];

  before(async () => {
    session = await openBuiltSite();
    port = await freePort();
    profile = mkdtempSync(path.join(tmpdir(), "blog-lighthouse-"));
    chromium = spawn(
      "/usr/bin/chromium",
      [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        `--remote-debugging-port=${port}`,
        `--user-data-dir=${profile}`,
        "about:blank",
      ],
      { stdio: "ignore" },
    );
    await devtoolsReady(port);
  });
  after(async () => {
    mkdirSync(RESULTS_FOLDER, { recursive: true });
    const table = [
      "| page | device | performance | accessibility | best practices | SEO | FCP | LCP | CLS | TBT | bytes |",
      "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
      ...rows,
    ].join("\n");
    writeFileSync(path.join(RESULTS_FOLDER, "lighthouse.md"), `${table}\n`);
    chromium?.kill();
    await session?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  for (const device of ["phone", "desktop"] as const) {
    for (const [name, pathname] of PAGES) {
      it(`${name} (${pathname}) scores at least ${MINIMUM} in ${ASSERTED.join(", ")} on a ${device}`, async (t) => {
        const result = await lighthouse(
          `${session.server.origin}${pathname}`,
          { port, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES] },
          device === "desktop" ? desktopConfig : undefined,
        );
        // The whole report beside the table, for whoever asks why a score moved (what loaded, when, what failed).
        mkdirSync(path.join(RESULTS_FOLDER, "lighthouse"), { recursive: true });
        writeFileSync(path.join(RESULTS_FOLDER, "lighthouse", `${device}-${name}.json`), JSON.stringify(result!.lhr));
        const categories = result!.lhr.categories;
        const scores = CATEGORIES.map((category) => Math.round((categories[category]?.score ?? 0) * 100));
        rows.push(`| ${name} | ${device} | ${scores.join(" | ")} | ${metrics(result!.lhr.audits).join(" | ")} |`);
        t.diagnostic(CATEGORIES.map((category, index) => `${category} ${scores[index]}`).join(", "));
        const failing = Object.values(result!.lhr.audits)
          .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== "informative")
          .map((audit) => `${audit.id}: ${audit.displayValue ?? audit.score}`);
        const low = CATEGORIES.filter((category, index) => ASSERTED.includes(category) && scores[index]! < MINIMUM);
        assert.deepEqual(low, [], `below ${MINIMUM}: ${low.join(", ")}; audits not passed: ${failing.join("; ")}`);
      });
    }
  }
});
