// The one adapter to Observable Framework's internals (it has no public API; the version is pinned). Everything
// in this project that depends on how Framework 1.13.4 works inside goes through this module, and its types are in
// framework-internals.d.ts:
// - build side (Node): parsing a page (createMarkdownIt, parseMarkdown), transpiling a cell, the `${…}` placeholder
//   rule, the cells a fence produced, the client's generators (for the cell runner);
// - page side (browser, bundled into the editor): the placeholder comments `<!--:id:-->`, the page's generated
//   module script (`define({...})` calls and the client's URL), and the client's runtime, reached through `define`;
//   and (served to every page, docs/components/cells-in-tasks.ts) each cell body in a task of its own.
// The Node-only modules load only under Node (a top-level await below), so the editor bundle and pages can include
// this file.
import type MarkdownIt from "markdown-it";
import type {RuleInline} from "markdown-it/lib/parser_inline.mjs";
import type * as Markdown from "@observablehq/framework/dist/markdown.js";
import type {CodeCell, JavaScriptNode} from "@observablehq/framework/dist/markdown.js";
import type * as Transpile from "@observablehq/framework/dist/javascript/transpile.js";
import type * as GeneratorsModule from "@observablehq/framework/dist/client/stdlib/generators/index.js";

export type {
  CodeCell,
  JavaScriptNode,
  MarkdownPage
} from "@observablehq/framework/dist/markdown.js";

/** The Framework version this adapter was written against, and the only one it accepts. */
export const FRAMEWORK_VERSION = "1.13.4";

interface NodeSide {
  markdown: typeof Markdown;
  transpile: typeof Transpile;
  generators: typeof GeneratorsModule;
  globals: Set<string>;
}

/** Throws unless `installed` is the version this adapter knows. */
export function checkFrameworkVersion(installed: string): void {
  if (installed !== FRAMEWORK_VERSION) {
    throw new Error(
      `@observablehq/framework ${installed} is installed, but src/site/framework.ts is written for ` +
        `${FRAMEWORK_VERSION} (it uses internals that change between versions). Install ${FRAMEWORK_VERSION}, ` +
        `or port the adapter and its types (src/site/framework-internals.d.ts) to ${installed}.`
    );
  }
}

/**
 * Imports a Node-side module. The specifier is a variable on purpose: Framework also serves this
 * module to pages (cellsInTasks, below) and follows every literal import in it, which would bundle
 * Framework's build code (and esbuild) for the browser.
 */
const load = (specifier: string): Promise<unknown> => import(/* @vite-ignore */ specifier);

async function loadNodeSide(): Promise<NodeSide> {
  const {createRequire} = (await load("node:module")) as typeof import("node:module");
  const {readFileSync} = (await load("node:fs")) as typeof import("node:fs");
  const packageJson = createRequire(import.meta.url).resolve(
    "@observablehq/framework/package.json"
  );
  checkFrameworkVersion(
    (JSON.parse(readFileSync(packageJson, "utf8")) as {version: string}).version
  );
  const dist = "@observablehq/framework/dist";
  const [markdown, transpile, generators, globals] = await Promise.all([
    load(`${dist}/markdown.js`) as Promise<typeof Markdown>,
    load(`${dist}/javascript/transpile.js`) as Promise<typeof Transpile>,
    load(`${dist}/client/stdlib/generators/index.js`) as Promise<typeof GeneratorsModule>,
    load(`${dist}/javascript/globals.js`) as Promise<{defaultGlobals: Set<string>}>
  ]);
  return {markdown, transpile, generators, globals: globals.defaultGlobals};
}

const nodeSide: NodeSide | null = (globalThis as {process?: {versions?: {node?: string}}}).process
  ?.versions?.node
  ? await loadNodeSide()
  : null;

function node(): NodeSide {
  if (!nodeSide)
    throw new Error("src/site/framework.ts: Framework's build-side modules run in Node only");
  return nodeSide;
}

// ---------------------------------------------------------------------------------------------------------------
// Build side (Node)

