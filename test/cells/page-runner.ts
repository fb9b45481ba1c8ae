// Runs a Markdown page's js/ts cells in Node as Framework's client runs them in the browser, in the client's phases:
// parse (Framework's parser and transpiler, through the adapter src/site/framework.ts, turn each cell into a
// `define({...})` call), mount the page body, define each cell on a port of the client (client.ts), run until every
// cell settles, then collect what the page shows. Needs a DOM (happy-dom, via the test's environment).
import {existsSync, readFileSync, readdirSync} from "node:fs";
import {dirname, join, relative, resolve} from "node:path";
import {parse} from "acorn";
import {simple} from "acorn-walk";
import type MarkdownIt from "markdown-it";
import {markdownIt} from "../../observablehq.config.js";
import {
  createMarkdownIt,
  findPlaceholders,
  parseMarkdown,
  transpileCell,
  type CellDefinition,
  type RenderEnv
} from "../../src/site/framework.js";
import {createClient, type Client} from "./client.js";
import {fixStepMismatch} from "./dom-fixes.js";

export const repoRoot = resolve(import.meta.dirname, "../..");
export const docsRoot = join(repoRoot, "docs");

/** One js/ts cell (or inline `${…}` expression) of a page. */
export interface Cell {
  id: string;
  /** 1-based line of the cell's opening fence (or of the `${` for inline expressions) in the .md file. */
  line: number;
  mode: string;
  source: string;
  /** Framework's transpiled `define({...})` call for this cell. */
  define: string;
}

export interface Failure {
  /** `docs/…/page.md:line`, clickable in most terminals. */
  where: string;
  message: string;
}

export interface CheckSeen {
  name: string;
  status: string;
  detail: string;
}

export interface PageResult {
  file: string;
  cells: number;
  checks: CheckSeen[];
  failures: Failure[];
}

/** Every page under `docs/` (of `base`, default this repository), as paths relative to `base`; `_fixtures/` only when asked. */
export function listPages({
  fixtures = false,
  base = repoRoot
}: {fixtures?: boolean; base?: string} = {}): string[] {
  const out: string[] = [];
  const visit = (dir: string): void => {
    for (const entry of readdirSync(dir, {withFileTypes: true}).sort((a, b) =>
      a.name.localeCompare(b.name)
    )) {
      if (entry.name.startsWith(".")) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name === "_fixtures" ? fixtures : true) visit(path);
      } else if (entry.name.endsWith(".md")) {
        out.push(relative(base, path));
      }
    }
  };
  visit(join(base, "docs"));
  return out;
}

/** Parse a page with the site's own markdown-it (KaTeX included) and transpile its cells. */
export function parsePage(file: string): {cells: Cell[]; body: string; syntaxErrors: Failure[]} {
  const input = readFileSync(join(repoRoot, file), "utf8");
  const fenceLines: number[] = [];
  const syntaxErrors: Failure[] = [];
  let bodyOffset = 0;
  const md = createMarkdownIt({
    markdownIt: (md: MarkdownIt) => {
      markdownIt(md);
      const fence = md.renderer.rules.fence!;
      md.renderer.rules.fence = (tokens, idx, options, env: RenderEnv, self) => {
        const before = env.code?.length ?? 0;
        const html = fence(tokens, idx, options, env, self);
        const line = (tokens[idx]!.map?.[0] ?? 0) + 1 + bodyOffset;
        if ((env.code?.length ?? 0) > before) fenceLines.push(line);
        else if (html.includes('observablehq--error">SyntaxError'))
          syntaxErrors.push({
            where: `${file}:${line}`,
            message: html.replace(/<[^>]+>/g, "").trim()
          });
        return html;
      };
      return md;
    }
  });
  // Lines taken by front matter: markdown-it sees only the body.
  const fm = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(input);
  bodyOffset = fm ? fm[0].split("\n").length - 1 : 0;
  const page = parseMarkdown(input, {
    md,
    path: `/${relative(docsRoot, join(repoRoot, file)).replace(/\.md$/, "")}`
  });
  // For inline `${…}` lines: search the text with fenced blocks blanked out (newlines kept).
  const prose = input.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, (block) =>
    block.replace(/[^\n]/g, " ")
  );
  let fenceIndex = 0;
  let searchFrom = 0;
  const cells = page.code.map((cell): Cell => {
    const {id, node, mode} = cell;
    let line: number;
    if (mode === "inline") {
      const at = prose.indexOf("${", searchFrom);
      const found = at >= 0 ? at : 0;
      searchFrom = found + 2;
      line = input.slice(0, found).split("\n").length;
    } else {
      line = fenceLines[fenceIndex++] ?? 0;
    }
    const define = transpileCell(cell, file);
    return {id, line, mode, source: node.input, define};
  });
  return {cells, body: page.body, syntaxErrors};
}

