// Hostile input, as a reader might type it: every input of every page of the built site is driven
// to its min, its max and a few bad values (−5, 0.5, NaN, "abc", empty, 1e400), and after each
// change the page must show no raw error (thrown, or an error class name),
// no failing check and no raw true/false/NaN/undefined. Also prints the longest main-thread task
// after a change, per page (no budget asserted yet). INPUTS_TEST=skip skips the test;
// INPUTS_PAGES=/index,/claims drives only those pages; INPUTS_DIST=<folder> tests that built site.
import {existsSync, readFileSync} from "node:fs";
import {join, relative} from "node:path";
import type {Browser, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, inject, it} from "vitest";
import {listPages, repoRoot} from "../cells/page-runner.js";
import {executablePath, launch, longestTask, openPage} from "./audit.js";

const required = process.env.REQUIRE_BROWSER === "1";
const missing = !existsSync(executablePath);
const skip = process.env.INPUTS_TEST === "skip";
const BAD = ["-5", "0.5", "NaN", "abc", "", "1e400"];
/** Error class names a reader must never see. */
const ERROR_NAMES = [
  "TypeError",
  "RangeError",
  "ReferenceError",
  "LinAlgError",
  "ShapeError",
  "NonFiniteError",
  "SingularMatrixError",
  "NotPositiveDefiniteError",
  "ConvergenceError"
];

/** One control of the page: how to find it again, and what to try on it. */
interface Control {
  index: number;
  kind: "slider" | "box" | "select" | "toggle";
  name: string;
  tries: string[];
  /** The value at load, put back after the tries. */
  initial: string;
}

/** Every control in the page's content (not the editor), with the values to try. */
async function controls(page: Page): Promise<Control[]> {
  return page.evaluate((bad) => {
    const main = document.getElementById("observablehq-main")!;
    const all = Array.from(main.querySelectorAll<HTMLInputElement>("input, select"));
    const out: Control[] = [];
    const nameOf = (el: Element): string =>
      el.getAttribute("aria-label") ??
      (el.id && document.querySelector(`label[for="${el.id}"]`)?.textContent) ??
      el.closest("form")?.querySelector("label")?.textContent ??
      el.getAttribute("name") ??
      el.tagName.toLowerCase();
    all.forEach((el, index) => {
      if (el.closest(".cm-editor, [hidden]") || (el as HTMLInputElement).type === "hidden") return;
      const name = nameOf(el).trim();
      const type = (el as HTMLInputElement).type;
      const initial = el.value;
      if (el instanceof HTMLSelectElement) {
        const options = Array.from(el.options, (o) => o.value);
        const tries = [options[0]!, options.at(-1)!];
        out.push({index, kind: "select", name, initial, tries});
      } else if (type === "checkbox" || type === "radio") {
        out.push({index, kind: "toggle", name, initial: "click", tries: ["click"]});
      } else if (type === "range") {
        const tries = [el.min || "0", el.max || "100"];
        out.push({index, kind: "slider", name, initial, tries});
      } else if (type === "text" || type === "number") {
        const form = el.closest("form");
        const slider = form?.querySelector<HTMLInputElement>("input[type=range]");
        const ends = [
          form?.dataset.min ?? slider?.min ?? el.getAttribute("min"),
          form?.dataset.max ?? slider?.max ?? el.getAttribute("max")
        ];
        const finite = ends.filter((x): x is string => x != null && isFinite(Number(x)));
        out.push({index, kind: "box", name, initial, tries: [...finite, ...bad]});
      }
    });
    return out;
  }, BAD);
}

/** Set a control to `value` as a reader would: typing fires "input"; a one-box form submits. */
async function drive(page: Page, control: Control, value: string): Promise<void> {
  await page.evaluate(
    ({index, kind, value}) => {
      const main = document.getElementById("observablehq-main")!;
      const el = main.querySelectorAll<HTMLInputElement>("input, select")[index]!;
      if (kind === "toggle") return el.click();
      el.value = value;
      el.dispatchEvent(new Event("input", {bubbles: true}));
      el.dispatchEvent(new Event("change", {bubbles: true}));
      const form = el.closest("form");
      const submit = form?.querySelector("button[type=submit], button:not([type])");
      const oneBox = form?.querySelectorAll("input").length === 1;
      if (kind === "box" && submit instanceof HTMLButtonElement && oneBox) submit.click();
    },
    {index: control.index, kind: control.kind, value}
  );
}

/** Wait until no cell is pending, then a little longer for follow-up renders. */
async function settle(page: Page): Promise<void> {
  await page.waitForTimeout(120);
  const settled = (): boolean => !document.querySelector("observablehq-loading");
  await page.waitForFunction(settled, null, {timeout: 20_000});
  await page.waitForTimeout(80);
}

