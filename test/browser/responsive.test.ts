// Pages stay responsive: on every page, every input driven to its min, a middle value and its max
// (buttons clicked, selects to first and last option) blocks the main thread for at most 200 ms, as
// the browser measures it (the longest "longtask" after each change). Heavy computations run in a
// worker (docs/components/offload.ts). Prints a per-page table, load included (not asserted here).
import {existsSync} from "node:fs";
import {chromium, type Browser} from "playwright-core";
import {afterAll, beforeAll, describe, expect, inject, it} from "vitest";
import {chromiumArgs, executablePath, sitePages} from "./audit.js";
import {formatTable, measurePage, worstChange, type Responsiveness} from "./responsiveness.js";

/** The longest a reader's change may block the main thread (ms). */
const BUDGET_MS = 200;

const site = inject("site");
const skip = !site.url || !existsSync(executablePath);

describe.skipIf(skip)("every input of every page: longest task after a change", () => {
  let browser: Browser;
  const results: Responsiveness[] = [];

  beforeAll(async () => {
    browser = await chromium.launch({executablePath, args: chromiumArgs});
  });

  afterAll(async () => {
    await browser?.close();
    if (results.length) console.log(`longest main-thread task (ms):\n${formatTable(results)}`);
  });

  for (const path of skip ? [] : sitePages(site.dist)) {
    it(path, async () => {
      const r = await measurePage(browser, site.url, path);
      results.push(r);
      const over = r.changes.filter((c) => c.longestTask > BUDGET_MS);
      const report = over.map((c) => `${c.input} = ${c.value}: ${c.longestTask} ms`).join("; ");
      expect(report, `${path}: changes over ${BUDGET_MS} ms (worst ${worstChange(r)?.longestTask})`)
        .toBe("");
    });
  }
});
