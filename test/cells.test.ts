// @vitest-environment happy-dom
// Runs every page's cells (docs/**/*.md) as the page would, and fails on a cell that throws or a failing check.
import {afterAll, describe, expect, it} from "vitest";
import {listPages, runPage, type PageResult} from "./cells/page-runner.js";

const load = (specifier: string): Promise<unknown> => import(/* @vite-ignore */ specifier);
const report: PageResult[] = [];

describe("every cell of every page runs", () => {
  const pages = listPages();
  it("finds the pages", () => expect(pages).toContain("docs/index.md"));
  for (const file of pages) {
    it(file, async () => {
      const result = await runPage(file, {load});
      report.push(result);
      const failures = result.failures.map((f) => `${f.where}: ${f.message}`).join("\n");
      expect(failures, `${file} has failing cells or checks`).toBe("");
    });
  }
  afterAll(() => {
    const width = Math.max(...report.map((r) => r.file.length));
    console.log(
      ["cells run per page:", ...report.map((r) => `  ${r.file.padEnd(width)}  ${String(r.cells).padStart(3)} cells  ${String(r.checks.length).padStart(3)} checks  ${r.failures.length ? `${r.failures.length} FAILED` : "ok"}`)].join("\n")
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
    expect(r.failures).toHaveLength(1);
    expect(r.failures[0]!.where).toBe("docs/_fixtures/failing-check.md:14");
    expect(r.failures[0]!.message).toMatch(/^check failed: .*one equals two/);
  });
});
