// axe-core on every page of the built site, in the light and the dark colour scheme: no critical
// and no serious violation of WCAG 2.0/2.1 A and AA. Prints the counts per page.
import {existsSync} from "node:fs";
import type {Browser} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {axe, countByImpact, executablePath, launch, openPage, sitePages} from "./audit.js";
import {sharedSite} from "./build.js";

const required = process.env.REQUIRE_BROWSER === "1";
const missing = !existsSync(executablePath);

describe.skipIf(missing && !required)("accessibility (axe-core, WCAG 2.1 AA)", () => {
  let browser: Browser;
  let base = "";
  let close = async (): Promise<void> => undefined;
  let pages: string[] = [];
  const report: string[] = [];

  beforeAll(async () => {
    if (missing) throw new Error(`REQUIRE_BROWSER=1 but ${executablePath} is missing`);
    const dist = sharedSite();
    pages = sitePages(dist);
    ({browser, base, close} = await launch(dist));
  });

  afterAll(async () => {
    const title = "axe (critical/serious/moderate/minor):";
    if (report.length) console.log([title, ...report].join("\n"));
    await close();
  });

  it("has no critical or serious violation on any page, in either scheme", async () => {
    const failures: string[] = [];
    for (const path of pages) {
      const page = await openPage(browser, `${base}${path}`, "light");
      const counts: string[] = [];
      for (const scheme of ["light", "dark"] as const) {
        await page.emulateMedia({colorScheme: scheme});
        await page.waitForTimeout(50);
        const violations = await axe(page);
        const c = countByImpact(violations);
        const levels = [c.critical, c.serious, c.moderate, c.minor].map((n) => n ?? 0);
        counts.push(`${scheme} ${levels.join("/")}`);
        for (const v of violations.filter((v) => ["critical", "serious"].includes(v.impact))) {
          const where = v.targets.map((t) => `\n    ${t}`).join("");
          failures.push(`${path} (${scheme}): ${v.id} (${v.impact}, ${v.nodes} nodes)`);
          failures.push(`  ${v.help}${where}`);
        }
      }
      await page.context().close();
      report.push(`  ${path.padEnd(40)} ${counts.join("   ")}`);
    }
    expect(pages.length).toBeGreaterThan(10);
    expect(failures.join("\n")).toBe("");
  });
});