/** Rewrite `import(…)` expressions to `__import(…)` so the runner resolves them (through vitest). */
function routeImports(code: string): string {
  const ast = parse(code, {ecmaVersion: "latest", sourceType: "module"});
  const edits: number[] = [];
  simple(ast, {ImportExpression: (node) => void edits.push(node.start)});
  for (const start of edits.sort((a, b) => b - a))
    code = `${code.slice(0, start)}__${code.slice(start)}`;
  return code;
}

/** Resolve a cell's import the way Framework's build would, but to files vitest can load. */
function importer(file: string, load: (specifier: string) => Promise<unknown>) {
  return (specifier: string): Promise<unknown> => {
    if (
      specifier.startsWith("npm:") ||
      specifier.startsWith("jsr:") ||
      /^https?:/.test(specifier)
    ) {
      return Promise.reject(
        new Error(
          `${specifier}: this import needs the network (CDN); import from node_modules instead`
        )
      );
    }
    if (specifier.startsWith("observablehq:")) {
      return Promise.reject(
        new Error(`${specifier}: Framework-internal imports are not supported in cells`)
      );
    }
    if (specifier.startsWith(".") || specifier.startsWith("/")) {
      let target = specifier.startsWith("/")
        ? join(docsRoot, specifier)
        : resolve(dirname(join(repoRoot, file)), specifier);
      if (
        !existsSync(target) &&
        /\.js$/.test(target) &&
        existsSync(target.replace(/\.js$/, ".ts"))
      ) {
        target = target.replace(/\.js$/, ".ts");
      }
      return load(target);
    }
    return load(specifier);
  };
}

export interface RunOptions {
  /** Import a module through the test runner's loader (so `.ts` sources work). */
  load: (specifier: string) => Promise<unknown>;
  /** Give up on cells that have not settled after this long. */
  timeoutMs?: number;
}

/** Mount phase: the page body in a fresh `<main>` (external scripts, such as the editor's boot module, left out). */
function mount(body: string): HTMLElement {
  document.body.innerHTML = `<main id="observablehq-main">${body.replace(/<script\b[^>]*\bsrc=[^>]*>\s*<\/script>/g, "")}</main>`;
  return document.querySelector("main")!;
}

/** What the run phase saw: cells still pending at the end, and each rejection with its cell. */
interface Run {
  settled: Promise<void>[];
  pending: Set<Cell>;
  errors: {cell: Cell; error: unknown}[];
}

/** Define phase: each cell's `define({...})` statement, evaluated with the client's define (and imports routed). */
function defineCells(
  file: string,
  cells: Cell[],
  client: Client,
  load: RunOptions["load"],
  failures: Failure[]
): Run {
  const run: Run = {settled: [], pending: new Set(), errors: []};
  const __import = importer(file, load);
  for (const cell of cells) {
    const define = (definition: CellDefinition): void => {
      let done!: () => void;
      run.settled.push(
        new Promise<void>((r) => (done = r)).then(() => void run.pending.delete(cell))
      );
      run.pending.add(cell);
      client.define(definition, {
        fulfilled: () => done(),
        rejected: (error) => (run.errors.push({cell, error}), done())
      });
    };
    try {
      const statement = new Function("define", "__import", routeImports(cell.define));
      (statement as (d: typeof define, i: typeof __import) => void)(define, __import);
    } catch (error) {
      failures.push({
        where: `${file}:${cell.line}`,
        message: `cell could not be defined: ${String(error)}`
      });
    }
  }
  return run;
}

