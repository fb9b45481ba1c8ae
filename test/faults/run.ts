// `npm run test:faults`: runs every page's cells once clean and once per fault (faults.ts), and prints which
// checks caught each fault on each page. Fails if the clean pass is not green, if a fault was never exercised,
// or if a page that called a faulted routine caught nothing and insensitive.ts gives no reason.
import {spawn} from "node:child_process";
import {existsSync, mkdirSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {repoRoot} from "../cells/page-runner.js";
import {faults} from "./faults.js";
import {insensitive} from "./insensitive.js";
import type {PageOutcome} from "./pages.test.js";

const out = join(repoRoot, "test-results", "faults");
const only = process.argv.slice(2);

/** Problems met while running the passes (an unhandled error in a pass is one). */
const problems: string[] = [];

/** One pass of every page's cells under `fault` ("" for none); resolves to the per-page outcomes. */
function pass(fault: string): Promise<PageOutcome[]> {
  const file = join(out, `${fault || "none"}.json`);
  rmSync(file, {force: true});
  return new Promise((done, fail) => {
    const args = ["vitest", "run", "--config", "test/faults/vitest.config.ts", "--reporter=dot"];
    const env = {...process.env, FAULT: fault};
    const child = spawn("npx", args, {cwd: repoRoot, env, stdio: ["ignore", "ignore", "pipe"]});
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => void (stderr += chunk.toString()));
    child.on("exit", (code) => {
      if (!existsSync(file))
        return fail(new Error(`fault pass ${fault || "(none)"} wrote no report:\n${stderr}`));
      if (code !== 0)
        problems.push(`pass ${fault || "(none)"} exited with ${code}: ${firstError(stderr)}`);
      done(JSON.parse(readFileSync(file, "utf8")) as PageOutcome[]);
    });
  });
}

/** The first error line of a pass's output (Vitest prints unhandled errors there). */
function firstError(stderr: string): string {
  const plain = stderr.replace(/\x1b\[[0-9;]*m/g, "");
  return /^(?:\w*Error|TypeError|RangeError)\b.*$/m.exec(plain)?.[0] ?? "(see its output)";
}

/** Run tasks two at a time (this machine has two cores). */
async function pooled<T>(tasks: (() => Promise<T>)[], width = 2): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]!();
    }
  };
  await Promise.all(Array.from({length: width}, worker));
  return results;
}

const page = (file: string): string => file.replace(/^docs\//, "").replace(/\.md$/, "");

async function main(): Promise<void> {
  mkdirSync(out, {recursive: true});
  const chosen = faults.filter((f) => only.length === 0 || only.includes(f.name));
  const [clean, ...faulted] = await pooled([
    () => pass(""),
    ...chosen.map((f) => () => pass(f.name))
  ]);
  for (const p of clean!) {
    if (p.failedChecks.length || p.cellErrors.length)
      problems.push(`clean pass: ${p.file} is not green`);
  }
  const lines = ["# Fault injection: which checks catch which fault", ""];
  lines.push(
    "| fault | pages where it acted | caught | missed (explained) | missed (unexplained) |",
    "|---|---|---|---|---|"
  );
  const detail: string[] = [];
  chosen.forEach((fault, i) => {
    const outcomes = faulted[i]!;
    const calling = outcomes.filter((p) => p.calls > 0);
    if (calling.length === 0) problems.push(`${fault.name}: no page called the faulted routine`);
    const caught = calling.filter((p) => p.failedChecks.length > 0 || p.cellErrors.length > 0);
    const missed = calling.filter((p) => !caught.includes(p));
    const reasons = insensitive[fault.name] ?? {};
    const unexplained = missed.filter((p) => !reasons[p.file]);
    for (const p of unexplained)
      problems.push(
        `${fault.name}: ${p.file} : the fault acted ${p.calls}× and no check caught it`
      );
    lines.push(
      `| ${fault.name} | ${calling.length} | ${caught.length} | ${missed.length - unexplained.length} | ${unexplained.length} |`
    );
    detail.push(
      "",
      `## ${fault.name}: ${fault.what}`,
      "",
      "| page | acted | checks caught it | of | examples |",
      "|---|---|---|---|---|"
    );
    for (const p of calling) {
      const examples =
        p.failedChecks.slice(0, 3).join("; ") +
        (p.cellErrors.length ? ` (cell errors: ${p.cellErrors.length})` : "");
      const note = missed.includes(p) ? (reasons[p.file] ?? "**MISSED**") : examples;
      detail.push(
        `| ${page(p.file)} | ${p.calls} | ${p.failedChecks.length} | ${p.checks} | ${note.replace(/\|/g, "\\|")} |`
      );
    }
  });
  const report = [
    ...lines,
    ...detail,
    "",
    problems.length ? `## Problems\n\n${problems.map((p) => `- ${p}`).join("\n")}` : "No problems."
  ].join("\n");
  writeFileSync(join(out, "report.md"), report + "\n");
  console.log(report);
  if (problems.length) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
