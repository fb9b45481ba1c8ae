// What a first visit to each page of the built site costs: the gzipped bytes of every file the
// server sent, for the page and for its background worker (nothing is loaded later on scrolling:
// first view and whole page are the same), and the number of requests that reached the server;
// KaTeX's fonts as cut faces. The server sends a static host's caching headers, so a file the page
// and its worker both import is fetched once: a browser cache hit never reaches the server, and
// counts 0. Issue 13 targets 250 KB a page; not every page is there yet (Plot with the d3 it uses
// is 102 KB), so the test holds the line at the ceilings below, which today's pages meet, and
// prints every page's distance to the target.
import {existsSync, readFileSync} from "node:fs";
import {gzipSync} from "node:zlib";
import type {Browser} from "playwright-core";
import {afterAll, beforeAll, describe, expect, inject, it} from "vitest";
import {codePoints, pageGlyphs} from "../../src/site/katex-glyphs.js";
import {fontCuts} from "../../src/site/vendor.js";
import {executablePath, launchBrowser, openPage, sitePages} from "./audit.js";
import {serve, type Served} from "./serve.js";

const required = process.env.REQUIRE_BROWSER === "1";
const missing = !existsSync(executablePath);
/** The target of a first visit, gzipped (issue 13). */
const target = 250 * 1024;
/** What no page may exceed (a guard until the target is met); LOAD_BUDGET_KB overrides it. */
const budget = Number(process.env.LOAD_BUDGET_KB ?? 350) * 1024;
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

  /** A first visit (a new browser context: empty cache) as the server saw it. */
  async function firstVisit(path: string): Promise<{
    requests: number;
    gzipBytes: number;
    files: {path: string; gzipBytes: number}[];
    missing: string[];
  }> {
    served = [];
    const page = await openPage(browser, `${server!.url}${path}`);
    await page.context().close();
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

  it(`stays within ${budget / 1024} KB and ${maxRequests} requests on every page`, async () => {
    const over: string[] = [];
    for (const path of sitePages(dist)) {
      const visit = await firstVisit(path);
      const kb = (visit.gzipBytes / 1024).toFixed(0);
      const largest = visit.files
        .slice(0, 3)
        .map((f) => `${f.path.replace(/^.*\//, "")} ${(f.gzipBytes / 1024).toFixed(0)}`)
        .join(", ");
      const requests = String(visit.requests).padStart(3);
      const gap =
        visit.gzipBytes > target
          ? `  ${((visit.gzipBytes - target) / 1024).toFixed(0)} KB over the 250 KB target`
          : "";
      report.push(
        `  ${path.padEnd(40)} ${kb.padStart(4)} KB ${requests} requests  (${largest})${gap}`
      );
      if (visit.gzipBytes > budget) over.push(`${path}: ${kb} KB`);
      if (visit.requests > maxRequests) over.push(`${path}: ${visit.requests} requests`);
      // A whole KaTeX face (no hash in its name) should be fetched only for a character outside
      // the cuts, which the next test checks page by page. Chromium now and then fetches the whole
      // Main face although no character drawn needs it (about one load in ten on a few pages; not
      // explained yet), so a fetch is reported here, and its bytes count, rather than failing.
      const whole = visit.files.filter((f) => /\/KaTeX_[\w-]+\.woff2$/.test(f.path));
      for (const f of whole) report.push(`  ${path}: fetched the whole face ${f.path}`);
      for (const file of visit.missing) over.push(`${path}: ${file} is not in the built site`);
    }
    expect(over.join("\n")).toBe("");
  });

  it("draws every character of typeset math with a cut face that holds it", async () => {
    const cuts = fontCuts();
    const missing: string[] = [];
    for (const path of sitePages(dist)) {
      const page = await openPage(browser, `${base}${path}`);
      const glyphs = await pageGlyphs(page);
      await page.context().close();
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
