// axe-core on every page of the built site, in the light and the dark colour scheme: no critical
// and no serious violation of WCAG 2.0/2.1 A and AA. Prints the counts per page.
import {existsSync, readFileSync} from "node:fs";
import {join, relative} from "node:path";
import type {Browser} from "playwright-core";
import {afterAll, beforeAll, describe, expect, inject, it} from "vitest";
import {listPages, repoRoot} from "../cells/page-runner.js";
import {axe, countByImpact, executablePath, launchBrowser, openPage} from "./audit.js";

const required = process.env.REQUIRE_BROWSER === "1";
const missing = !existsSync(executablePath);

/** The published pages (every .md under docs/ that is not a draft or a fixture), as URL paths. */
const site = inject("site"); // built once for all browser tests (global-setup.ts)
const source = site.source || repoRoot;
const frontMatter = (file: string): string =>
  /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(source, file), "utf8"))?.[1] ?? "";
const pages = listPages({base: source})
  .filter((file) => !/^draft:\s*true\s*$/m.test(frontMatter(file)))
  .map((file) => `/${relative("docs", file).replace(/\.md$/, "")}`);

describe.skipIf(missing && !required)("accessibility (axe-core, WCAG 2.1 AA)", () => {
  let browser: Browser;
  const base = site.url;
  const report: string[] = [];

  beforeAll(async () => {
    if (missing) throw new Error(`REQUIRE_BROWSER=1 but ${executablePath} is missing`);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    const title = "axe (critical/serious/moderate/minor):";
    if (report.length) console.log([title, ...report.sort()].join("\n"));
    await browser?.close();
  });

  for (const path of pages) {
    it(`${path}: no critical or serious violation, light or dark`, async () => {
      const failures: string[] = [];
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
          failures.push(`${scheme}: ${v.id} (${v.impact}, ${v.nodes} nodes): ${v.help}${where}`);
        }
      }
      await page.context().close();
      report.push(`  ${path.padEnd(40)} ${counts.join("   ")}`);
      expect(failures.join("\n"), `axe on ${path}`).toBe("");
    });
  }
});
