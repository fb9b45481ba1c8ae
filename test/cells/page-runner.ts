// Runs a Markdown page's js/ts cells in Node as Framework's client runs them in the browser:
// Framework's parser and transpiler turn each cell into a `define({...})` call, and a port of
// Framework's client `define` (dist/client/main.js) wires those into @observablehq/runtime.
// Needs a DOM (happy-dom, via the test's environment). Framework 1.13.4 internals: the version is pinned.
import {existsSync, readFileSync, readdirSync} from "node:fs";
import {dirname, join, relative, resolve} from "node:path";
import {parse} from "acorn";
import {simple} from "acorn-walk";
import type MarkdownIt from "markdown-it";
import {createMarkdownIt, parseMarkdown} from "@observablehq/framework/dist/markdown.js";
import {transpileJavaScript} from "@observablehq/framework/dist/javascript/transpile.js";
import * as Generators from "@observablehq/framework/dist/client/stdlib/generators/index.js";
import {Runtime, type Variable} from "@observablehq/runtime";
import {Inspector} from "@observablehq/inspector";
import {markdownIt} from "../../observablehq.config.js";
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
export function listPages({fixtures = false, base = repoRoot}: {fixtures?: boolean; base?: string} = {}): string[] {
  const out: string[] = [];
  const visit = (dir: string): void => {
    for (const entry of readdirSync(dir, {withFileTypes: true}).sort((a, b) => a.name.localeCompare(b.name))) {
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
      md.renderer.rules.fence = (tokens, idx, options, env: {code: unknown[]}, self) => {
        const before = env.code.length;
        const html = fence(tokens, idx, options, env, self);
        const line = (tokens[idx]!.map?.[0] ?? 0) + 1 + bodyOffset;
        if (env.code.length > before) fenceLines.push(line);
        else if (html.includes('observablehq--error">SyntaxError')) syntaxErrors.push({where: `${file}:${line}`, message: html.replace(/<[^>]+>/g, "").trim()});
        return html;
      };
      return md;
    }
  });
  // Lines taken by front matter: markdown-it sees only the body.
  const fm = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(input);
  bodyOffset = fm ? fm[0].split("\n").length - 1 : 0;
  const page = parseMarkdown(input, {md, path: `/${relative(docsRoot, join(repoRoot, file)).replace(/\.md$/, "")}`});
  // For inline `${…}` lines: search the text with fenced blocks blanked out (newlines kept).
  const prose = input.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, (block) => block.replace(/[^\n]/g, " "));
  let fenceIndex = 0;
  let searchFrom = 0;
  const cells = page.code.map(({id, node, mode}): Cell => {
    let line: number;
    if (mode === "inline") {
      const at = prose.indexOf("${", searchFrom);
      const found = at >= 0 ? at : 0;
      searchFrom = found + 2;
      line = input.slice(0, found).split("\n").length;
    } else {
      line = fenceLines[fenceIndex++] ?? 0;
    }
    const define = transpileJavaScript(node, {id, path: file, mode, resolveImport: (s) => s});
    return {id, line, mode, source: node.input, define};
  });
  return {cells, body: page.body, syntaxErrors};
}

/** Rewrite `import(…)` expressions to `__import(…)` so the runner resolves them (through vitest). */
function routeImports(code: string): string {
  const ast = parse(code, {ecmaVersion: "latest", sourceType: "module"});
  const edits: number[] = [];
  simple(ast, {ImportExpression: (node) => void edits.push(node.start)});
  for (const start of edits.sort((a, b) => b - a)) code = `${code.slice(0, start)}__${code.slice(start)}`;
  return code;
}

/** Resolve a cell's import the way Framework's build would, but to files vitest can load. */
function importer(file: string, load: (specifier: string) => Promise<unknown>) {
  return (specifier: string): Promise<unknown> => {
    if (specifier.startsWith("npm:") || specifier.startsWith("jsr:") || /^https?:/.test(specifier)) {
      return Promise.reject(new Error(`${specifier}: this import needs the network (CDN); import from node_modules instead`));
    }
    if (specifier.startsWith("observablehq:")) {
      return Promise.reject(new Error(`${specifier}: Framework-internal imports are not supported in cells`));
    }
    if (specifier.startsWith(".") || specifier.startsWith("/")) {
      let target = specifier.startsWith("/") ? join(docsRoot, specifier) : resolve(dirname(join(repoRoot, file)), specifier);
      if (!existsSync(target) && /\.js$/.test(target) && existsSync(target.replace(/\.js$/, ".ts"))) {
        target = target.replace(/\.js$/, ".ts");
      }
      return load(target);
    }
    return load(specifier);
  };
}