/** Framework's markdown-it instance, with the site's plugins applied by `markdownIt` (the config's hook). */
export function createMarkdownIt(
  options: {markdownIt?: (md: MarkdownIt) => MarkdownIt} = {}
): MarkdownIt {
  return node().markdown.createMarkdownIt(options);
}

/** A page as Framework parses it: front matter, rendered body, title, and its code cells in page order. */
export function parseMarkdown(
  input: string,
  options: {md: MarkdownIt; path: string}
): Markdown.MarkdownPage {
  return node().markdown.parseMarkdown(input, options);
}

/** The `define({...})` statement Framework's build writes for a cell (imports left as written). */
export function transpileCell(cell: CodeCell, path: string): string {
  const {id, node: body, mode} = cell;
  return node().transpile.transpileJavaScript(body, {id, path, mode, resolveImport: (s) => s});
}

/** The client's generators (`Generators.input` turns a displayed input into its values, for `view`). */
export function generators(): typeof GeneratorsModule {
  return node().generators;
}

/** Globals a cell may read without them becoming inputs (Framework's `defaultGlobals`). */
export function defaultGlobals(): Set<string> {
  return node().globals;
}

/** What Framework's render context (`env`) holds while a page renders: its code cells so far, and its path. */
export interface RenderEnv {
  code?: CodeCell[];
  path?: string;
}

/**
 * The block cell Framework's fence renderer defined for the fence just rendered (`before` = env.code.length before
 * the call), or undefined when the fence is not a live cell (a non-live language, `run=false`, a syntax error).
 */
export function cellDefinedBy(env: RenderEnv, before: number): CodeCell | undefined {
  const code = env.code ?? [];
  return code.length > before ? code[code.length - 1] : undefined;
}

/** Does the cell only import (no statement but import declarations)? */
export function isImportOnly(cell: CodeCell): boolean {
  const program = cell.node.body as {type: string; body?: {type: string}[]};
  return (
    program.type === "Program" &&
    !!program.body?.length &&
    program.body.every((s) => s.type === "ImportDeclaration")
  );
}

/**
 * Registers Framework's inline `${…}` rule again, before the first of `ruleNames` (math plugins that would
 * otherwise read `${a} … ${b}` as TeX). Framework pushes the rule as "placeholder".
 */
export function placeholderBefore(md: MarkdownIt, ruleNames: string[]): void {
  const rules = (md.inline.ruler as unknown as {__rules__: {name: string; fn: RuleInline}[]})
    .__rules__;
  const placeholder = rules.find((r) => r.name === "placeholder");
  if (!placeholder) throw new Error("Framework's inline placeholder rule was not found");
  const first = rules.find((r) => ruleNames.includes(r.name));
  if (!first) throw new Error(`none of the inline rules ${ruleNames.join(", ")} is registered`);
  md.inline.ruler.before(first.name, "placeholder_before_math", placeholder.fn);
}

/** Options for a fence token that make Framework's fence renderer print it as code only (its own echo). */
export const ECHO_ONLY = "run=false";

// ---------------------------------------------------------------------------------------------------------------
// Page side (browser)

/** The cell id in a placeholder comment's data (`:0123abcd:` or `:0123abcd-1:`), or undefined. */
export function placeholderId(data: string): string | undefined {
  return /^:([0-9a-f]{8}(?:-\d+)?):$/.exec(data)?.[1];
}

