// Builds the site and opens every page in headless Chromium: no errors, green checks, typeset math, no outside requests.
import {existsSync, mkdirSync, readFileSync} from "node:fs";
import {join, relative} from "node:path";
import {chromium, type Browser, type Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, inject, it} from "vitest";
import {chromiumArgs, executablePath, sitePages, startReading} from "./audit.js";
import {listPages, repoRoot} from "../cells/page-runner.js";
import {buildFixtures} from "./build.js";
import {serve} from "./serve.js";
import {pageCells} from "../../src/site/framework.js";

const required = process.env.REQUIRE_BROWSER === "1";
const missing = !existsSync(executablePath);
const shots = join(repoRoot, "test-results", "screenshots");

if (missing && !required)
  console.warn(
    `browser tests skipped: ${executablePath} not found (set REQUIRE_BROWSER=1 to fail instead)`
  );

/** Everything a page did while it loaded. */
interface Visit {
  errors: string[];
  requests: string[];
  problems: string[];
}

/** Does the page's Markdown have math outside code? */
function hasMath(markdown: string): boolean {
  const prose = markdown
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, "")
    .replace(/`[^`\n]*`/g, "")
    .replace(/\$\{[^}]*\}/g, "");
  return /\$[^$\s][^$]*\$/.test(prose);
}

async function open(
  browser: Browser,
  base: string,
  path: string
): Promise<{page: Page; visit: Visit}> {
  const page = await browser.newPage({viewport: {width: 1200, height: 900}});
  const origin = new URL(base).origin;
  const visit: Visit = {errors: [], requests: [], problems: []};
  page.on(
    "console",
    (m) => void (m.type() === "error" && visit.errors.push(`console.error: ${m.text()}`))
  );
  page.on("pageerror", (e) => void visit.errors.push(`uncaught: ${e.message}`));
  page.on("request", (r) => {
    visit.requests.push(r.url());
    if (!/^(data|blob):/.test(r.url()) && new URL(r.url()).origin !== origin)
      visit.problems.push(`request to another host: ${r.url()}`);
  });
  page.on(
    "requestfailed",
    (r) => void visit.problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`)
  );
  page.on(
    "response",
    (r) => void (r.status() >= 400 && visit.problems.push(`HTTP ${r.status()}: ${r.url()}`))
  );
  await page.goto(`${base}${path}`, {waitUntil: "networkidle"});
  await startReading(page);
  // Cells are done when no loading indicator is left (each pending cell shows one).
  await page.waitForFunction(
    () => document.querySelectorAll("observablehq-loading").length === 0,
    null,
    {timeout: 60_000}
  );
  await page.waitForTimeout(200);
  return {page, visit};
}

async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(shots, {recursive: true});
  await page.screenshot({
    path: join(shots, `${name.replace(/^\//, "").replace(/\//g, "__") || "index"}.png`),
    fullPage: true
  });
}

/** The site every browser test shares (test/browser/global-setup.ts): built once from a snapshot of this tree. */
const site = inject("site");
const source = site.source || repoRoot;

/** The pages the site should have: every published .md under docs/ (drafts and _fixtures excluded). */
const expected = listPages({base: source})
  .filter(
    (file) =>
      !/^draft:\s*true\s*$/m.test(
        /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(source, file), "utf8"))?.[1] ?? ""
      )
  )
  .map((file) => `/${relative("docs", file).replace(/\.md$/, "")}`);

