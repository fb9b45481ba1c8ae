// The claims page on the built site: every ledger claim is a row; a chapter's checks record their results
// in this browser and the page shows them; a row links to its check and a badge links back to its row.
import {existsSync} from "node:fs";
import type {Browser} from "playwright-core";
import {afterAll, beforeAll, describe, expect, inject, it} from "vitest";
import {ledger} from "../../docs/claims/index.js";
import {executablePath, launchBrowser, startReading} from "./audit.js";

const required = process.env.REQUIRE_BROWSER === "1";
const missing = !existsSync(executablePath);
const site = inject("site");
const SVD = "/deep-dive/03-svd";

describe.skipIf(missing && !required)("the claims page", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("lists every claim, and shows what a chapter's checks computed in this browser", async () => {
    const context = await browser.newContext({viewport: {width: 1200, height: 900}});
    const page = await context.newPage();
    const settled = (): boolean => !document.querySelector("observablehq-loading");
    await page.goto(`${site.url}/claims`, {waitUntil: "networkidle"});
    await page.waitForFunction(settled, null, {timeout: 60_000});
    const rows = page.locator("table.ledger-table tbody tr[id]");
    expect(await rows.count()).toBe(ledger.length);
    const mine = ledger.filter((c) => c.page === SVD).map((c) => c.id);
    const status = (id: string): Promise<string | null> =>
      page.locator(`tr[id="${id}"] .ledger-status`).getAttribute("class");
    expect(await status(mine[0]!)).toContain("ledger-not-run");

    await page.goto(`${site.url}${SVD}`, {waitUntil: "networkidle"});
    await startReading(page);
    await page.waitForFunction(settled, null, {timeout: 60_000});
    await page.goto(`${site.url}/claims`, {waitUntil: "networkidle"});
    await page.waitForFunction(settled, null, {timeout: 60_000});
    for (const id of mine) expect(await status(id), id).toContain("ledger-pass");
    const other = ledger.find((c) => c.page !== SVD)!.id;
    expect(await status(other)).toContain("ledger-not-run");
    await context.close();
  });

  it("a row links to its check on the chapter, and the badge links back to the row", async () => {
    const context = await browser.newContext({viewport: {width: 1200, height: 900}});
    const page = await context.newPage();
    const claim = ledger.filter((c) => c.page === SVD).at(-1)!.id;
    await page.goto(`${site.url}/claims`, {waitUntil: "networkidle"});
    await page.locator(`tr[id="${claim}"] a`).click();
    await page.waitForURL(`**${SVD}#claim=${claim}`);
    const target = page.locator(`.check-badge.check-target[data-claim="${claim}"]`);
    await target.waitFor({timeout: 60_000});
    await expect.poll(() => target.isVisible()).toBe(true);
    await target.locator("a.check-claim").click();
    await page.waitForURL(`**/claims#${claim}`);
    const row = page.locator(`tr[id="${claim}"].ledger-target`);
    await row.waitFor({timeout: 60_000});
    expect(await row.isVisible()).toBe(true);
    await context.close();
  });
  it("a chapter in the runner's hidden frame draws its figures without being scrolled", async () => {
    const context = await browser.newContext({viewport: {width: 1200, height: 900}});
    const page = await context.newPage();
    await page.goto(`${site.url}/claims`, {waitUntil: "networkidle"});
    // As the runner opens a page: an iframe off screen (near-cells fetches Plot at once in a frame).
    const figures = await page.evaluate(async (src) => {
      const frame = document.createElement("iframe");
      frame.className = "ledger-runner-frame";
      frame.src = src;
      document.body.append(frame);
      for (let waited = 0; waited < 30_000; waited += 100) {
        await new Promise((r) => setTimeout(r, 100));
        const shown = frame.contentDocument?.querySelectorAll("svg[role=img]").length ?? 0;
        if (shown > 0) return shown;
      }
      return 0;
    }, SVD);
    expect(figures).toBeGreaterThan(0);
    await context.close();
  });
});
