// @vitest-environment happy-dom
// One fault-injection pass: runs every page's cells (with whatever fault FAULT names injected) and writes,
// per page, how often the faulted routines were called and which checks failed. Never fails by itself:
// test/faults/run.ts compares the passes.
import {mkdirSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {it} from "vitest";
import {listPages, repoRoot, runPage} from "../cells/page-runner.js";
import {callCounter} from "./faults.js";

/** What one page did under the fault. */
export interface PageOutcome {
  file: string;
  calls: number;
  failedChecks: string[];
  /** Cells that threw or never settled (a fault may also be caught that way). */
  cellErrors: string[];
  checks: number;
}

const load = (specifier: string): Promise<unknown> => import(/* @vite-ignore */ specifier);

it("runs every page under the fault", async () => {
  const g = globalThis as Record<string, unknown>;
  const outcomes: PageOutcome[] = [];
  for (const file of listPages()) {
    g[callCounter] = 0;
    const r = await runPage(file, {load});
    const failedChecks = r.checks.filter((c) => c.status !== "pass").map((c) => c.name);
    const hidden = r.failures.filter((f) => f.message.startsWith("check failed (not displayed)"));
    outcomes.push({
      file,
      calls: Number(g[callCounter]),
      failedChecks: [
        ...failedChecks,
        ...hidden.map((f) => f.message.replace(/^check failed \(not displayed\): /, ""))
      ],
      cellErrors: r.failures
        .filter((f) => !f.message.startsWith("check failed"))
        .map((f) => `${f.where}: ${f.message}`),
      checks: r.checks.length
    });
  }
  const dir = join(repoRoot, "test-results", "faults");
  mkdirSync(dir, {recursive: true});
  writeFileSync(
    join(dir, `${process.env.FAULT || "none"}.json`),
    JSON.stringify(outcomes, null, 1)
  );
});