describe.skipIf(missing && !required)("the built site in Chromium", () => {
  let browser: Browser;
  let server: {url: string; close: () => Promise<void>};
  let built: string[] = [];
  const report: string[] = [];

  beforeAll(async () => {
    if (missing)
      throw new Error(
        `REQUIRE_BROWSER=1 but ${executablePath} is missing: install Debian's chromium package`
      );
    built = sitePages(site.dist);
    server = {url: site.url, close: async () => {}};
    browser = await chromium.launch({executablePath, args: chromiumArgs});
  });

  afterAll(async () => {
    if (report.length) console.log(["pages in Chromium:", ...report].join("\n"));
    await browser?.close();
    await server?.close();
  });

  it("builds every page, and no unpublished fixture", () => {
    expect(built).toEqual([...expected].sort());
    expect(built.filter((p) => p.includes("_fixtures"))).toEqual([]);
  });

  it("re-runs dependent cells when an input changes (/index: matrix editor and slider)", async () => {
    const {page, visit} = await open(browser, server.url, "/index");
    const table = page.locator("table.num-table").first();
    await page.getByLabel("B entry (2, 2)").fill("7");
    await page.getByLabel("B entry (1, 2)").fill("-4");
    // B = [[2, −4], [1, 7]] has eigenvalues 3 and 6; each edit re-runs the table, so wait for the last one.
    const eigenvalues = async () =>
      (await table.locator("tbody td").allTextContents())
        .map(Number)
        .filter((x, i) => i % 3 === 1)
        .sort();
    await expect.poll(eigenvalues, {timeout: 10_000}).toEqual([3, 6]);
    await page.locator("input[type=range]").first().fill("1.2");
    await page.waitForTimeout(300);
    await screenshot(page, "index-after-edit");
    const statuses = await page
      .locator("[data-check]")
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-status")));
    expect(statuses.length).toBeGreaterThanOrEqual(4);
    expect(statuses.every((s) => s === "pass")).toBe(true);
    expect([...visit.errors, ...visit.problems]).toEqual([]);
    await page.close();
  });

  for (const path of expected) {
    it(`renders ${path} cleanly (docs${path}.md)`, async () => {
      const {page, visit} = await open(browser, server.url, path);
      const markdown = readFileSync(join(source, "docs", `${path}.md`), "utf8");
      const html = readFileSync(join(site.dist, `${path}.html`), "utf8");
      const plotCells = pageCells(html)
        .filter((cell) => cell.inputs.includes("Plot") && cell.inputs.includes("display"))
        .map((cell) => cell.id);
      const result = await page.evaluate((plotCells) => {
        const main = document.querySelector("main")!;
        const clone = main.cloneNode(true) as HTMLElement;
        for (const el of clone.querySelectorAll(
          "pre, code, script, style, .katex, .observablehq--inspect"
        ))
          el.remove();
        return {
          errors: Array.from(
            main.querySelectorAll(".observablehq--error"),
            (e) => e.textContent ?? ""
          ),
          checks: Array.from(main.querySelectorAll("[data-check]"), (e) => ({
            status: e.getAttribute("data-status"),
            text: e.textContent
          })),
          katex: main.querySelectorAll(".katex").length,
          katexErrors: Array.from(
            main.querySelectorAll(".katex-error"),
            (e) => e.getAttribute("title") ?? e.textContent ?? ""
          ),
          dollars: (clone.textContent ?? "")
            .split("\n")
            .filter((line) => line.includes("$"))
            .map((l) => l.trim()),
          // The cells that read Plot and display, which wait until the reader starts reading (as
          // open() does): each has drawn a figure into its root (the element holding `<!--:id:-->`).
          undrawn: plotCells.filter((id) => {
            const walker = document.createTreeWalker(main, NodeFilter.SHOW_COMMENT);
            for (let node = walker.nextNode(); node; node = walker.nextNode())
              if (node.nodeValue === `:${id}:`) return !node.parentElement?.querySelector("svg");
            return true;
          })
        };
      }, plotCells);
      await screenshot(page, path);
      await page.close();
      const problems = [
        ...result.errors.map((e) => `error output: ${e}`),
        ...visit.errors,
        ...result.checks
          .filter((c) => c.status !== "pass")
          .map((c) => `check ${c.status}: ${c.text}`),
        ...result.katexErrors.map((e) => `KaTeX error: ${e}`),
        ...result.undrawn.map((id) => `cell ${id} reads Plot and displays, but drew no figure`),
        ...result.dollars.map((d) => `raw $ in text: ${d.slice(0, 120)}`),
        ...(hasMath(markdown) && result.katex === 0
          ? ["the page has math but no KaTeX output"]
          : []),
        ...visit.problems
      ];
      report.push(
        `  ${path.padEnd(44)} ${String(result.checks.length).padStart(3)} checks ${String(result.katex).padStart(4)} formulas ${String(visit.requests.length).padStart(3)} requests  ${problems.length ? "FAILED" : "ok"}`
      );
      expect(problems.join("\n"), `docs${path}.md in Chromium`).toBe("");
    });
  }
});

