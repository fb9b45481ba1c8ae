// How long a built page blocks its main thread while it loads, and after each change of each of
// its inputs (every slider, number box, select, checkbox and button driven to its min, a middle
// value and its max). Two readings of the longest task, both the browser's own: its wall time (the
// PerformanceObserver "longtask" a reader feels) and its main-thread CPU time (thread time of the
// same top-level tasks in a Chromium trace). On a loaded machine the first stretches with every
// other process; the second is the work the page itself put on its main thread. Shared by
// responsive.test.ts and the report `npx tsx test/browser/responsiveness.ts <dist> [page …]`.
import {chromium, type Browser, type Page} from "playwright-core";
import {chromiumArgs, executablePath, sitePages, startReading} from "./audit.js";
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
  /** With `profile`: main-thread CPU on load by cell, outside cells, and per long task. */
  profile?: LoadProfile;
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

/** A top-level main-thread task: start (trace µs), wall and thread (CPU) time in ms. */
interface Task {
  ts: number;
  wall: number;
  cpu: number;
}

/**
 * For each window between consecutive marks (named `marks`, in order), the top-level main-thread
 * tasks that started in it. Top-level: a complete event over `over` ms of wall time on the thread
 * that emitted the marks, not inside another such event. The load window (the first) also takes the task
 * that was running when its mark was made (the document's parsing).
 */
function tasksPerWindow(events: TraceEvent[], marks: string[], over = 50): Task[][] {
  const at = marks.map((m) => events.find((e) => e.name === m));
  const first = at[0];
  if (!first || at.some((e) => !e)) return marks.slice(1).map(() => []);
  const tasks = events
    .filter(
      (e) => e.ph === "X" && e.pid === first.pid && e.tid === first.tid && e.dur! > over * 1e3
    )
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const top: TraceEvent[] = [];
  for (const t of tasks) {
    const last = top.at(-1);
    if (!last || t.ts >= last.ts + last.dur!) top.push(t);
  }
  return at.slice(1).map((end, i) => {
    const starts = (t: TraceEvent): boolean =>
      i === 0 ? t.ts + t.dur! > at[0]!.ts : t.ts >= at[i]!.ts;
    return top
      .filter((t) => starts(t) && t.ts < end!.ts)
      .map((t) => ({ts: t.ts, wall: t.dur! / 1000, cpu: (t.tdur ?? t.dur!) / 1000}));
  });
}

const longestCpu = (tasks: Task[]): number => Math.round(Math.max(0, ...tasks.map((t) => t.cpu)));

/** Main-thread CPU time (ms) spent in one cell's code while the page loaded. */
export interface CellTime {
  id: string;
  /** What the cell declares (its outputs), or its first line of code. */
  names: string;
  ms: number;
}

/**
 * A long task on load: the cells that ran in it, and what ran outside cells (a script, or V8's
 * "(program)": parsing, style and layout), ms each, over 5 ms.
 */
export interface LoadTask extends Task {
  cells: CellTime[];
  outside: {what: string; ms: number}[];
}

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}

