// Code on the page, on the built site in Chromium (src/site/code-cells.ts, docs/components/editor/boot.ts): every
// chapter shows the code of its cells; one control hides and shows all code and the choice lasts across a reload
// and to another page; a cell folds alone; Copy copies the cell's source as written in the Markdown; Edit puts the
// editor in place of the code, and Escape (or Close) puts the code back and focus on Edit.
import {existsSync, mkdirSync, readFileSync, readdirSync} from "node:fs";
import {join} from "node:path";
import {chromium, type Browser, type BrowserContext, type Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, inject, it} from "vitest";
import {chromiumArgs as args, executablePath} from "./audit.js";
import {markdownIt} from "../../observablehq.config.js";
import {createMarkdownIt, isImportOnly, parseMarkdown} from "../../src/site/framework.js";
import {repoRoot} from "../cells/page-runner.js";

const required = process.env.REQUIRE_BROWSER === "1";
const missing = !existsSync(executablePath);
const shots = join(repoRoot, "test-results", "screenshots");
const SVD = "/deep-dive/03-svd";
const NEXT = "/deep-dive/04-definiteness";

/** The site every browser test shares (global-setup.ts), and the snapshot it was built from. */
const site = inject("site");
const tree = site.source || repoRoot;

/** The chapters: every page of the two parts in the built site. */
function chapters(dist: string): string[] {
  return ["deep-dive", "derivations"].flatMap((part) =>
    readdirSync(join(dist, part))
      .filter((f) => f.endsWith(".html"))
      .map((f) => `/${part}/${f.replace(/\.html$/, "")}`)
  );
}

/** The js/ts fences of a page's Markdown, as written (what Copy must give). */
function fences(path: string): string[] {
  const markdown = readFileSync(join(tree, "docs", `${path}.md`), "utf8");
  return [...markdown.matchAll(/^```(?:js|ts)\b[^\n]*\n([\s\S]*?)^```\s*$/gm)].map((m) => m[1]!);
}

/** A page's block cells as Framework's parser finds them in the Markdown, and which of them only import. */
function cellsOf(path: string): {cells: string[]; setup: string[]} {
  const markdown = readFileSync(join(tree, "docs", `${path}.md`), "utf8");
  const blocks = parseMarkdown(markdown, {md: createMarkdownIt({markdownIt}), path}).code.filter(
    (c) => c.mode === "block"
  );
  return {cells: blocks.map((c) => c.id), setup: blocks.filter(isImportOnly).map((c) => c.id)};
}

/** The cells whose code the page shows, and Edit controls with no code of their cell beside them. */
async function census(page: Page): Promise<{visible: string[]; emptyBars: number}> {
  return page.evaluate(() => {
    const visible = [...document.querySelectorAll<HTMLElement>(".wb-code")]
      .filter((box) => {
        const pre = box.querySelector("pre");
        return (
          !!pre && pre.getBoundingClientRect().height > 10 && (pre.textContent ?? "").trim() !== ""
        );
      })
      .map((box) => box.dataset.cell!);
    // An Edit control with no code of its cell in its box (shown or folded): the "empty Edit bar" of old.
    const emptyBars = [...document.querySelectorAll(".wb-edit, .wb-bar")].filter(
      (button) => !(button.closest(".wb-code")?.querySelector("pre code")?.textContent ?? "").trim()
    ).length;
    return {visible, emptyBars};
  });
}

const codeShown = (page: Page, id: string): Promise<boolean> =>
  page
    .locator(`.wb-code[data-cell="${id}"] > pre`)
    .evaluate((pre) => pre.getBoundingClientRect().height > 10);

