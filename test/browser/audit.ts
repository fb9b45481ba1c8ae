// Measuring a built page in Chromium: axe-core violations, the bytes and requests of a first visit,
// and the longest main-thread task while it loads. Shared by a11y.test.ts, load.test.ts and the
// `npx tsx test/browser/audit.ts <dist>` report.
import {readFileSync, readdirSync, statSync} from "node:fs";
import {createRequire} from "node:module";
import {join, relative} from "node:path";
import {gzipSync} from "node:zlib";
import {chromium, type Browser, type Page} from "playwright-core";
import {serve} from "./serve.js";

export const executablePath = "/usr/bin/chromium";
export const chromiumArgs = [
  "--no-sandbox",
  "--headless",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run"
];
export type Scheme = "light" | "dark";

/** Page paths of a built site (extension-less, as the sidebar links them). */
export function sitePages(dist: string): string[] {
  const out: string[] = [];
  const visit = (dir: string): void => {
    for (const entry of readdirSync(dir, {withFileTypes: true})) {
      if (entry.name.startsWith("_")) continue; // _observablehq, _node, _import, _file: assets
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (entry.name.endsWith(".html") && entry.name !== "404.html") {
        out.push(`/${relative(dist, path).replace(/\.html$/, "")}`);
      }
    }
  };
  visit(dist);
  return out.sort();
}

/**
 * Scroll by a pixel and back, as a reader who starts to read: a page fetches Plot only once the
 * reader scrolls or comes near a figure (docs/components/near-cells.ts), and its figures wait for
 * it. Resolves once Plot has arrived, if the page loads it, and the page has not changed for 300 ms.
 */
export async function startReading(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const y = scrollY;
    await new Promise<void>((resolve) => {
      addEventListener("scroll", () => resolve(), {once: true});
      scrollTo(0, y > 0 ? y - 1 : 1);
      setTimeout(resolve, 1000); // a page too short to scroll
    });
    scrollTo(0, y);
    const lazy = [...document.scripts].some((s) => s.text.includes("nearCells("));
    for (let waited = 0; lazy && waited < 30_000; waited += 50) {
      const entries = performance.getEntriesByType("resource") as PerformanceResourceTiming[];
      if (entries.some((e) => /\/@observablehq\/plot@/.test(e.name) && e.responseEnd > 0)) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    // No named functions in here: tsx's keepNames would wrap them in a helper the page lacks.
    let last = performance.now();
    const observer = new MutationObserver(() => (last = performance.now()));
    observer.observe(document.body, {childList: true, subtree: true, characterData: true});
    for (const start = last; performance.now() - last < 300 && performance.now() - start < 10_000;)
      await new Promise((r) => setTimeout(r, 50));
    observer.disconnect();
  });
}

/** Start reading, then wait until no cell shows Framework's loading indicator. */
export async function readAndSettle(page: Page): Promise<void> {
  await startReading(page);
  const settled = (): boolean => !document.querySelector("observablehq-loading");
  await page.waitForFunction(settled, null, {timeout: 60_000});
}

/** Open a page in a fresh context (empty cache), start reading, and wait until every cell has
 * settled. */
export async function openPage(
  browser: Browser,
  url: string,
  scheme: Scheme = "light"
): Promise<Page> {
  const viewport = {width: 1200, height: 900};
  const context = await browser.newContext({viewport, colorScheme: scheme});
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as {__longest: number};
    w.__longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration);
    }).observe({type: "longtask", buffered: true});
  });
  await page.goto(url, {waitUntil: "networkidle"});
  await readAndSettle(page);
  await page.waitForTimeout(200);
  return page;
}

/** The longest main-thread task (ms) since the page started loading (or since the last reset). */
export async function longestTask(page: Page, reset = false): Promise<number> {
  return page.evaluate((reset) => {
    const w = window as unknown as {__longest: number};
    const longest = w.__longest;
    if (reset) w.__longest = 0;
    return longest;
  }, reset);
}

export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: number;
  targets: string[];
}

const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const axeSource = readFileSync(axePath, "utf8");
/** WCAG 2.0 and 2.1, levels A and AA. */
export const wcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** axe-core's violations on the page as it is now. */
export async function axe(page: Page, tags = wcagTags): Promise<AxeViolation[]> {
  await page.addScriptTag({content: axeSource});
  return page.evaluate(async (tags) => {
    type Result = {id: string; impact: string; help: string; nodes: {target: string[]}[]};
    type Axe = {run: (c: unknown, o: unknown) => Promise<{violations: Result[]}>};
    const {axe} = window as unknown as {axe: Axe};
    const options = {runOnly: {type: "tag", values: tags}, resultTypes: ["violations"]};
    const {violations} = await axe.run(document, options);
    return violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.length,
      targets: v.nodes.slice(0, 3).map((n) => n.target.join(" "))
    }));
  }, tags);
}