/** What is wrong on the page now: raw errors, failing checks, raw values (vs counts at load). */
async function problems(page: Page, words0: Record<string, number>): Promise<string[]> {
  const found = await page.evaluate(() => {
    const main = document.getElementById("observablehq-main")!;
    const out: string[] = [];
    const text = (e: Element): string => e.textContent?.slice(0, 160) ?? "";
    for (const e of main.querySelectorAll(".observablehq--error")) out.push(`error: ${text(e)}`);
    for (const e of main.querySelectorAll("[data-check]")) {
      const status = e.getAttribute("data-status");
      if (status !== "pass") out.push(`check ${status}: ${text(e)}`);
    }
    const primitives = ".observablehq--boolean, .observablehq--undefined, .observablehq--null";
    for (const e of main.querySelectorAll(primitives)) out.push(`raw value printed: ${text(e)}`);
    return out;
  });
  const words = await rawWords(page);
  for (const [word, n] of Object.entries(words)) {
    const more = n - (words0[word] ?? 0);
    if (more > 0) found.push(`raw "${word}" in the page (${more} more than at load)`);
  }
  return found;
}

/** Counts of NaN, undefined, Infinity and error names in the page's text (not code or math). */
async function rawWords(page: Page): Promise<Record<string, number>> {
  return page.evaluate((names) => {
    const clone = document.getElementById("observablehq-main")!.cloneNode(true) as HTMLElement;
    const code = "pre, code, .katex, script, style, input, select";
    for (const el of clone.querySelectorAll(code)) el.remove();
    const text = clone.textContent ?? "";
    const counts: Record<string, number> = {};
    for (const word of ["NaN", "undefined", "Infinity", ...names]) {
      counts[word] = text.match(new RegExp(`\\b${word}\\b`, "g"))?.length ?? 0;
    }
    return counts;
  }, ERROR_NAMES);
}

/** The published pages, as URL paths (INPUTS_PAGES=/index,/claims keeps only those). */
const site = inject("site"); // built once for all browser tests (global-setup.ts)
const source = site.source || repoRoot;
const frontMatter = (file: string): string =>
  /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(source, file), "utf8"))?.[1] ?? "";
const only = process.env.INPUTS_PAGES?.split(",");
const pages = listPages({base: source})
  .filter((file) => !/^draft:\s*true\s*$/m.test(frontMatter(file)))
  .map((file) => `/${relative("docs", file).replace(/\.md$/, "")}`)
  .filter((path) => !only || only.includes(path));

describe.skipIf((missing && !required) || skip)("hostile input on every page", () => {
  let browser: Browser;
  let base = "";
  let close = async (): Promise<void> => undefined;
  const report: string[] = [];

  beforeAll(async () => {
    if (missing) throw new Error(`REQUIRE_BROWSER=1 but ${executablePath} is missing`);
    // INPUTS_DIST: test an already built site instead of the shared one.
    ({browser, base, close} = await launch(process.env.INPUTS_DIST ?? site.dist));
  });

  afterAll(async () => {
    const title = "inputs driven (controls, changes, longest task after a change):";
    if (report.length) console.log([title, ...report.sort()].join("\n"));
    await close();
  });

  for (const path of pages) {
    it(`${path}: no raw error, no failing check, nothing printed raw`, async () => {
      const failures: string[] = [];
      const page = await openPage(browser, `${base}${path}`);
      const words0 = await rawWords(page);
      const atLoad = new Set(await problems(page, words0));
      for (const p of atLoad) failures.push(`at load: ${p}`);
      const list = await controls(page);
      let changes = 0,
        longest = 0;
      for (const control of list) {
        for (const value of [...control.tries, control.initial]) {
          await longestTask(page, true);
          await drive(page, control, value);
          await settle(page);
          changes++;
          longest = Math.max(longest, await longestTask(page, true));
          const found = (await problems(page, words0)).filter((p) => !atLoad.has(p));
          const what = `${control.kind} "${control.name}" = ${JSON.stringify(value)}`;
          for (const p of found) failures.push(`${what}: ${p}`);
          if (found.length) {
            await drive(page, control, control.initial); // the other values would repeat the report
            await settle(page);
            break;
          }
        }
      }
      await page.context().close();
      const counts = `${String(list.length).padStart(3)} controls, ${changes} changes`;
      report.push(`  ${path.padEnd(40)} ${counts.padEnd(24)} ${longest.toFixed(0).padStart(5)} ms`);
      expect(failures.join("\n"), `hostile input on ${path}`).toBe("");
    });
  }
});
