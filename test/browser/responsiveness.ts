// How long a built page blocks its main thread while it loads, and after each change of each of
// its inputs (every slider, number box, select, checkbox and button driven to its min, a middle
// value and its max). Two readings of the longest task, both the browser's own: its wall time (the
// PerformanceObserver "longtask" a reader feels) and its main-thread CPU time (thread time of the
// same top-level tasks in a Chromium trace). On a loaded machine the first stretches with every
// other process; the second is the work the page itself put on its main thread. Shared by
// responsive.test.ts and the report `npx tsx test/browser/responsiveness.ts <dist> [page …]`.
import {chromium, type Browser, type Page} from "playwright-core";
import {chromiumArgs, executablePath, sitePages} from "./audit.js";
import {serve} from "./serve.js";

/** The longest main-thread task in a window (ms): wall time (0 = none over 50 ms) and CPU time. */
export interface Longest {
  longestTask: number;
  cpu: number;
}

/** One change of one input and the longest task that followed it. */
export interface Change extends Longest {
  input: string;
  value: string;
}

/** A page's longest task on load and after each input change. */
export interface Responsiveness {
  path: string;
  load: Longest;
  changes: Change[];
  /** Uncaught errors and console errors while loading and driving the page. */
  errors: string[];
}

/** The change followed by the most main-thread CPU in one task (undefined: no inputs). */
export function worstChange(r: Responsiveness): Change | undefined {
  return r.changes.reduce<Change | undefined>((a, c) => (!a || c.cpu > a.cpu ? c : a), undefined);
}

/**
 * In the page: the inputs a reader can change, as [index, name, values]; each control is tagged
 * with `data-drive` = index for `apply`. Values are what `apply` sets: slider and number-box
 * extremes and middle (on the step), select options first/last, "click" for checkboxes, radios and
 * buttons. Only the page's own controls count, not the code panels' (Edit, Copy, fold: class wb-…)
 * nor the rows of tables.
 */
function listInputs(): [number, string, string[]][] {
  const main = document.querySelector("#observablehq-main") ?? document.body;
  const out: [number, string, string[]][] = [];
  const onStep = (min: number, max: number, step: number, x: number): number =>
    Number.isFinite(step) && step > 0
      ? Math.min(max, min + Math.round((x - min) / step) * step)
      : x;
  const nameOf = (el: HTMLInputElement | HTMLSelectElement | HTMLButtonElement): string => {
    const by = el.getAttribute("aria-labelledby");
    const label =
      (by && document.getElementById(by)) ||
      el.labels?.[0] ||
      el.closest(".wb-input, form")?.querySelector("label");
    return (label?.textContent ?? el.getAttribute("aria-label") ?? "").trim().slice(0, 40);
  };
  const controls = main.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLButtonElement>(
    "input, select, button"
  );
  controls.forEach((el, i) => {
    if (el.closest("table, .wb-editor, .wb-tools") || /(^|\s)wb-/.test(el.className)) return;
    const name = nameOf(el);
    let values: string[] = [];
    if (el instanceof HTMLInputElement && (el.type === "range" || el.type === "number")) {
      const [min, max] = [Number(el.min), Number(el.max)];
      if (el.min === "" || el.max === "" || !Number.isFinite(min) || !Number.isFinite(max)) return;
      if (el.type === "number" && el.closest("form")?.querySelector("input[type=range]")) return;
      const mid = onStep(min, max, Number(el.step), (min + max) / 2);
      values = [String(min), String(mid), String(max)];
    } else if (el instanceof HTMLInputElement && el.type === "text") {
      const box = el.closest<HTMLElement>(".wb-input"); // a number box of docs/components/inputs.ts
      if (!box || box.querySelector("input[type=range]")) return; // its slider drives it
      const [min, max] = [Number(box.dataset.min), Number(box.dataset.max)];
      if (!Number.isFinite(min) || !Number.isFinite(max)) return;
      values = [String(min), String(Math.round((min + max) / 2)), String(max)];
    } else if (el instanceof HTMLInputElement && (el.type === "checkbox" || el.type === "radio")) {
      values = ["click"];
    } else if (el instanceof HTMLSelectElement && el.options.length > 1) {
      values = ["0", String(el.options.length - 1)].map((k) => `option ${k}`);
    } else if (el instanceof HTMLButtonElement) {
      values = ["click"];
    }
    if (!values.length) return;
    el.dataset.drive = String(i);
    const what = el instanceof HTMLButtonElement ? el.textContent?.trim() : `${name} ${el.type}`;
    out.push([i, (el instanceof HTMLButtonElement ? what : name || what || "input")!, values]);
  });
  return out;
}

/** In the page: set control `index` to `value` as a reader would, firing the events inputs use. */
function apply([index, value]: [number, string]): void {
  const el = document.querySelector(`[data-drive="${index}"]`);
  if (!el) return;
  if (value === "click") {
    (el as HTMLElement).click();
  } else if (el instanceof HTMLSelectElement) {
    el.selectedIndex = Number(value.replace("option ", ""));
    el.dispatchEvent(new Event("input", {bubbles: true}));
    el.dispatchEvent(new Event("change", {bubbles: true}));
  } else if (el instanceof HTMLInputElement) {
    el.value = value;
    el.dispatchEvent(new Event("input", {bubbles: true}));
    el.dispatchEvent(new Event("change", {bubbles: true}));
  }
}

/** Resolves once no cell is pending and no offloaded computation is running. */
async function settle(page: Page): Promise<void> {
  const idle = (): boolean =>
    document.querySelector("observablehq-loading, [data-offload=working]") === null;
  await page.waitForFunction(idle, null, {timeout: 60_000, polling: 50});
  await page.waitForTimeout(250); // longtask entries arrive after the task ends
  await page.waitForFunction(idle, null, {timeout: 60_000, polling: 50});
}