/** Nodes per impact level, e.g. {serious: 12, moderate: 3}. */
export function countByImpact(violations: AxeViolation[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const v of violations) counts[v.impact] = (counts[v.impact] ?? 0) + v.nodes;
  return counts;
}

export interface FirstVisit {
  /** Requests to the site (data: and blob: URLs excluded). */
  requests: number;
  /** Sum of the gzipped sizes of the files those requests fetched. */
  gzipBytes: number;
  /** Gzipped bytes per request path, largest first. */
  files: {path: string; gzipBytes: number}[];
  missing: string[];
  longestTask: number;
}

const gzipCache = new Map<string, number>();
function gzipSize(file: string): number {
  let size = gzipCache.get(file);
  if (size === undefined) gzipCache.set(file, (size = gzipSync(readFileSync(file)).length));
  return size;
}

/** The file in `dist` a static host serves for a URL path (as serve.ts resolves it). */
function servedFile(dist: string, pathname: string): string | undefined {
  const path = decodeURIComponent(pathname);
  for (const candidate of path.endsWith("/") ? [`${path}index.html`] : [path, `${path}.html`]) {
    const file = join(dist, candidate);
    try {
      if (statSync(file).isFile()) return file;
    } catch {
      // not this candidate
    }
  }
  return undefined;
}

/** A first visit to `path` (fresh cache): requests, gzipped bytes and the longest task on load. */
export async function firstVisit(
  browser: Browser,
  base: string,
  dist: string,
  path: string
): Promise<FirstVisit> {
  const urls: string[] = [];
  const page = await openPage(browser, `${base}${path}`);
  const entries = await page.evaluate(() => [
    location.href,
    ...performance.getEntriesByType("resource").map((e) => e.name)
  ]);
  const longest = await longestTask(page);
  await page.context().close();
  urls.push(...entries.filter((u) => /^https?:/.test(u)));
  const files: {path: string; gzipBytes: number}[] = [];
  const missing: string[] = [];
  for (const url of urls) {
    const {pathname} = new URL(url);
    const file = servedFile(dist, pathname);
    if (file) files.push({path: pathname, gzipBytes: gzipSize(file)});
    else missing.push(pathname);
  }
  files.sort((a, b) => b.gzipBytes - a.gzipBytes);
  return {
    requests: urls.length,
    gzipBytes: files.reduce((s, f) => s + f.gzipBytes, 0),
    files,
    missing,
    longestTask: longest
  };
}

/** Headless Chromium with the project's flags. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({executablePath, args: chromiumArgs});
}

/** Launch Chromium and serve `dist`; returns both and a function that closes them. */
export async function launch(
  dist: string
): Promise<{browser: Browser; base: string; close: () => Promise<void>}> {
  const server = await serve(dist);
  const browser = await launchBrowser();
  return {
    browser,
    base: server.url,
    close: async () => {
      await browser.close();
      await server.close();
    }
  };
}

/** `npx tsx test/browser/audit.ts <dist> [page…]`: axe counts, bytes, requests, long tasks. */
async function main(dist: string, only: string[]): Promise<void> {
  const {browser, base, close} = await launch(dist);
  const fmt = (c: Record<string, number>): string =>
    ["critical", "serious", "moderate", "minor"].map((k) => c[k] ?? 0).join("/");
  const columns = ["page", "axe light c/s/m/m (rules)", "axe dark", "KB gz", "requests", "longest"];
  console.log(`| ${columns.join(" | ")} |`);
  console.log("|---|---|---|---|---|---|");
  for (const path of only.length ? only : sitePages(dist)) {
    const visit = await firstVisit(browser, base, dist, path);
    const cells: string[] = [];
    for (const scheme of ["light", "dark"] as const) {
      const page = await openPage(browser, `${base}${path}`, scheme);
      const v = await axe(page);
      await page.context().close();
      cells.push(`${fmt(countByImpact(v))} (${v.map((x) => `${x.id}:${x.nodes}`).join(", ")})`);
      if (!process.env.AXE_DETAIL) continue;
      for (const x of v) console.error(path, scheme, x.id, x.impact, x.targets.join(" | "));
    }
    const kb = (visit.gzipBytes / 1024).toFixed(0);
    const row = [path, ...cells, kb, visit.requests, visit.longestTask.toFixed(0)];
    console.log(`| ${row.join(" | ")} |`);
  }
  await close();
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, "/"))) {
  await main(process.argv[2] ?? "dist", process.argv.slice(3));
}