/** V8's sampling CPU profile (CDP Profiler.stop). */
interface Profile {
  nodes: {id: number; callFrame: CallFrame; children?: number[]}[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** The cells of a page's module script: id, first line (0-based, in the HTML) and outputs. */
function cellLines(html: string): {id: string; line: number; names: string}[] {
  const define =
    /^define\(\{id: "([0-9a-f]{8}(?:-\d+)?)"(?:, mode: "\w+")?(?:, inputs: \[[^\]]*\])?/;
  const out: {id: string; line: number; names: string}[] = [];
  const lines = html.split("\n");
  lines.forEach((text, line) => {
    const m = define.exec(text);
    if (!m) return;
    const outputs = /^, outputs: \[([^\]]*)\]/.exec(text.slice(m[0].length))?.[1];
    const code = (): string =>
      lines
        .slice(line + 1, line + 4)
        .map((l) => l.trim())
        .join(" ");
    const names = outputs?.replace(/"/g, "").replace(/,/g, ", ") ?? code();
    out.push({id: m[1]!, line, names: names.slice(0, 60)});
  });
  return out;
}

/**
 * Which cell each profile sample ran in (the innermost frame of the page's own module script), and
 * when: [sample time (trace µs), duration (µs), cell index or -1, what ran outside cells].
 */
function attribute(profile: Profile, url: string, cells: {line: number}[]) {
  const parent = new Map<number, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const cellOf = (line: number): number => cells.findLastIndex((c) => c.line <= line);
  const out: [number, number, number, string][] = [];
  let time = profile.startTime;
  profile.samples.forEach((id, i) => {
    time += profile.timeDeltas[i] ?? 0;
    const duration = profile.timeDeltas[i + 1] ?? 0;
    let cell = -1;
    let outside = byId.get(id)!.callFrame.functionName; // (program), (garbage collector), (idle)
    for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
      const frame = byId.get(n)!.callFrame;
      if (frame.url === url && cell < 0) cell = cellOf(frame.lineNumber);
      if (frame.url) outside = frame.url.replace(/^.*\//, "").replace(/\.[0-9a-f]{8}\.js$/, "");
    }
    out.push([time, duration, cell, outside]);
  });
  return out;
}

export interface LoadProfile {
  /**
   * Lighthouse mobile's Total Blocking Time as this CPU would give it: its preset runs the CPU 4×
   * slower, so every task's CPU over 12.5 ms blocks 4× that (from navigation on, not only from
   * the first paint: an upper bound). On a loaded machine Lighthouse sees wall time instead.
   */
  mobileBlocking: number;
  cells: CellTime[];
  outside: {what: string; ms: number}[];
  longTasks: LoadTask[];
}

/**
 * Main-thread CPU per cell while the page loaded, the long tasks with the cells that ran in each,
 * and the time outside cells by script (or V8's (program) and (garbage collector)). The profile
 * samples wall time; each sample is scaled by its task's CPU / wall (`all`: every top-level task).
 */
function loadProfile(
  profile: Profile,
  url: string,
  html: string,
  tasks: Task[],
  all: Task[]
): LoadProfile {
  const cells = cellLines(html);
  // samples are spaced in wall time; scale them to their task's CPU time
  const samples = attribute(profile, url, cells).map(([at, d, c, o]) => {
    const task = all.find((t) => at >= t.ts && at < t.ts + t.wall * 1000);
    return [at, task ? (d * task.cpu) / task.wall : d, c, o] as const;
  });
  const sum = (list: typeof samples): CellTime[] => {
    const ms = new Map<number, number>();
    for (const [, d, c] of list) if (c >= 0) ms.set(c, (ms.get(c) ?? 0) + d / 1000);
    return [...ms]
      .map(([c, t]) => ({id: cells[c]!.id, names: cells[c]!.names, ms: Math.round(t)}))
      .sort((a, b) => b.ms - a.ms);
  };
  const outsideCells = (list: typeof samples): {what: string; ms: number}[] => {
    const ms = new Map<string, number>();
    for (const [, d, c, o] of list)
      if (c < 0 && o !== "(idle)") ms.set(o, (ms.get(o) ?? 0) + d / 1e3);
    return [...ms].map(([what, t]) => ({what, ms: Math.round(t)})).sort((a, b) => b.ms - a.ms);
  };
  const longTasks: LoadTask[] = tasks.map((t) => {
    const inside = samples.filter(([at]) => at >= t.ts && at < t.ts + t.wall * 1000);
    const cells = sum(inside).filter((c) => c.ms > 5);
    return {...t, cells, outside: outsideCells(inside).filter((o) => o.ms > 5)};
  });
  const mobileBlocking = Math.round(all.reduce((b, t) => b + 4 * Math.max(0, t.cpu - 12.5), 0));
  return {mobileBlocking, cells: sum(samples), outside: outsideCells(samples), longTasks};
}

/** What measurePage does besides the load: drive the inputs, profile the load by cell. */
export interface MeasureOptions {
  drive?: boolean;
  profile?: boolean;
}

/**
 * Open `url` in a fresh context, measure its load, then drive every input and measure each change.
 * `browser` must be Chromium, and only one page is measured at a time (the trace is browser-wide).
 */
export async function measurePage(
  browser: Browser,
  base: string,
  path: string,
  {drive = true, profile = false}: MeasureOptions = {}
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
  const cdp = profile ? await context.newCDPSession(page) : undefined;
  if (cdp) {
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.setSamplingInterval", {interval: 200});
    await cdp.send("Profiler.start");
  }
  await browser.startTracing(page, {categories: TRACE});
  let traced = true;
  try {
    const response = await page.goto(`${base}${path}`, {waitUntil: "networkidle"});
    await startReading(page);
    await settle(page);
    const profiled = cdp && ((await cdp.send("Profiler.stop")).profile as unknown as Profile);
    const wall = [await takeLongest(page)];
    const driven: {input: string; value: string}[] = [];
    const inputs = drive ? await page.evaluate(listInputs) : [];
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
    const events = (JSON.parse(trace.toString()) as {traceEvents: TraceEvent[]}).traceEvents;
    const tasks = tasksPerWindow(
      events,
      wall.map((_, i) => `responsiveness:${i}`).concat(`responsiveness:${wall.length}`)
    );
    const cpu = tasks.map(longestCpu);
    const changes = driven.map((d, i) => ({...d, longestTask: wall[i + 1]!, cpu: cpu[i + 1]!}));
    const load = {longestTask: wall[0]!, cpu: cpu[0]!};
    const html = profiled ? ((await response?.text()) ?? "") : "";
    const all = () => tasksPerWindow(events, ["responsiveness:0", "responsiveness:1"], 0)[0]!;
    const detail = profiled && loadProfile(profiled, page.url(), html, tasks[0]!, all());
    return {path, load, changes, errors, ...(detail ? {profile: detail} : {})};
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
export async function measureSite(
  dist: string,
  only: string[] = [],
  options: MeasureOptions = {}
): Promise<Responsiveness[]> {
  const server = await serve(dist);
  const browser = await chromium.launch({executablePath, args: chromiumArgs});
  try {
    const pages = sitePages(dist).filter((p) => !only.length || only.some((o) => p.includes(o)));
    const out: Responsiveness[] = [];
    for (const path of pages) out.push(await measurePage(browser, server.url, path, options));
    return out;
  } finally {
    await browser.close();
    await server.close();
  }
}

/** A page's load, by cell: its long tasks and the cells in each, its heaviest cells, the rest. */
export function formatLoad(r: Responsiveness): string {
  const p = r.profile;
  const cell = (c: CellTime): string => `${c.id} (${c.names}) ${c.ms}`;
  const lines = [
    `${r.path}: longest task on load ${r.load.cpu} ms CPU, ${r.load.longestTask} wall`
  ];
  if (!p) return lines[0]!;
  const other = (list: {what: string; ms: number}[]): string =>
    list
      .slice(0, 6)
      .map((o) => `${o.what || "(anonymous)"} ${o.ms}`)
      .join("; ");
  for (const t of p.longTasks) {
    const cells = t.cells.map(cell).join("; ") || "no cell";
    const rest = t.outside.length ? ` | outside cells: ${other(t.outside)}` : "";
    lines.push(`  task ${Math.round(t.cpu)} ms CPU / ${Math.round(t.wall)} wall: ${cells}${rest}`);
  }
  lines.push(
    `  blocking time at Lighthouse mobile's 4× slowdown, from CPU: ${p.mobileBlocking} ms`
  );
  lines.push(`  heaviest cells (ms CPU): ${p.cells.slice(0, 6).map(cell).join("; ")}`);
  lines.push(`  outside cells: ${other(p.outside)}`);
  for (const e of r.errors) lines.push(`  ${e}`);
  return lines.join("\n");
}

// `npx tsx test/browser/responsiveness.ts <dist> [page …]`: load and every input change;
// `… --load <dist> [page …]`: the load only, profiled by cell.
const cli = process.argv[1]?.endsWith("responsiveness.ts") ? process.argv.slice(2) : [];
if (cli[0] === "--load" && cli[1]) {
  for (const r of await measureSite(cli[1], cli.slice(2), {drive: false, profile: true})) {
    console.log(formatLoad(r));
  }
} else if (cli[0]) {
  const results = await measureSite(cli[0], cli.slice(1));
  for (const r of results) {
    for (const c of r.changes) {
      console.log(`${r.path}\t${c.input} = ${c.value}\t${c.cpu}\t${c.longestTask}`);
    }
    for (const e of r.errors) console.log(`${r.path}\t${e}`);
  }
  console.log(formatTable(results));
}