describe.skipIf(missing && !required)(
  "a broken cell in Chromium (fixture site, not published)",
  () => {
    let browser: Browser;
    let server: {url: string; close: () => Promise<void>};

    beforeAll(async () => {
      if (missing) throw new Error(`REQUIRE_BROWSER=1 but ${executablePath} is missing`);
      server = await serve(buildFixtures(source));
      browser = await chromium.launch({executablePath, args: chromiumArgs});
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it("shows a throwing cell's error in place and keeps running the other cells", async () => {
      const {page, visit} = await open(browser, server.url, "/_fixtures/throws");
      await screenshot(page, "fixture-throws");
      const errors = await page.locator(".observablehq--error").allTextContents();
      expect(errors).toHaveLength(1);
      expect(errors[0]).toContain("fixture: this cell throws on purpose");
      // The error sits in the throwing cell's place, between the outputs of the cells before and after it.
      const blocks = await page.locator("main .observablehq--block").allTextContents();
      expect(blocks).toHaveLength(3);
      expect(blocks[0]).toContain("2");
      expect(blocks[1]).toContain("fixture: this cell throws on purpose");
      expect(blocks[2]).toContain("after the throwing cell: 42");
      expect(visit.problems).toEqual([]);
      await page.close();
    });

    it("typesets $…$ and keeps ${…} live on the same line, with KaTeX's own fonts", async () => {
      const {page, visit} = await open(browser, server.url, "/_fixtures/math-and-values");
      await screenshot(page, "fixture-math-and-values");
      const result = await page.evaluate(async () => {
        await document.fonts.ready;
        const main = document.querySelector("main")!;
        const clone = main.cloneNode(true) as HTMLElement;
        for (const el of clone.querySelectorAll("pre, code, .katex")) el.remove();
        return {
          katex: main.querySelectorAll(".katex").length,
          display: main.querySelectorAll(".katex-display").length,
          tag: main.querySelector(".katex-display .katex-tag")?.textContent,
          // KaTeX's CSS puts a \tag at the right edge of the display block (when markup and CSS versions match).
          tagGap: ((d, t) =>
            d && t ? d.getBoundingClientRect().right - t.getBoundingClientRect().right : NaN)(
            main.querySelector(".katex-display > .katex > .katex-html"),
            main.querySelector(".katex-display .katex-tag")
          ),
          text: (clone.textContent ?? "").replace(/\s+/g, " "),
          fonts: [...document.fonts]
            .filter((f) => f.family.includes("KaTeX") && f.status === "loaded")
            .map((f) => f.family)
        };
      });
      expect(result.katex).toBe(4);
      expect(result.display).toBe(1);
      expect(result.tag).toBe("(F)");
      expect(Math.abs(result.tagGap)).toBeLessThan(2);
      expect(result.text).toContain("With 3 rows and 4 columns");
      expect(result.text).toContain("has 12 entries");
      expect(result.text).not.toContain("$");
      expect(result.fonts).toContain("KaTeX_Main");
      expect(visit.problems).toEqual([]);
      await page.close();
    });

    it("shows a cell that does not parse as a syntax error in place, and runs the rest", async () => {
      const {page} = await open(browser, server.url, "/_fixtures/syntax-error");
      const errors = await page.locator(".observablehq--error").allTextContents();
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(/^SyntaxError: Unexpected token/);
      const blocks = await page.locator("main .observablehq--block").allTextContents();
      expect(blocks).toHaveLength(3);
      expect(blocks[1]!.trim()).toMatch(/^SyntaxError: Unexpected token/);
      expect(blocks[2]).toContain("after the broken cell: 42");
      await page.close();
    });

    it("shows a failing check loudly", async () => {
      const {page} = await open(browser, server.url, "/_fixtures/failing-check");
      await screenshot(page, "fixture-failing-check");
      const badge = page.locator('[data-check="one equals two"]');
      expect(await badge.getAttribute("data-status")).toBe("fail");
      const style = await badge.evaluate((el) => getComputedStyle(el).backgroundColor);
      expect(style).toBe("rgb(200, 16, 46)");
      await page.close();
    });
  }
);
