// The in-page cell editor on a built site in headless Chromium: edit, run, dependents re-run, errors in place,
// Reset, the URL hash, the loop guard; no request leaves the site. Screenshots go to test-results/screenshots/.
import {existsSync, mkdirSync, readFileSync, readdirSync} from "node:fs";
import {join} from "node:path";
import {gzipSync} from "node:zlib";
import {chromium, type Browser, type BrowserContext, type Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {chromiumArgs as args, executablePath, startReading} from "./audit.js";
import {repoRoot} from "../cells/page-runner.js";
import {buildEditorSite} from "../editor/site.js";
import {removeSnapshot, snapshot} from "./build.js";
import {serve} from "./serve.js";

const required = process.env.REQUIRE_BROWSER === "1";
const missing = !existsSync(executablePath);
const shots = join(repoRoot, "test-results", "screenshots");
const SVD = "/deep-dive/03-svd";
const VERIFY = "/derivations/07-verify-everything";
const FIXTURE = "/editor-fixture"; // written by buildEditorSite: a ts cell importing the library, and a js dependent
/** Cells re-run SVDs: on a busy machine that takes seconds, so polls wait longer than vitest's 1 s default. */
const POLL = {timeout: 30_000};

/** Requests and errors seen by a page. */
interface Log {
  requests: string[];
  errors: string[];
}

async function open(context: BrowserContext, url: string): Promise<{page: Page; log: Log}> {
  const page = await context.newPage();
  const log: Log = {requests: [], errors: []};
  page.on("request", (r) => void log.requests.push(r.url()));
  page.on("pageerror", (e) => void log.errors.push(e.message));
  await page.goto(url, {waitUntil: "networkidle"});
  await settled(page);
  return {page, log};
}

/** Waits until no cell shows Framework's loading indicator. */
async function settled(page: Page): Promise<void> {
  await startReading(page);
  await page.waitForFunction(
    () => document.querySelectorAll("observablehq-loading").length === 0,
    null,
    {timeout: 60_000}
  );
}

/** The id of the one cell whose shown code contains `text` (a string, or a regular expression). */
async function cellId(page: Page, text: string | RegExp): Promise<string> {
  const [pattern, flags] =
    typeof text === "string"
      ? [text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), ""]
      : [text.source, text.flags];
  const ids = await page.$$eval(
    ".wb-code",
    (boxes, [p, f]) =>
      boxes
        .filter((b) => new RegExp(p, f).test(b.querySelector("pre code")!.textContent!))
        .map((b) => (b as HTMLElement).dataset.cell!),
    [pattern, flags] as const
  );
  expect(ids, `cells matching ${String(text)}`).toHaveLength(1);
  return ids[0];
}

/** A cell's code as the page shows it (its published source until it is edited). */
async function source(page: Page, id: string): Promise<string> {
  return (await page.locator(`.wb-code[data-cell="${id}"] pre code`).textContent()) ?? "";
}

/** What a cell shows: its check badges (name and status), figures' SVG text, and error texts. */
async function shown(
  page: Page,
  id: string
): Promise<{
  checks: [string, string][];
  svg: string[];
  errors: string[];
  tables: string[][];
  text: string;
}> {
  return page.evaluate((id) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_COMMENT);
    let div: Element | null = null;
    for (let n = walker.nextNode(); n; n = walker.nextNode())
      if ((n as Comment).data === `:${id}:`) div = n.parentElement;
    if (!div) throw new Error(`no cell ${id}`);
    return {
      checks: [...div.querySelectorAll<HTMLElement>("[data-check]")].map(
        (e) => [e.dataset.check!, e.dataset.status!] as [string, string]
      ),
      svg: [...div.querySelectorAll("svg")].map((s) => s.outerHTML),
      errors: [...div.querySelectorAll(".observablehq--error")].map((e) => e.textContent ?? ""),
      // First column of each table row (Inputs.table may lead with an empty selection cell).
      tables: [...div.querySelectorAll("table")].map((t) =>
        [...t.querySelectorAll("tbody tr")].map(
          (r) =>
            [...r.querySelectorAll("td")]
              .map((c) => c.textContent?.trim() ?? "")
              .find((text) => text !== "") ?? ""
        )
      ),
      text: div.textContent ?? ""
    };
  }, id);
}