/** Reads and resets the longest task recorded since the last reading. */
async function takeLongest(page: Page): Promise<number> {
  return page.evaluate(() => {
    const w = window as unknown as {__longest: number};
    const longest = w.__longest;
    w.__longest = 0;
    return Math.round(longest);
  });
}

/** Trace categories: top-level tasks (with thread time) and performance.mark, nothing more. */
const TRACE = ["toplevel", "blink.user_timing"];

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
}

/**
 * For each window between consecutive marks (named `marks`, in order), the largest thread time
 * (CPU, ms) of a top-level main-thread task that started in it. Top-level: a complete event over
 * 50 ms of wall time on the thread that emitted the marks, not inside another such event.
 */
function cpuPerWindow(trace: Buffer, marks: string[]): number[] {
  const events = (JSON.parse(trace.toString()) as {traceEvents: TraceEvent[]}).traceEvents;
  const at = marks.map((m) => events.find((e) => e.name === m));
  const first = at[0];
  if (!first || at.some((e) => !e)) return marks.slice(1).map(() => NaN);
  const tasks = events
    .filter((e) => e.ph === "X" && e.pid === first.pid && e.tid === first.tid && e.dur! > 50_000)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const top: TraceEvent[] = [];
  for (const t of tasks) {
    const last = top.at(-1);
    if (!last || t.ts >= last.ts + last.dur!) top.push(t);
  }
  return at.slice(1).map((end, i) => {
    const inside = top.filter((t) => t.ts >= at[i]!.ts && t.ts < end!.ts);
    return Math.round(Math.max(0, ...inside.map((t) => (t.tdur ?? t.dur!) / 1000)));
  });
}

/**
 * Open `url` in a fresh context, measure its load, then drive every input and measure each change.
 * `browser` must be Chromium, and only one page is measured at a time (the trace is browser-wide).
 */
export async function measurePage(
  browser: Browser,
  base: string,
  path: string
): Promise<Responsiveness> {
  const context = await browser.newContext({viewport: {width: 1200, height: 900}});
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => void errors.push(`uncaught: ${e.message}`));
  page.on(
    "console",
    (m) => void (m.type() === "error" && errors.push(`console.error: ${m.text()}`))
  );
  // tsx and Vitest compile with keepNames: functions sent to the page call esbuild's __name helper
  await page.addInitScript("globalThis.__name = (f) => f;");
  await page.addInitScript(() => {
    const w = window as unknown as {__longest: number};
    w.__longest = 0;
    performance.mark("responsiveness:0");
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration);
    }).observe({type: "longtask", buffered: true});
  });
  const mark = (name: string): Promise<void> =>
    page.evaluate((n) => void performance.mark(n), name);
  await browser.startTracing(page, {categories: TRACE});
  let traced = true;
  try {
    await page.goto(`${base}${path}`, {waitUntil: "networkidle"});
    await settle(page);
    const wall = [await takeLongest(page)];
    const driven: {input: string; value: string}[] = [];
    const inputs = await page.evaluate(listInputs);
    for (const [index, input, values] of inputs) {
      for (const value of values) {
        await mark(`responsiveness:${wall.length}`);
        await page.evaluate(apply, [index, value] as [number, string]);
        await settle(page);
        wall.push(await takeLongest(page));
        driven.push({input, value});
      }
    }
    await mark(`responsiveness:${wall.length}`);
    const trace = await browser.stopTracing();
    traced = false;
    const cpu = cpuPerWindow(
      trace,
      wall.map((_, i) => `responsiveness:${i}`).concat(`responsiveness:${wall.length}`)
    );
    const changes = driven.map((d, i) => ({...d, longestTask: wall[i + 1]!, cpu: cpu[i + 1]!}));
    return {path, load: {longestTask: wall[0]!, cpu: cpu[0]!}, changes, errors};
  } finally {
    if (traced) await browser.stopTracing().catch(() => {});
    await context.close();
  }
}

/** One line per page: load and the worst change, each as CPU / wall ms, and which change it was. */
export function formatTable(results: Responsiveness[]): string {
  const rows = results.map((r) => {
    const worst = worstChange(r);
    const where = worst ? `${worst.input} = ${worst.value}` : "(no inputs)";
    const change = worst ? `${worst.cpu} / ${worst.longestTask}` : "–";
    return (
      `| ${r.path} | ${r.load.cpu} / ${r.load.longestTask} | ${change} | ${where} | ` +
      `${r.changes.length} |`
    );
  });
  const head =
    "| page | load: CPU / wall ms | worst change: CPU / wall ms | at | changes |\n" +
    "|---|---|---|---|---|";
  return [head, ...rows].join("\n");
}

/** Every page of `dist` (or the named ones), measured in one headless Chromium. */
export async function measureSite(dist: string, only: string[] = []): Promise<Responsiveness[]> {
  const server = await serve(dist);
  const browser = await chromium.launch({executablePath, args: chromiumArgs});
  try {
    const pages = sitePages(dist).filter((p) => !only.length || only.some((o) => p.includes(o)));
    const out: Responsiveness[] = [];
    for (const path of pages) out.push(await measurePage(browser, server.url, path));
    return out;
  } finally {
    await browser.close();
    await server.close();
  }
}

if (process.argv[1]?.endsWith("responsiveness.ts") && process.argv[2]) {
  const results = await measureSite(process.argv[2], process.argv.slice(3));
  for (const r of results) {
    for (const c of r.changes) {
      console.log(`${r.path}\t${c.input} = ${c.value}\t${c.cpu}\t${c.longestTask}`);
    }
    for (const e of r.errors) console.log(`${r.path}\t${e}`);
  }
  console.log(formatTable(results));
}