/** Framework's placeholder comments under `root`, by cell id (each cell's output goes just before its own). */
export function findPlaceholders(root: Node): Map<string, Comment> {
  const out = new Map<string, Comment>();
  const walker = root.ownerDocument!.createTreeWalker(root, 128 /* NodeFilter.SHOW_COMMENT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const id = placeholderId((n as Comment).data);
    if (id) out.set(id, n as Comment);
  }
  return out;
}

/** Framework's cell definition, as a built page's `define({...})` calls pass it. */
export interface CellDefinition {
  id: string;
  mode?: "inline" | "jsx";
  inputs?: string[];
  outputs?: string[];
  body: (...inputs: any[]) => unknown;
}

/** A published cell's `define({...});` statement, with its import URLs made absolute. */
export interface PublishedDefinition {
  id: string;
  /** The statement; evaluate it with a `define` parameter to get the definition (see evaluateDefinition). */
  statement: string;
  /** The URLs the cell imports, in order (static imports first, then dynamic ones). */
  importUrls: string[];
  /** The names the cell declares. */
  outputs: string[];
}

const DEFINE = /^define\(\{id: "([0-9a-f]{8}(?:-\d+)?)"/gm;
const IMPORT_URL = /\bimport\("([^"]+)"\)/g;
const CLIENT_IMPORT = /^import \{(?:open, )?define\} from ("[^"]+");$/m;
/** The head of a `define({...})` statement: the cell's id, the names it reads, the names it defines. */
const CELL_HEAD = new RegExp(
  String.raw`^define\(\{id: "([0-9a-f]{8}(?:-\d+)?)"(?:, mode: "\w+")?` +
    String.raw`(?:, inputs: (\[[^\]]*\]))?(?:, outputs: (\[[^\]]*\]))?`,
  "gm"
);

/** A cell of a built page: its id, the names it reads and the names it defines. */
export interface PageCell {
  id: string;
  inputs: string[];
  outputs: string[];
}

/** The cells a built page's module script defines, read from the page's HTML or the script. */
export function pageCells(text: string): PageCell[] {
  return [...text.matchAll(CELL_HEAD)].map((m) => ({
    id: m[1]!,
    inputs: JSON.parse(m[2] ?? "[]") as string[],
    outputs: JSON.parse(m[3] ?? "[]") as string[]
  }));
}

/** A built page's HTML with `statement` added to its module script, after the client's import. */
export function addModuleImport(html: string, statement: string): string {
  if (!CLIENT_IMPORT.test(html))
    throw new Error("the page has no module script that defines cells");
  return html.replace(CLIENT_IMPORT, (line) => `${line}\n${statement}`);
}

/** The page's generated module script (the one that imports the client's `define`). */
function moduleScript(document: Document): string {
  const scripts = [...document.querySelectorAll("script[type=module]:not([src])")];
  return scripts.map((s) => s.textContent ?? "").find((text) => CLIENT_IMPORT.test(text)) ?? "";
}

/** Every cell's published definition, read from the page's generated module script. */
export function publishedDefinitions(document: Document): Map<string, PublishedDefinition> {
  const text = moduleScript(document);
  const starts = [...text.matchAll(DEFINE)];
  const out = new Map<string, PublishedDefinition>();
  starts.forEach((m, i) => {
    const end = i + 1 < starts.length ? starts[i + 1]!.index : text.length;
    const statement = text
      .slice(m.index, end)
      .trim()
      .replace(
        IMPORT_URL,
        (_, url: string) => `import(${JSON.stringify(new URL(url, document.baseURI).href)})`
      );
    out.set(m[1]!, {
      id: m[1]!,
      statement,
      importUrls: [...statement.matchAll(IMPORT_URL)].map((u) => u[1]!),
      outputs: pageCells(statement)[0]?.outputs ?? []
    });
  });
  return out;
}

/** The definition a published `define({...})` statement passes. */
export function evaluateDefinition(published: PublishedDefinition): CellDefinition {
  let definition: CellDefinition | undefined;
  const run = new Function("define", published.statement) as (
    d: (c: CellDefinition) => void
  ) => void;
  run((c) => void (definition = c));
  if (!definition)
    throw new Error(`the published statement of cell ${published.id} did not define it`);
  return definition;
}

interface Variable {
  _observer: unknown;
  _inputs: Variable[];
  _module: {_runtime: Runtime};
  delete(): void;
}

interface Runtime {
  _variables: Set<Variable>;
}

/** A placeholder comment; the client keeps the nodes it displayed for the cell in `_nodes`. */
type Root = Comment & {_nodes?: ChildNode[]};

/** The page's client (the module the page's script imports `define` from): the same instance, so the same runtime. */
export interface PageClient {
  define(cell: CellDefinition): void;
  /** Replaces a cell (its variables, outputs and displayed nodes) with a new definition; dependents re-run. */
  replace(cell: CellDefinition): void;
}

/**
 * Connects to the page's client. `bridgeId` names a placeholder in the page whose cell is defined here with the
 * runtime's `@variable` builtin as its one input: a built page's client exports only `define`, so that is the way
 * to its runtime.
 */
export async function connectClient(document: Document, bridgeId: string): Promise<PageClient> {
  const specifier = CLIENT_IMPORT.exec(moduleScript(document))?.[1];
  if (!specifier) throw new Error("the page has no module script importing Framework's client");
  const url = new URL(JSON.parse(specifier) as string, document.baseURI).href;
  const {define} = (await import(/* @vite-ignore */ url)) as {
    define: (cell: CellDefinition) => void;
  };
  const runtime = await new Promise<Runtime>((resolve) =>
    define({
      id: bridgeId,
      inputs: ["@variable"],
      body: (v: Variable) => void resolve(v._module._runtime)
    })
  );
  return {
    define,
    replace(cell) {
      const root = findPlaceholders(document.body).get(cell.id) as Root | undefined;
      if (!root) throw new Error(`no placeholder for cell ${cell.id}`);
      const element = root.parentNode;
      const all = [...runtime._variables];
      const own = all.filter((v) => (v._observer as {_node?: unknown} | null)?._node === element);
      const outputs = all.filter((v) => v._inputs.length === 1 && own.includes(v._inputs[0]!));
      for (const v of [...own, ...outputs]) v.delete();
      for (const n of root._nodes ?? []) n.remove();
      if (root._nodes) root._nodes.length = 0;
      define(cell);
    }
  };
}

/** The Observable runtime's class, as the page's client imports it (`/_observablehq/runtime.js`). */
export interface RuntimeClass {
  new (): {module(): {variable(): object}; dispose(): void};
}

/** What the client's cell variables carry: the observer it gives them holds the cell's `_node`. */
interface CellVariable {
  _observer: unknown;
  _version: number;
}

const isCell = (v: CellVariable): boolean =>
  typeof v._observer === "object" && v._observer !== null && "_node" in v._observer;

/** Marks the runtime's Variable prototype once it starts cell bodies in tasks of their own. */
const IN_TASKS = Symbol.for("workbook.cellsInTasks");

/**
 * Makes each cell body the page's client defines start in a task of its own, after `nextTask()`.
 * The runtime computes every ready cell in one promise chain inside an animation frame, so without
 * this a page's cells ran as one long task, before the first paint; with it, the frame paints and
 * each body is a task the browser can fit input and rendering between. Order is kept (bodies start
 * in the order the runtime reached them), and so are reactivity, generators, `view` and
 * invalidation: only the start of a body moves. A body whose cell re-ran while it waited is not run
 * (the runtime drops the stale result). Call it from a module script in the head, before the page's
 * module script defines cells. Throws if the runtime is not shaped as this adapter expects.
 */
export function cellsInTasks(runtime: RuntimeClass, nextTask: () => Promise<unknown>): void {
  const probe = new runtime();
  const variable = probe.module().variable();
  const proto = Object.getPrototypeOf(variable) as {
    define?: (this: CellVariable, ...args: unknown[]) => unknown;
    [IN_TASKS]?: true;
  };
  probe.dispose();
  if (typeof proto.define !== "function" || !("_version" in variable)) {
    throw new Error("cellsInTasks: the Observable runtime is not the one Framework 1.13.4 ships");
  }
  if (proto[IN_TASKS]) return;
  const define = proto.define;
  proto.define = function (this: CellVariable, ...args: unknown[]): unknown {
    const body = args.at(-1);
    if (typeof body === "function" && isCell(this)) {
      const cell = this;
      args[args.length - 1] = async function (this: unknown, ...inputs: unknown[]) {
        const version = cell._version;
        await nextTask();
        if (cell._version !== version) throw new Error("stale cell run"); // the runtime drops it
        return (body as (...a: unknown[]) => unknown).apply(this, inputs);
      };
    }
    return define.apply(this, args);
  };
  proto[IN_TASKS] = true;
}