/** Opens the editor under cell `id`, replaces its code and runs it with Shift-Enter. */
async function editAndRun(page: Page, id: string, code: string): Promise<void> {
  const box = page.locator(`.wb-code[data-cell="${id}"]`);
  if (!(await box.locator(".wb-panel").count())) await box.locator(".wb-edit").click();
  const content = box.locator(".wb-panel .cm-content");
  await content.click();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.insertText(code);
  await page.keyboard.press("Shift+Enter");
}

async function shot(page: Page, name: string, id: string): Promise<void> {
  mkdirSync(shots, {recursive: true});
  await page.locator(`.wb-code[data-cell="${id}"]`).scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, -120));
  await page.screenshot({path: join(shots, `editor-${name}.png`)});
}

const editorRequests = (log: Log): string[] =>
  log.requests.filter((u) => u.includes("/components/editor/generated/"));
const generated = (dist: string): string =>
  join(dist, "_import", "components", "editor", "generated");

/** The sources under test: a snapshot of this working tree (see build.ts), taken when the tests are collected. */
const tree = missing && !required ? repoRoot : snapshot();
afterAll(removeSnapshot);

describe.skipIf(missing && !required)("editing cells on the built site", () => {
  let browser: Browser;
  let server: {url: string; close: () => Promise<void>};
  let dist: string;

  beforeAll(async () => {
    dist = await buildEditorSite(tree, [
      "deep-dive/03-svd.md",
      "derivations/07-verify-everything.md"
    ]);
    server = await serve(dist);
    browser = await chromium.launch({executablePath, args});
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("edits k in the Eckart–Young cells: the cells that read k re-run; a syntax error stays in its cell; Reset restores", async () => {
    const context = await browser.newContext({viewport: {width: 1200, height: 900}});
    const {page, log} = await open(context, `${server.url}${SVD}`);
    const shownCells = await page.locator(".wb-code").count();
    expect(shownCells).toBeGreaterThan(10);
    expect(await page.locator(".wb-code .wb-edit").count()).toBe(shownCells);
    expect(editorRequests(log), "the editor must not load before the first Edit").toEqual([]);

    // The chapter is still being written: find the cells by what they do, not by their exact text.
    const k = await cellId(page, /^const k = view\(/m);
    const truncate = await cellId(page, /^const Xk = /m); // computes Aₖ and its table row
    const heat = await cellId(page, /heat\(Xk/); // draws Aₖ
    const errors = await cellId(page, /ruleX\(\[k\]/); // draws the error curves, k marked
    const rows = await cellId(page, /check\(`k = \$\{k\}/); // checks row k
    const kSource = await source(page, k);
    const k0 = Number(/value: (\d+)/.exec(kSource)![1]);
    const k1 = k0 === 7 ? 8 : 7;
    const others = await page.$$eval(".wb-code", (boxes) =>
      boxes
        .filter((b) => !/\b(k|Xk|row)\b/.test(b.querySelector("pre code")!.textContent!))
        .map((b) => (b as HTMLElement).dataset.cell!)
    );
    expect(others.length).toBeGreaterThan(5);
    const snapshot = async (ids: string[]) => Promise.all(ids.map((id) => shown(page, id)));
    const figures = async () => [
      ...(await shown(page, heat)).svg,
      ...(await shown(page, errors)).svg
    ];
    const before = {
      figures: await figures(),
      rows: await shown(page, rows),
      others: await snapshot(others)
    };
    expect(before.rows.checks.length).toBeGreaterThan(0);
    expect(before.rows.checks.every(([, status]) => status === "pass")).toBe(true);
    expect(before.figures.length).toBeGreaterThan(1);
    await shot(page, "before", k);

    // First Edit: the editor loads (one file) and opens.
    const clicked = Date.now();
    await page.locator(`.wb-code[data-cell="${k}"] .wb-edit`).click();
    await page.locator(`.wb-code[data-cell="${k}"] .wb-panel .cm-editor`).waitFor();
    const wallMs = Date.now() - clicked;
    await page.waitForFunction(() => document.documentElement.dataset.wbFirstEditMs);
    const firstEditMs = Number(
      await page.evaluate(() => document.documentElement.dataset.wbFirstEditMs)
    );
    // The editor and its shared chunk load now; the TypeScript chunk (sucrase) waits for a ts cell.
    const fetched = new Set(editorRequests(log).map((u) => u.replace(/^.*\//, "")));
    const files = readdirSync(generated(dist)).filter((f) => f.endsWith(".js"));
    expect(fetched.size, "fetched once each").toBe(editorRequests(log).length);
    expect(fetched.size).toBeGreaterThan(0);
    expect(fetched.size, "some chunk (sucrase) not fetched for a js cell").toBeLessThan(
      files.length
    );
    expect(
      await page.locator(`.wb-code[data-cell="${k}"] .wb-panel .cm-content`).textContent()
    ).toContain("const k = view(");
    const size = (names: Iterable<string>) => {
      const bytes = [...names].map((f) => readFileSync(join(generated(dist), f)));
      return `${bytes.reduce((a, b) => a + b.length, 0)} B raw, ${bytes.reduce((a, b) => a + gzipSync(b, {level: 9}).length, 0)} B gzip`;
    };
    console.log(
      `editor: first edit fetches ${size(fetched)} (editor, then the compiler in the background) (all editor files: ${size(files)}); first edit ready ${firstEditMs} ms after the click (${wallMs} ms as the test saw it)`
    );

    // k0 → k1: the figures and checks that read k re-run; nothing else changes.
    await editAndRun(page, k, kSource.replace(/value: \d+/, `value: ${k1}`));
    await page.waitForFunction(
      (id) =>
        document
          .querySelector(`.wb-code[data-cell="${id}"] .wb-panel .wb-status`)
          ?.textContent?.startsWith("ran"),
      k
    );
    await expect
      .poll(async () => (await shown(page, rows)).checks.map(([name]) => name).join("\n"), POLL)
      .toContain(`k = ${k1}`);
    await settled(page);
    const after = {figures: await figures(), rows: await shown(page, rows)};
    expect(after.rows.checks).toHaveLength(before.rows.checks.length);
    expect(after.rows.checks.every(([, status]) => status === "pass")).toBe(true);
    expect(after.rows.checks.map(([name]) => name)).not.toEqual(
      before.rows.checks.map(([name]) => name)
    );
    expect(after.figures).toHaveLength(before.figures.length);
    const redrawn = after.figures.filter((svg, i) => svg !== before.figures[i]);
    expect(
      redrawn.length,
      "the heat map and the error plot (not a colour legend) re-drawn"
    ).toBeGreaterThanOrEqual(2);
    expect(await snapshot(others)).toEqual(before.others);
    expect(
      await page
        .locator(`.wb-code[data-cell="${k}"]`)
        .evaluate((e) => e.classList.contains("wb-edited"))
    ).toBe(true);
    expect(await page.evaluate(() => location.hash)).toMatch(/^#edits=1\.[\w-]+$/);
    await shot(page, "after", k);
    // Editors live inside the code boxes: main's top-level nodes stay as built (the preview patches them by position).
    const [built, live] = await page.evaluate(async () => {
      const html = await (await fetch(location.pathname)).text();
      return [
        new DOMParser().parseFromString(html, "text/html").querySelector("main")!.childNodes.length,
        document.querySelector("main")!.childNodes.length
      ];
    });
    expect(live).toBe(built);

    // A syntax error shows in its own cell (and in the cells that read its names); the other cells keep their output.
    await editAndRun(page, truncate, `const = 1;\n${await source(page, truncate)}`);
    await expect
      .poll(async () => (await shown(page, truncate)).errors.join(""), POLL)
      .toContain("SyntaxError: Unexpected token at line 1, column 7");
    expect(
      await page.locator(`.wb-code[data-cell="${truncate}"] .wb-panel .wb-status`).textContent()
    ).toContain("SyntaxError");
    expect((await shown(page, heat)).svg).toEqual([]);
    expect((await shown(page, heat)).errors.length).toBeGreaterThan(0);
    expect((await shown(page, rows)).errors.length).toBeGreaterThan(0);
    expect(await snapshot(others)).toEqual(before.others);
    await shot(page, "syntax-error", truncate);

    // Reset the broken cell: figures back (still k1); Reset k: everything as published, hash and storage cleared.
    await page.locator(`.wb-code[data-cell="${truncate}"] .wb-panel .wb-reset`).click();
    await expect
      .poll(async () => (await figures()).join("") === after.figures.join(""), POLL)
      .toBe(true);
    await settled(page);
    expect(await page.locator(".observablehq--error").count()).toBe(0);
    await page.locator(`.wb-code[data-cell="${k}"] .wb-panel .wb-reset`).click();
    await expect
      .poll(async () => (await shown(page, rows)).checks, POLL)
      .toEqual(before.rows.checks);
    await settled(page);
    expect((await figures()).join("") === before.figures.join(""), "figures as published").toBe(
      true
    );
    expect(
      await page.locator(`.wb-code[data-cell="${k}"] .wb-panel .cm-content`).textContent()
    ).toContain(`value: ${k0}`);
    await expect.poll(() => page.evaluate(() => location.hash), POLL).toBe("");
    expect(
      await page.evaluate((key) => localStorage.getItem(key), `workbook-edits:${SVD}`)
    ).toBeNull();

    expect(log.errors).toEqual([]);
    expect(
      log.requests.filter((u) => !u.startsWith(server.url) && !/^(data|blob):/.test(u))
    ).toEqual([]);
    await context.close();
  });

  it("a link with edits reproduces them in a fresh browser once the reader agrees; storage keeps them; Reset all clears them", async () => {
    const first = await browser.newContext({viewport: {width: 1200, height: 900}});
    const {page} = await open(first, `${server.url}${SVD}`);
    const k = await cellId(page, /^const k = view\(/m);
    const rows = await cellId(page, /check\(`k = \$\{k\}/);
    const published = (await shown(page, rows)).checks;
    await editAndRun(page, k, (await source(page, k)).replace(/value: \d+/, "value: 12"));
    await expect.poll(() => page.evaluate(() => location.hash), POLL).toMatch(/^#edits=1\./);
    const link = page.url();
    await first.close();

    // Someone else's code does not run by itself: the page offers it.
    const second = await browser.newContext({viewport: {width: 1200, height: 900}});
    const {page: shared, log} = await open(second, link);
    await shared.locator(".wb-offer").waitFor();
    expect(await shared.locator(".wb-offer").textContent()).toContain("edits to 1 cell");
    expect((await shown(shared, rows)).checks).toEqual(published);
    await shared.locator(".wb-offer-show").click();
    expect(
      await shared.locator(`.wb-code[data-cell="${k}"] .wb-panel .cm-content`).textContent()
    ).toContain("value: 12");
    expect((await shown(shared, rows)).checks, "shown, not run").toEqual(published);

    // Same link again, and this time Run them.
    await shared.goto("about:blank");
    await shared.goto(link);
    await settled(shared);
    await shared.locator(".wb-offer-run").click();
    await expect
      .poll(async () => (await shown(shared, rows)).checks.map(([name]) => name).join("\n"), POLL)
      .toContain("k = 12");
    await shared.locator(".wb-notice").waitFor();
    expect(await shared.locator(".wb-notice").textContent()).toContain("1 edited cell");
    expect(
      await shared
        .locator(`.wb-code[data-cell="${k}"]`)
        .evaluate((e) => e.classList.contains("wb-edited"))
    ).toBe(true);
    expect(
      await shared.evaluate((key) => localStorage.getItem(key), `workbook-edits:${SVD}`)
    ).toContain("value: 12");

    // The reader's own saved edits come back without the link, at once.
    await shared.goto(`${server.url}${SVD}`);
    await settled(shared);
    await expect
      .poll(async () => (await shown(shared, rows)).checks.map(([name]) => name).join("\n"), POLL)
      .toContain("k = 12");
    expect(await shared.locator(".wb-offer").count()).toBe(0);
    await expect.poll(() => shared.evaluate(() => location.hash), POLL).toMatch(/^#edits=1\./);

    await shared.locator(".wb-reset-all").click();
    await expect.poll(async () => (await shown(shared, rows)).checks, POLL).toEqual(published);
    await expect.poll(() => shared.evaluate(() => location.hash), POLL).toBe("");
    expect(await shared.locator(".wb-notice").count()).toBe(0);
    expect(
      await shared.evaluate((key) => localStorage.getItem(key), `workbook-edits:${SVD}`)
    ).toBeNull();
    expect(log.errors).toEqual([]);
    await second.close();
  });

  it("edits the script's settings on the verify page: its printout, spectrum plot and checks re-run", async () => {
    const context = await browser.newContext({viewport: {width: 1200, height: 900}});
    const {page, log} = await open(context, `${server.url}${VERIFY}`);
    const settings = await cellId(page, /^const o = view\(/m);
    const printed = await cellId(page, /display\(printout\(eyLines\)\)/);
    const spectrum = await cellId(page, /Plot\.ruleX\(o\.ks/);
    const checks = await cellId(page, /r\.actual\),\s*ey\.map\(\(r\) => r\.theory\)/);
    const before = await shown(page, checks);
    expect(before.checks.length).toBeGreaterThan(0);
    expect((await shown(page, printed)).text).toMatch(/k= 1: actual=/);
    // Tag the current badges: after the edit the cell must show new ones (re-evaluated), not keep these.
    await page.locator(`script[data-wb-cell="${checks}"]`).evaluate((holder) => {
      for (const badge of holder.previousElementSibling!.querySelectorAll<HTMLElement>(
        "[data-check]"
      ))
        badge.dataset.old = "yes";
    });

    // The settings cell, edited to fixed settings: the script's own with ranks 2 and 15.
    const edited =
      'import {sourceSettings} from "../components/script-settings.js";\nconst o = {...sourceSettings, ks: [2, 15]};';
    await editAndRun(page, settings, edited);
    await expect
      .poll(async () => (await shown(page, printed)).text, POLL)
      .toMatch(/k= 2: actual=[\s\S]*k=15: actual=/);
    await settled(page);
    expect((await shown(page, printed)).text).not.toMatch(/k= 1: actual=/);
    const svg = (await shown(page, spectrum)).svg.join("");
    expect(svg.includes(">k=15<"), "the spectrum plot marks k = 15").toBe(true);
    expect(svg.includes(">k=1<"), "and no longer k = 1").toBe(false);
    const after = await shown(page, checks);
    expect(after.checks).toHaveLength(before.checks.length);
    expect(after.checks.every(([, status]) => status === "pass")).toBe(true);
    expect(
      await page.locator("[data-check][data-old]").count(),
      "the checks were re-rendered"
    ).toBe(0);
    await shot(page, "verify-after", printed);
    expect(log.errors).toEqual([]);
    await context.close();
  });

  it("runs an edited TypeScript cell that imports the library; a type-strip error shows in place", async () => {
    const context = await browser.newContext({viewport: {width: 1200, height: 900}});
    const {page, log} = await open(context, `${server.url}${FIXTURE}`);
    const ts = await cellId(page, /const v: number\[\]/);
    const dependent = await cellId(page, /twice the length/);
    // What a cell shows, as text (Framework's inspector quotes strings).
    const text = (id: string) =>
      page.locator(`script[data-wb-cell="${id}"]`).evaluate((holder) => {
        const copy = holder.previousElementSibling!.cloneNode(true) as Element;
        return copy.textContent?.trim() ?? "";
      });
    expect(await text(ts)).toBe("5");
    expect(await text(dependent)).toBe('"twice the length: 10"');
    await editAndRun(page, ts, (await source(page, ts)).replace("[3, 4]", "[6, 8] as number[]"));
    await expect.poll(() => text(dependent), POLL).toBe('"twice the length: 20"');
    expect(new Set(editorRequests(log)).size, "a ts cell fetches the TypeScript chunk too").toBe(
      readdirSync(generated(dist)).filter((f) => f.endsWith(".js")).length
    );
    expect(await text(ts)).toBe("10");
    await editAndRun(page, ts, "const v: = [1];");
    await expect
      .poll(() => text(ts), POLL)
      .toMatch(/^SyntaxError: TypeScript: Unexpected token at line 1, column \d+$/);
    await page.locator(`.wb-code[data-cell="${ts}"] .wb-panel .wb-reset`).click();
    await expect.poll(() => text(dependent), POLL).toBe('"twice the length: 10"');
    expect(log.errors).toEqual([]);
    await context.close();
  });

  it("stops a cell that loops forever after its time budget, and the page keeps working", async () => {
    const context = await browser.newContext({viewport: {width: 1200, height: 900}});
    const {page} = await open(context, `${server.url}${SVD}`);
    const competitors = await cellId(page, "const rivals =");
    const start = Date.now();
    await editAndRun(page, competitors, "let spins = 0;\nwhile (true) spins++;");
    await expect
      .poll(async () => (await shown(page, competitors)).errors.join(""), {timeout: 15_000})
      .toMatch(/CellStoppedError: this cell ran for more than 3 s/);
    expect(Date.now() - start).toBeLessThan(12_000);
    expect(await page.evaluate(() => 1 + 1)).toBe(2);
    const verdict = await cellId(page, /every random rank-3 competitor/);
    await page.locator(`.wb-code[data-cell="${competitors}"] .wb-panel .wb-reset`).click();
    await expect.poll(async () => (await shown(page, competitors)).errors, POLL).toEqual([]);
    await expect
      .poll(
        async () =>
          (await shown(page, verdict)).checks.map(([, s]) => s).every((s) => s === "pass"),
        POLL
      )
      .toBe(true);
    await context.close();
  });
});
