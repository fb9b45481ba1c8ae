// @vitest-environment happy-dom
// Runs every page's cells (docs/**/*.md) as the page would, and fails on a cell that throws or a failing check.
import {afterAll, describe, expect, it} from "vitest";
import {readFileSync} from "node:fs";
import katexModule from "@vscode/markdown-it-katex";
import type {PluginWithOptions} from "markdown-it";
import {createMarkdownIt, parseMarkdown} from "../src/site/framework.js";
import {join} from "node:path";
import {listPages, parsePage, repoRoot, runPage, type PageResult} from "./cells/page-runner.js";
import {ledger} from "../docs/claims/index.js";

const katexPlugin = ((katexModule as {default?: unknown}).default ??
  katexModule) as PluginWithOptions;

const load = (specifier: string): Promise<unknown> => import(/* @vite-ignore */ specifier);
const report: PageResult[] = [];

/** The check log the pages write to (the same module instance the runner loads). */
async function checkLog(): Promise<{name: string; pass: boolean; claim?: string}[]> {
  const mod = (await load(join(repoRoot, "src", "notebook", "check.ts"))) as {
    checkLog: {name: string; pass: boolean; claim?: string}[];
  };
  return mod.checkLog;
}

/** Ledger problems of one page: claims it should check but does not, and checks naming unknown claims. */
function claimProblems(file: string, named: string[]): string[] {
  const page = "/" + file.replace(/^docs\//, "").replace(/\.md$/, "");
  const known = new Set(ledger.map((c) => c.id));
  const unknown = [...new Set(named.filter((id) => !known.has(id)))].map(
    (id) => `${file}: a check names claim ${id}, which is not in the ledger (docs/claims/)`
  );
  const missing = ledger
    .filter((c) => c.page === page && !named.includes(c.id))
    .map((c) => `${file}: ledger claim ${c.id} has no check on its page ("${c.claim}")`);
  return [...unknown, ...missing];
}

describe("every cell of every page runs", () => {
  const pages = listPages();
  it("finds the pages", () => expect(pages).toContain("docs/index.md"));
  it("the ledger's ids are unique", () => {
    const ids = ledger.map((c) => c.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
  for (const file of pages) {
    it(file, async () => {
      const log = await checkLog();
      const logStart = log.length;
      const result = await runPage(file, {load});
      report.push(result);
      const named = log.slice(logStart).flatMap((r) => (r.claim ? [r.claim] : []));
      const failures = [
        ...result.failures.map((f) => `${f.where}: ${f.message}`),
        ...claimProblems(file, named)
      ].join("\n");
      expect(failures, `${file} has failing cells or checks, or claims without checks`).toBe("");
    });
  }
  afterAll(() => {
    const width = Math.max(...report.map((r) => r.file.length));
    console.log(
      [
        "cells run per page:",
        ...report.map(
          (r) =>
            `  ${r.file.padEnd(width)}  ${String(r.cells).padStart(3)} cells  ${String(r.checks.length).padStart(3)} checks  ${r.failures.length ? `${r.failures.length} FAILED` : "ok"}`
        )
      ].join("\n")
    );
  });
});

describe("the runner catches broken pages (docs/_fixtures, not published)", () => {
  it("names the page and line of a cell that throws, and keeps running the others", async () => {
    const r = await runPage("docs/_fixtures/throws.md", {load});
    expect(r.cells).toBe(3);
    expect(r.failures).toEqual([
      {where: "docs/_fixtures/throws.md:15", message: "Error: fixture: this cell throws on purpose"}
    ]);
    expect(document.querySelector("main")!.textContent).toContain("after the throwing cell: 42");
    expect(document.querySelectorAll(".observablehq--error")).toHaveLength(1);
  });

  it("names the page, line and check of a failing check", async () => {
    const r = await runPage("docs/_fixtures/failing-check.md", {load});
    expect(r.checks).toEqual([expect.objectContaining({name: "one equals two", status: "fail"})]);
    expect(r.failures).toHaveLength(2);
    expect(r.failures[0]!.where).toBe("docs/_fixtures/failing-check.md:14");
    expect(r.failures[0]!.message).toMatch(/^check failed: .*one equals two/);
    expect(r.failures[1]).toEqual({
      where: "docs/_fixtures/failing-check.md",
      message: "check failed (not displayed): hidden: π is 3"
    });
  });
});

describe("math and live values share the dollar sign (docs/_fixtures/math-and-values.md)", () => {
  const file = "docs/_fixtures/math-and-values.md";

  it("keeps every ${…} a live value and typesets every $…$", async () => {
    const {cells, body} = parsePage(file);
    expect(cells.filter((c) => c.mode === "inline").map((c) => c.source.trim())).toEqual([
      "n",
      "m",
      "n * m",
      "n",
      "m",
      "m - n"
    ]);
    expect(cells.find((c) => c.source.includes("m - n"))!.line).toBe(16);
    expect(body.match(/class="katex"/g)).toHaveLength(4);
    expect(body).toContain('class="katex-display"');
    expect(body).toContain("(F)"); // \tag
    const r = await runPage(file, {load});
    expect(r.failures).toEqual([]);
    const text = document.querySelector("main")!.textContent!.replace(/\s+/g, " ");
    expect(text).toContain("With 3 rows and 4 columns");
    expect(text).toContain("has 12 entries");
    expect(text).toContain("then 1.");
  });

  it("would lose live values to the math rule without the config's fix", () => {
    const md = createMarkdownIt({markdownIt: (md) => md.use(katexPlugin)});
    const page = parseMarkdown(readFileSync(file, "utf8"), {
      md,
      path: "/_fixtures/math-and-values"
    });
    expect(page.code.filter((c) => c.mode === "inline").length).toBeLessThan(6);
  });
});

describe("a cell that does not parse (docs/_fixtures/syntax-error.md)", () => {
  it("fails with the page, the line and the parser's message", async () => {
    const r = await runPage("docs/_fixtures/syntax-error.md", {load});
    expect(r.cells).toBe(2);
    expect(document.querySelector("main")!.textContent).toContain("after the broken cell: 42");
    expect(r.failures).toHaveLength(1);
    expect(r.failures[0]!.where).toBe("docs/_fixtures/syntax-error.md:14");
    expect(r.failures[0]!.message).toMatch(/^SyntaxError: Unexpected token/);
  });
});

describe("a formula left untypeset (docs/_fixtures/raw-dollar.md)", () => {
  it("fails on a raw $ in the prose, naming the page and the text", async () => {
    const r = await runPage("docs/_fixtures/raw-dollar.md", {load});
    expect(r.failures).toHaveLength(1);
    expect(r.failures[0]!.where).toBe("docs/_fixtures/raw-dollar.md");
    expect(r.failures[0]!.message).toContain("raw $ in prose");
    expect(r.failures[0]!.message).toContain("error$/(\\kappa\\varepsilon)$");
  });
});
