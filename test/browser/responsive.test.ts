// Pages stay responsive: on every page, loading it, and every input driven to its min, a middle
// value and its max (buttons clicked, selects to first and last option), each put at most 200 ms of
// work on the main thread in one task, as Chromium measures it. (Each cell body runs in a task of
// its own: src/site/framework.ts, cellsInTasks.) Heavy computations run in a worker
// (docs/components/offload.ts). The bound applies to the task's main-thread CPU time: on a loaded
// test machine wall time stretches with every other process (both are printed, per page, with the
// page's load). No errors while driving.
import {existsSync} from "node:fs";
import {chromium, type Browser} from "playwright-core";
import {afterAll, beforeAll, describe, expect, inject, it} from "vitest";
import {chromiumArgs, executablePath, sitePages} from "./audit.js";
import {formatTable, measurePage, worstChange, type Responsiveness} from "./responsiveness.js";

/** The most main-thread work loading or one input change may cause in a single task (ms). */
const BUDGET_MS = 200;

const site = inject("site");
const skip = !site.url || !existsSync(executablePath);

describe.skipIf(skip)("every page: longest task on load and after each input change", () => {
  let browser: Browser;
  const results: Responsiveness[] = [];

  beforeAll(async () => {
    browser = await chromium.launch({executablePath, args: chromiumArgs});
  });

  afterAll(async () => {
    await browser?.close();
    if (results.length) console.log(`longest main-thread task:\n${formatTable(results)}`);
  });

  for (const path of skip ? [] : sitePages(site.dist)) {
    it(path, async () => {
      const r = await measurePage(browser, site.url, path);
      results.push(r);
      expect(r.errors, `${path}: errors while driving its inputs`).toEqual([]);
      expect(r.load.cpu, `${path}: longest task on load, ms CPU`).toBeLessThanOrEqual(BUDGET_MS);
      const over = r.changes.filter((c) => !(c.cpu <= BUDGET_MS));
      const report = over.map(
        (c) => `${c.input} = ${c.value}: ${c.cpu} ms CPU, ${c.longestTask} ms wall`
      );
      expect(report.join("; "), `${path}: worst ${worstChange(r)?.cpu} ms CPU`).toBe("");
    });
  }
});
