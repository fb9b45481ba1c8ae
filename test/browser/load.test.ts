// What a first visit to each page of the built site costs: the gzipped bytes of every file the
// server sent, for the page and for its background worker, and the number of requests that reached
// the server; KaTeX's fonts as cut faces. The first view is the page as it opens, before the reader
// scrolls: Plot (102 KB with the d3 it uses) is fetched only when the reader scrolls or comes near a
// figure (docs/components/near-cells.ts), so the test also reads on and reports the whole page.
// The server sends a static host's caching headers, so a file the page and its worker both import
// is fetched once: a browser cache hit never reaches the server, and counts 0. Issue 13's target is
// 250 KB for a first view; the whole page is held to the ceiling below.
import {existsSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {gzipSync} from "node:zlib";
import type {Browser} from "playwright-core";
import {afterAll, beforeAll, describe, expect, inject, it} from "vitest";
import {codePoints, pageGlyphs} from "../../src/site/katex-glyphs.js";
import {pageCells} from "../../src/site/framework.js";
import {fontCuts} from "../../src/site/vendor.js";
import {executablePath, launchBrowser, openPage, readAndSettle, sitePages} from "./audit.js";
import {serve, type Served} from "./serve.js";

const required = process.env.REQUIRE_BROWSER === "1";
const missing = !existsSync(executablePath);
/** What a first view may cost, gzipped (issue 13). */
const target = 250 * 1024;
/** What a whole page, read to the end, may cost; LOAD_BUDGET_KB overrides it. */
const budget = Number(process.env.LOAD_BUDGET_KB ?? 300) * 1024;
/** Plot's file, which a first view must not fetch. */
const PLOT = /\/_node\/@observablehq\/plot@/;

/** What the server sent: requests, the files' gzipped bytes, and paths it had no file for. */
interface Visit {
  requests: number;
  gzipBytes: number;
  files: {path: string; gzipBytes: number}[];
  missing: string[];
}

/** A first visit: its first view, the whole page read on, and the characters drawn per face. */
interface FirstVisit {
  first: Visit;
  whole: Visit;
  glyphs: Awaited<ReturnType<typeof pageGlyphs>>;
}
/** Requests no page may exceed (the library's modules are bundled: src/site/split-modules.ts). */
const maxRequests = 60;

describe.skipIf(missing && !required)("a first visit's bytes and requests", () => {
  let browser: Browser;
  const {url: base, dist} = inject("site"); // built once for all browser tests (global-setup.ts)
  const report: string[] = [];
  /** This file's own server of the same site, which logs what reaches it. */
  let server: {url: string; close: () => Promise<void>} | undefined;
  let served: Served[] = [];

  beforeAll(async () => {
    if (missing) throw new Error(`REQUIRE_BROWSER=1 but ${executablePath} is missing`);
    browser = await launchBrowser();
    server = await serve(dist, {onRequest: (s) => served.push(s)});
  });

  afterAll(async () => {
    const title = "first visit (gzipped KB, requests, largest files in KB):";
    if (report.length) console.log([title, ...report].join("\n"));
    await browser?.close();
    await server?.close();
  });

  /** What the server sent since `served` was last emptied. */
  function sent(): Visit {
    const files = served
      .filter((s) => s.file)
      .map((s) => ({path: s.path, gzipBytes: gzipSync(readFileSync(s.file!)).length}))
      .sort((a, b) => b.gzipBytes - a.gzipBytes);
    return {
      requests: served.length,
      gzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0),
      files,
      missing: served.filter((s) => !s.file).map((s) => s.path)
    };
  }

  /** A page's first visit, and what its typeset math draws, each measured once. */
  const visits = new Map<string, Promise<FirstVisit>>();
  const visit = (path: string): Promise<FirstVisit> => {
    if (!visits.has(path)) visits.set(path, firstVisit(path));
    return visits.get(path)!;
  };

  /**
   * A first visit (a new browser context: empty cache) as the server saw it: the first view, once
   * nothing has reached the server for half a second; and the whole page, after the reader starts
   * reading and every cell has settled, with the characters its math draws in each KaTeX face.
   */
  async function firstVisit(path: string): Promise<FirstVisit> {
    served = [];
    const context = await browser.newContext({viewport: {width: 1200, height: 900}});
    const page = await context.newPage();
    await page.goto(`${server!.url}${path}`, {waitUntil: "networkidle"});
    for (let count = -1; count !== served.length;) {
      count = served.length;
      await page.waitForTimeout(500);
    }
    const first = sent();
    await readAndSettle(page);
    const glyphs = await pageGlyphs(page);
    await context.close();
    return {first, whole: sent(), glyphs};
  }

  it(`shows the first view within 250 KB, the whole page within ${budget / 1024} KB`, async () => {
    const over: string[] = [];
    const line = (visit: Visit): string =>
      `${(visit.gzipBytes / 1024).toFixed(0).padStart(4)} KB ${String(visit.requests).padStart(3)}`;
    for (const path of sitePages(dist)) {
      const {first, whole} = await visit(path);
      const largest = first.files
        .slice(0, 3)
        .map((f) => `${f.path.replace(/^.*\//, "")} ${(f.gzipBytes / 1024).toFixed(0)}`)
        .join(", ");
      report.push(`  ${path.padEnd(40)} ${line(first)}  whole ${line(whole)}  (${largest})`);
      const kb = (visit: Visit): string => `${(visit.gzipBytes / 1024).toFixed(0)} KB`;
      if (first.gzipBytes > target) over.push(`${path}: first view ${kb(first)}`);
      if (whole.gzipBytes > budget) over.push(`${path}: whole page ${kb(whole)}`);
      if (whole.requests > maxRequests) over.push(`${path}: ${whole.requests} requests`);
      if (first.files.some((f) => PLOT.test(f.path))) over.push(`${path}: Plot in the first view`);
      const readsPlot = pageCells(readFileSync(join(dist, `${path}.html`), "utf8")).some((cell) =>
        cell.inputs.includes("Plot")
      );
      if (readsPlot && !whole.files.some((f) => PLOT.test(f.path)))
        over.push(`${path}: Plot not fetched after reading on`);
      // A whole KaTeX face (no hash in its name) should be fetched only for a character outside
      // the cuts, which the next test checks page by page. Chromium now and then fetches the whole
      // Main face although no character drawn needs it (about one load in ten on a few pages; not
      // explained yet), so a fetch is reported here, and its bytes count, rather than failing.
      const faces = whole.files.filter((f) => /\/KaTeX_[\w-]+\.woff2$/.test(f.path));
      for (const f of faces) report.push(`  ${path}: fetched the whole face ${f.path}`);
      for (const file of whole.missing) over.push(`${path}: ${file} is not in the built site`);
    }
    expect(over.join("\n")).toBe("");
  });

  it("makes no check and no input wait for Plot: the cells that do only draw", () => {
    const waiting: string[] = [];
    for (const path of sitePages(dist)) {
      const cells = pageCells(readFileSync(join(dist, `${path}.html`), "utf8"));
      // The cells that wait for Plot: those that read it, and those that read what they define.
      const waits = new Set(["Plot"]);
      for (let grew = true; grew;) {
        grew = false;
        for (const cell of cells.filter((c) => c.inputs.some((name) => waits.has(name))))
          for (const name of cell.outputs.filter((o) => o !== "Plot" && !waits.has(o))) {
            waits.add(name);
            grew = true;
          }
      }
      for (const cell of cells.filter((c) => c.inputs.some((name) => waits.has(name))))
        for (const name of cell.inputs.filter((i) => i === "check" || i === "view"))
          waiting.push(`${path}: cell ${cell.id} waits for Plot and calls ${name}`);
    }
    expect(waiting).toEqual([]);
  });

  it("draws every character of typeset math with a cut face that holds it", async () => {
    const cuts = fontCuts();
    const missing: string[] = [];
    for (const path of sitePages(dist)) {
      const {glyphs} = await visit(path);
      for (const [face, chars] of Object.entries(glyphs)) {
        // A character the whole face lacks (KaTeX's zero-width space) falls through to the next
        // font; one it has but the cut lacks would fetch the whole face.
        const rest = new Set(codePoints(cuts[face]?.rest ?? ""));
        const outside = [...chars].filter((ch) => rest.has(ch.codePointAt(0)!));
        if (!cuts[face]) missing.push(`${path}: ${face} has no cut`);
        if (outside.length) missing.push(`${path}: ${face} lacks ${outside.join("")}`);
      }
    }
    expect(missing.join("\n"), "run `npm run fonts` after a build to cut the faces again").toBe("");
  });

  it("fetches KaTeX's fonts as woff2, only the faces in use, and draws with them", async () => {
    const page = await openPage(browser, `${base}/deep-dive/03-svd`);
    const fonts = await page.evaluate(async () => {
      await document.fonts.ready;
      const entries = performance.getEntriesByType("resource") as PerformanceResourceTiming[];
      const fetched = entries.filter((e) => /\.woff2$/.test(e.name));
      return {
        fetched: fetched.map((e) => `${e.responseStatus} ${e.name.replace(/^.*\//, "")}`),
        // "x" is in both cuts (without a text, check() asks about a space, in the whole face only)
        loaded: ["16px KaTeX_Main", "italic 16px KaTeX_Math"].map((f) =>
          document.fonts.check(f, "x")
        )
      };
    });
    await page.context().close();
    expect(fonts.fetched.length).toBeGreaterThan(0);
    expect(fonts.fetched.length).toBeLessThan(10); // of KaTeX's 20 faces
    expect(fonts.fetched.filter((f) => !/^200 KaTeX_[\w-]+\.[0-9a-f]{8}\.woff2$/.test(f))).toEqual(
      []
    );
    expect(fonts.fetched).toContain(`200 ${fontCuts()["KaTeX_Main-Regular"]!.file}`);
    expect(fonts.loaded).toEqual([true, true]);
  });
});
