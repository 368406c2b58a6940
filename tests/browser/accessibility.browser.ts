// axe-core on the pages a reader uses most: no serious or critical accessibility problem, in light or dark.
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { openBuiltSite, RESULTS_FOLDER, type BrowserSession } from "../helpers/browser.ts";

const PAGES: ReadonlyArray<readonly [string, string]> = [
  ["home", "/"],
  ["post", "/2025/10/31/nvidia-strikes-bumper-ai-deals-with-asia-tech-giants/"],
  ["post with images", "/2025/11/12/seoul-ai-week/"],
  ["post with code", "/2025/11/05/typescript-narrowing-tips/"],
  ["term", "/categories/business/"],
  ["search", "/search/?q=chips"],
];

interface Finding {
  page: string;
  scheme: string;
  rule: string;
  impact: string;
  nodes: number;
  help: string;
}

describe("accessibility (axe-core)", () => {
  let session: BrowserSession;
  let page: Page;
  const findings: Finding[] = [];

  before(async () => {
    session = await openBuiltSite();
    page = await session.context.newPage();
  });
  after(async () => {
    // Every finding, of any impact, for the person reading the run.
    mkdirSync(RESULTS_FOLDER, { recursive: true });
    writeFileSync(path.join(RESULTS_FOLDER, "axe.json"), `${JSON.stringify(findings, null, 2)}\n`);
    await session?.close();
  });

  for (const scheme of ["light", "dark"] as const) {
    for (const [name, pathname] of PAGES) {
      it(`${name} (${pathname}) has no serious or critical violation in ${scheme} mode`, async (t) => {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(`${session.server.origin}${pathname}`);
        if (name === "search") await page.locator(".pagefind-ui__result").first().waitFor({ timeout: 10_000 });
        const results = await new AxeBuilder({ page })
          .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
          .analyze();
        for (const violation of results.violations) {
          findings.push({
            page: pathname,
            scheme,
            rule: violation.id,
            impact: violation.impact ?? "unknown",
            nodes: violation.nodes.length,
            help: violation.help,
          });
        }
        t.diagnostic(
          `${results.passes.length} rules passed, ${results.violations.length} violated` +
            results.violations.map((violation) => ` [${violation.impact}] ${violation.id}`).join(""),
        );
        const serious = results.violations
          .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
          .map(
            (violation) =>
              `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join("; ")})`,
          );
        assert.deepEqual(serious, []);
      });
    }
  }
});