/** Run phase: wait until every cell has settled once, or the time is up (then the pending cells are failures). */
async function settle(file: string, run: Run, timeoutMs: number): Promise<Failure[]> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = await Promise.race([
    Promise.all(run.settled).then(() => false),
    new Promise<boolean>((r) => (timer = setTimeout(() => r(true), timeoutMs)))
  ]);
  clearTimeout(timer);
  const failures: Failure[] = [];
  if (timedOut) {
    for (const cell of run.pending)
      failures.push({
        where: `${file}:${cell.line}`,
        message: `cell had not settled after ${timeoutMs} ms`
      });
  }
  // A cell that reads a failed cell's output rejects with the same error: report its origin only.
  const reported = new Set<unknown>();
  for (const {cell, error} of run.errors.sort((a, b) => a.cell.line - b.cell.line)) {
    if (reported.has(error)) continue;
    reported.add(error);
    const message =
      error instanceof Error ? `${error.name}: ${error.message}` : `threw ${String(error)}`;
    failures.push({where: `${file}:${cell.line}`, message});
  }
  return failures;
}

/** Collect phase: the checks the page shows, and failing ones (shown, or only logged by check()). */
function collectChecks(
  file: string,
  main: Element,
  roots: Map<string, Comment>,
  cells: Cell[],
  logged: {name: string; pass: boolean}[]
): {checks: CheckSeen[]; failures: Failure[]} {
  const failures: Failure[] = [];
  const checks: CheckSeen[] = Array.from(main.querySelectorAll("[data-check]"), (el) => ({
    name: el.getAttribute("data-check") ?? "",
    status: el.getAttribute("data-status") ?? "",
    detail: el.textContent ?? ""
  }));
  for (const el of main.querySelectorAll("[data-check]")) {
    if (el.getAttribute("data-status") !== "pass") {
      failures.push({
        where: `${file}:${cellLineOf(el, roots, cells)}`,
        message: `check failed: ${el.textContent}`
      });
    }
  }
  const shownFailures = checks.filter((c) => c.status !== "pass").map((c) => c.name);
  for (const r of logged) {
    if (r.pass) continue;
    const shown = shownFailures.indexOf(r.name);
    if (shown >= 0) shownFailures.splice(shown, 1);
    else failures.push({where: file, message: `check failed (not displayed): ${r.name}`});
  }
  return {checks, failures};
}

/**
 * Run every cell of a page and report cells, checks and failures (cells that throw or never
 * settle, checks with data-status="fail", Markdown syntax errors in cells).
 */
export async function runPage(
  file: string,
  {load, timeoutMs = 30_000}: RunOptions
): Promise<PageResult> {
  const {cells, body, syntaxErrors} = parsePage(file);
  fixStepMismatch();
  const main = mount(body);
  const failures: Failure[] = [...syntaxErrors, ...mathProblems(file, main)];
  const roots = findPlaceholders(main);
  const client = createClient(roots);
  // Checks are counted from the page's DOM; the log also catches a failing check that was never displayed.
  const {checkLog} = (await load(join(repoRoot, "src", "notebook", "check.ts"))) as {
    checkLog: {name: string; pass: boolean}[];
  };
  const logStart = checkLog.length;
  const run = defineCells(file, cells, client, load, failures);
  failures.push(...(await settle(file, run, timeoutMs)));
  const collected = collectChecks(file, main, roots, cells, checkLog.slice(logStart));
  client.dispose();
  return {
    file,
    cells: cells.length,
    checks: collected.checks,
    failures: [...failures, ...collected.failures]
  };
}

/**
 * Build-time math problems in the page's static HTML (before any cell runs): KaTeX errors, and
 * `$` left in prose, which means a formula was not recognised (e.g. `error$/x$`: a `$` right after a word).
 */
function mathProblems(file: string, main: Element): Failure[] {
  const problems: Failure[] = [];
  for (const el of main.querySelectorAll(".katex-error")) {
    problems.push({
      where: file,
      message: `KaTeX error: ${el.getAttribute("title") ?? ""}: ${el.textContent ?? ""}`
    });
  }
  const prose = main.cloneNode(true) as Element;
  for (const el of prose.querySelectorAll("pre, code, script, style, .katex, .observablehq--error"))
    el.remove();
  for (const line of (prose.textContent ?? "").split("\n")) {
    if (line.includes("$"))
      problems.push({
        where: file,
        message: `raw $ in prose (a formula was not typeset): ${line.trim().slice(0, 160)}`
      });
  }
  return problems;
}

/** The line of the cell whose output holds `el` (outputs sit just before their cell's placeholder). */
function cellLineOf(el: Element, roots: Map<string, Comment>, cells: Cell[]): number {
  for (const [id, root] of roots) {
    if (el.compareDocumentPosition(root) & Node.DOCUMENT_POSITION_FOLLOWING) {
      return cells.find((c) => c.id === id)?.line ?? 0;
    }
  }
  return 0;
}