function isNode(value: unknown): value is Node {
  return value instanceof Node;
}

/** Find Framework's `<!--:id:-->` placeholders in the rendered body. */
function findRoots(root: Element): Map<string, Comment> {
  const roots = new Map<string, Comment>();
  const iterator = document.createNodeIterator(root, NodeFilter.SHOW_COMMENT);
  for (let node = iterator.nextNode(); node; node = iterator.nextNode()) {
    const data = (node as Comment).data;
    if (/^:[0-9a-f]{8}(?:-\d+)?:$/.test(data)) roots.set(data.slice(1, -1), node as Comment);
  }
  return roots;
}

export interface RunOptions {
  /** Import a module through the test runner's loader (so `.ts` sources work). */
  load: (specifier: string) => Promise<unknown>;
  /** Give up on cells that have not settled after this long. */
  timeoutMs?: number;
}

/**
 * Run every cell of a page and report cells, checks and failures (cells that throw or never
 * settle, checks with data-status="fail", Markdown syntax errors in cells).
 */
export async function runPage(file: string, {load, timeoutMs = 30_000}: RunOptions): Promise<PageResult> {
  const {cells, body, syntaxErrors} = parsePage(file);
  const failures: Failure[] = [...syntaxErrors];
  fixStepMismatch();
  // Only the cells run here: external page scripts (the editor's boot module) are left out.
  document.body.innerHTML = `<main id="observablehq-main">${body.replace(/<script\b[^>]*\bsrc=[^>]*>\s*<\/script>/g, "")}</main>`;
  const main = document.querySelector("main")!;
  failures.push(...mathProblems(file, main));
  const rootsById = findRoots(main);

  const runtime = new Runtime({
    width: () => 640,
    now: () => Date.now(),
    dark: () => false,
    resize: () => (render: (width: number, height?: number) => unknown) => render(640),
    FileAttachment: () => () => {
      throw new Error("FileAttachment is not available in the cell runner");
    },
    Generators: () => Generators
  });
  const module = runtime.module();
  const settled: Promise<void>[] = [];
  const pending = new Set<Cell>();
  const errors: {cell: Cell; error: unknown}[] = [];

  function define(cell: Cell, spec: {id: string; mode?: string; inputs?: string[]; outputs?: string[]; body: unknown}): void {
    const {mode, inputs = [], outputs = [], body} = spec;
    const root = rootsById.get(spec.id);
    if (!root?.parentNode) throw new Error(`${file}:${cell.line}: no placeholder for cell ${spec.id}`);
    const nodes: Node[] = [];
    const clear = (): void => {
      for (const n of nodes) (n as ChildNode).remove();
      nodes.length = 0;
    };
    const show = (node: Node): void => {
      if (node.nodeType === 11) {
        for (let c = node.firstChild; c; c = node.firstChild) nodes.push(c), root.parentNode!.insertBefore(c, root);
      } else {
        nodes.push(node), root.parentNode!.insertBefore(node, root);
      }
    };
    const inspect = (value: unknown): HTMLElement => {
      const div = document.createElement("div");
      new Inspector(div).fulfilled(value);
      return div;
    };
    let done!: () => void;
    settled.push(new Promise<void>((r) => (done = r)).then(() => void pending.delete(cell)));
    pending.add(cell);
    const observer = {
      pending: () => void 0,
      fulfilled: () => done(),
      rejected: (error: unknown) => {
        errors.push({cell, error});
        clear();
        const div = document.createElement("div");
        new Inspector(div).rejected(error);
        div.classList.add("observablehq--error");
        show(div);
        done();
      }
    };
    const v = module.variable(observer, {shadow: {}}) as Variable & {
      _shadow: Map<string, unknown>;
      _version: number;
      _module: unknown;
      constructor: new (...args: unknown[]) => Variable & {_shadow: Map<string, unknown>};
    };
    if (inputs.includes("display") || inputs.includes("view")) {
      let displayVersion = -1;
      const vd = new v.constructor(2, v._module);
      vd.define(
        inputs.filter((i) => i !== "display" && i !== "view"),
        () => {
          const version = v._version;
          return (value: unknown) => {
            if (version < displayVersion) throw new Error("stale display");
            if (version > displayVersion) clear();
            displayVersion = version;
            if (mode === "inline") {
              if (isNode(value)) show(value);
              else if (typeof value === "string" || !(value as Iterable<unknown>)?.[Symbol.iterator]) show(document.createTextNode(String(value)));
              else for (const x of value as Iterable<unknown>) show(isNode(x) ? x : document.createTextNode(String(x)));
            } else {
              show(isNode(value) ? value : inspect(value));
            }
            return value;
          };
        }
      );
      v._shadow.set("display", vd);
      if (inputs.includes("view")) {
        const vv = new v.constructor(2, v._module, null, {shadow: {}});
        vv._shadow.set("display", vd);
        vv.define(["display"], (d: (x: unknown) => Element) => (x: unknown) => Generators.input(d(x)));
        v._shadow.set("view", vv);
      }
    }
    v.define(outputs.length ? `cell ${spec.id}` : null, inputs, body);
    for (const o of outputs) module.variable(true).define(o, [`cell ${spec.id}`], (exports: Record<string, unknown>) => exports[o]);
  }

  // Checks are counted from the page's DOM; the log also catches a failing check that was never displayed.
  const {checkLog} = (await load(join(repoRoot, "src", "notebook", "check.ts"))) as {checkLog: {name: string; pass: boolean}[]};
  const logStart = checkLog.length;
  const __import = importer(file, load);
  for (const cell of cells) {
    try {
      const run = new Function("define", "__import", routeImports(cell.define)) as (d: (s: never) => void, i: typeof __import) => void;
      run((spec) => define(cell, spec), __import);
    } catch (error) {
      failures.push({where: `${file}:${cell.line}`, message: `cell could not be defined: ${String(error)}`});
    }
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = await Promise.race([
    Promise.all(settled).then(() => false),
    new Promise<boolean>((r) => (timer = setTimeout(() => r(true), timeoutMs)))
  ]);
  clearTimeout(timer);
  if (timedOut) {
    for (const cell of pending) failures.push({where: `${file}:${cell.line}`, message: `cell had not settled after ${timeoutMs} ms`});
  }

  // A cell that reads a failed cell's output rejects with the same error: report its origin only.
  const reported = new Set<unknown>();
  for (const {cell, error} of errors.sort((a, b) => a.cell.line - b.cell.line)) {
    if (reported.has(error)) continue;
    reported.add(error);
    const message = error instanceof Error ? `${error.name}: ${error.message}` : `threw ${String(error)}`;
    failures.push({where: `${file}:${cell.line}`, message});
  }

  const checks: CheckSeen[] = Array.from(main.querySelectorAll("[data-check]"), (el) => ({
    name: el.getAttribute("data-check") ?? "",
    status: el.getAttribute("data-status") ?? "",
    detail: el.textContent ?? ""
  }));
  for (const el of main.querySelectorAll("[data-check]")) {
    if (el.getAttribute("data-status") !== "pass") {
      failures.push({where: `${file}:${cellLineOf(el, rootsById, cells)}`, message: `check failed: ${el.textContent}`});
    }
  }
  const shownFailures = checks.filter((c) => c.status !== "pass").map((c) => c.name);
  for (const r of checkLog.slice(logStart)) {
    if (r.pass) continue;
    const shown = shownFailures.indexOf(r.name);
    if (shown >= 0) shownFailures.splice(shown, 1);
    else failures.push({where: file, message: `check failed (not displayed): ${r.name}`});
  }
  runtime.dispose();
  return {file, cells: cells.length, checks, failures};
}

/**
 * Build-time math problems in the page's static HTML (before any cell runs): KaTeX errors, and
 * `$` left in prose, which means a formula was not recognised (e.g. `error$/x$`: a `$` right after a word).
 */
function mathProblems(file: string, main: Element): Failure[] {
  const problems: Failure[] = [];
  for (const el of main.querySelectorAll(".katex-error")) {
    problems.push({where: file, message: `KaTeX error: ${el.getAttribute("title") ?? ""}: ${el.textContent ?? ""}`});
  }
  const prose = main.cloneNode(true) as Element;
  for (const el of prose.querySelectorAll("pre, code, script, style, .katex, .observablehq--error")) el.remove();
  for (const line of (prose.textContent ?? "").split("\n")) {
    if (line.includes("$")) problems.push({where: file, message: `raw $ in prose (a formula was not typeset): ${line.trim().slice(0, 160)}`});
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