describe.skipIf(missing && !required)("code on the page", () => {
  let browser: Browser;
  let server: {url: string; close: () => Promise<void>};
  let dist: string;

  beforeAll(async () => {
    dist = site.dist;
    server = {url: site.url, close: async () => {}};
    browser = await chromium.launch({executablePath, args});
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const context = (): Promise<BrowserContext> =>
    browser.newContext({
      viewport: {width: 1200, height: 900},
      permissions: ["clipboard-read", "clipboard-write"]
    });

  it("shows the code of at least 80% of the cells that are not setup on every chapter, and no empty Edit bar", async () => {
    const ctx = await context();
    const page = await ctx.newPage();
    const report: string[] = [];
    const problems: string[] = [];
    for (const path of chapters(dist)) {
      await page.goto(`${server.url}${path}`, {waitUntil: "domcontentloaded"});
      const {cells, setup} = cellsOf(path);
      const {visible, emptyBars} = await census(page);
      const counted = cells.filter((id) => !setup.includes(id));
      const shown = counted.filter((id) => visible.includes(id)).length;
      report.push(
        `  ${path.padEnd(44)} ${shown}/${counted.length} cells show code, ${setup.length} in Setup`
      );
      if (counted.length && shown < 0.8 * counted.length)
        problems.push(`${path}: code shown for ${shown} of ${counted.length} cells`);
      if (emptyBars) problems.push(`${path}: ${emptyBars} Edit control(s) with no code`);
      if (setup.length && (await page.locator("details.wb-setup").count()) !== 1)
        problems.push(`${path}: not one Setup block`);
    }
    console.log(["code on the page:", ...report].join("\n"));
    expect(problems).toEqual([]);
    expect(report.length).toBeGreaterThan(10);
    await ctx.close();
  });

  it("hides and shows all code with one control; the choice lasts across a reload and to another page", async () => {
    const ctx = await context();
    const page = await ctx.newPage();
    await page.goto(`${server.url}${SVD}`, {waitUntil: "networkidle"});
    const toggle = page.locator(".wb-code-all");
    const visibleCount = () =>
      page
        .locator(".wb-code > pre")
        .evaluateAll((pres) => pres.filter((p) => p.getBoundingClientRect().height > 10).length);
    const all = await page.locator(".wb-code").count();
    expect(all).toBeGreaterThan(5);
    expect(await visibleCount()).toBe(all);
    expect(await toggle.innerText()).toBe("Hide code");
    await toggle.click();
    expect(await visibleCount()).toBe(0);
    expect(await toggle.innerText()).toBe("Show code");
    mkdirSync(shots, {recursive: true});
    await page.screenshot({path: join(shots, "code-hidden.png")});

    await page.reload({waitUntil: "domcontentloaded"});
    expect(await visibleCount(), "hidden after a reload").toBe(0);
    await page.goto(`${server.url}${NEXT}`, {waitUntil: "networkidle"});
    expect(await page.locator(".wb-code").count()).toBeGreaterThan(0);
    expect(await visibleCount(), "hidden on another page").toBe(0);
    expect(await page.locator(".wb-code-all").innerText()).toBe("Show code");

    // One cell unfolded while the rest stay hidden; then Show code shows every cell, and that lasts too.
    const first = page.locator(".wb-code").first();
    await first.locator(".wb-fold").click();
    expect(await first.locator(".wb-fold").getAttribute("aria-expanded")).toBe("true");
    expect(await visibleCount()).toBe(1);
    await page.locator(".wb-code-all").click();
    const here = await page.locator(".wb-code").count();
    expect(await visibleCount()).toBe(here);
    await page.goto(`${server.url}${SVD}`, {waitUntil: "networkidle"});
    expect(await visibleCount(), "shown again on the first page").toBe(all);
    await ctx.close();
  });

  it("folds a single cell", async () => {
    const ctx = await context();
    const page = await ctx.newPage();
    await page.goto(`${server.url}${SVD}`, {waitUntil: "networkidle"});
    const ids = await page
      .locator(".wb-code")
      .evaluateAll((boxes) => boxes.map((b) => (b as HTMLElement).dataset.cell!));
    const [a, b] = ids as [string, string];
    const fold = page.locator(`.wb-code[data-cell="${a}"] .wb-fold`);
    expect(await fold.getAttribute("aria-expanded")).toBe("true");
    await fold.click();
    expect(await codeShown(page, a)).toBe(false);
    expect(await codeShown(page, b)).toBe(true);
    expect(await fold.getAttribute("aria-expanded")).toBe("false");
    await fold.press("Enter");
    expect(await codeShown(page, a)).toBe(true);
    await ctx.close();
  });

  it("Copy puts the cell's source, as written in the Markdown, on the clipboard", async () => {
    const ctx = await context();
    const page = await ctx.newPage();
    await page.goto(`${server.url}${SVD}`, {waitUntil: "networkidle"});
    const written = fences(SVD);
    const boxes = page.locator(".wb-code");
    for (const index of [0, (await boxes.count()) - 1]) {
      const box = boxes.nth(index);
      await box.locator(".wb-copy").click();
      await expect.poll(() => box.locator(".wb-copy").textContent()).toBe("Copied");
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied.trim().length).toBeGreaterThan(0);
      expect(
        written.map((s) => s.trimEnd()),
        "a fence of the page, character for character"
      ).toContain(copied.trimEnd());
    }
    await ctx.close();
  });

  it("Edit opens the editor in place of the code; Escape and Close put the code back and focus on Edit", async () => {
    const ctx = await context();
    const page = await ctx.newPage();
    await page.goto(`${server.url}${SVD}`, {waitUntil: "networkidle"});
    const id = (await page.locator(".wb-code").first().getAttribute("data-cell"))!;
    const box = page.locator(`.wb-code[data-cell="${id}"]`);
    const edit = box.locator(".wb-edit");
    const code = (await box.locator("pre code").textContent())!.trimEnd();
    expect(await edit.getAttribute("aria-expanded")).toBe("false");

    // Keyboard: Edit is reachable and fully visible when focused.
    await edit.focus();
    expect(
      await edit.evaluate((e) => [getComputedStyle(e).opacity, document.activeElement === e])
    ).toEqual(["1", true]);
    await page.keyboard.press("Enter");
    await box.locator(".wb-panel .cm-editor").waitFor();
    expect(await edit.getAttribute("aria-expanded")).toBe("true");
    expect(await codeShown(page, id), "the shown code gives way to the editor").toBe(false);
    expect(await box.locator(".wb-panel .cm-content").textContent()).toContain(code.split("\n")[0]);
    expect(await box.locator(".wb-panel .cm-content").getAttribute("aria-label")).toMatch(/code/i);
    expect(await box.locator(".wb-help").textContent()).toMatch(/Tab indents.*Esc closes/);
    const copies = await page.evaluate(
      (line) =>
        [...document.querySelectorAll("main pre, main .cm-content")].filter(
          (e) => e.getBoundingClientRect().height > 0 && e.textContent!.includes(line)
        ).length,
      code.split("\n")[0]!
    );
    expect(copies, "the page never shows the code twice").toBe(1);
    mkdirSync(shots, {recursive: true});
    await box.screenshot({path: join(shots, "code-editing.png")});

    // Tab indents (focus stays in the editor); Escape closes and returns focus to Edit.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => !!document.activeElement?.closest(".cm-editor"))).toBe(true);
    await page.keyboard.press("Escape");
    expect(await box.locator(".wb-panel").count()).toBe(0);
    expect(await codeShown(page, id)).toBe(true);
    expect(await edit.evaluate((e) => document.activeElement === e)).toBe(true);
    expect(await edit.getAttribute("aria-expanded")).toBe("false");
    expect(
      (await box.locator("pre code").textContent())!.trimEnd(),
      "the unrun Tab is dropped"
    ).toBe(code);

    // Close does the same.
    await edit.click();
    await box.locator(".wb-panel .wb-close").click();
    expect(await box.locator(".wb-panel").count()).toBe(0);
    expect(await edit.evaluate((e) => document.activeElement === e)).toBe(true);
    await ctx.close();
  });
});
