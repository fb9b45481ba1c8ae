// The editor's link to the page: each cell's published source and definition, and swapping a cell's definition in
// Framework's reactive runtime the way its live preview does (delete the cell's variables, then `define` again).
// Framework 1.13.4 internals (the version is pinned): the built client exports only `define`, so the runtime is reached
// through a placeholder cell whose one input is the runtime's `@variable` builtin.
import {define, type CellDefinition} from "observablehq:client";

interface Variable {
  _observer: unknown;
  _inputs: Variable[];
  _module: {_runtime: Runtime};
  delete(): void;
}

interface Runtime {
  _variables: Set<Variable>;
}

/** Framework's placeholder comment `<!--:id:-->`; the client keeps the nodes it displayed in `_nodes`. */
type Root = Comment & {_nodes?: ChildNode[]};

/** A live cell as published: source as written, language, and the `define({...})` call Framework built for it. */
export interface PageCell {
  id: string;
  lang: "js" | "ts";
  source: string;
  /** The built `define({...});` statement, with import URLs made absolute. */
  definition: string;
  /** The URLs the built cell imports, in order (static imports first, then dynamic ones). */
  importUrls: string[];
  /** The names the published cell declares. */
  outputs: string[];
}

let runtime: Promise<Runtime> | undefined;

function reachRuntime(): Promise<Runtime> {
  runtime ??= new Promise((resolve, reject) => {
    const id = document.querySelector<HTMLElement>(".wb-bridge")?.dataset.id;
    if (!id) return reject(new Error("editor: the page has no bridge placeholder (is sourcePlugin registered?)"));
    define({id, inputs: ["@variable"], body: (variable: Variable) => void resolve(variable._module._runtime)});
  });
  return runtime;
}

function findRoot(id: string): Root {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_COMMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if ((node as Comment).data === `:${id}:`) return node as Root;
  throw new Error(`editor: no placeholder for cell ${id}`);
}

/** Replaces cell `cell.id` (its variables, outputs and displayed nodes) with a new definition; dependents re-run. */
export async function replaceCell(cell: CellDefinition): Promise<void> {
  const rt = await reachRuntime();
  const root = findRoot(cell.id);
  const node = root.parentNode;
  const own = [...rt._variables].filter((v) => (v._observer as {_node?: unknown} | null)?._node === node);
  const outputs = [...rt._variables].filter((v) => v._inputs.length === 1 && own.includes(v._inputs[0]));
  for (const v of [...own, ...outputs]) v.delete();
  for (const n of root._nodes ?? []) n.remove();
  if (root._nodes) root._nodes.length = 0;
  define(cell);
}

/** Runs the cell's published definition again (undoing any edit). */
export async function restoreCell(cell: PageCell): Promise<void> {
  const run = new Function("define", cell.definition) as (define: (c: CellDefinition) => void) => void;
  let definition: CellDefinition | undefined;
  run((c) => void (definition = c));
  if (!definition) throw new Error(`editor: the published definition of cell ${cell.id} did not define it`);
  await replaceCell(definition);
}

const DEFINE = /^define\(\{id: "([0-9a-f]{8}(?:-\d+)?)"/gm;
const IMPORT_URL = /\bimport\("([^"]+)"\)/g;

/** Every editable cell of the page: sources from sourcePlugin's JSON, definitions from the page's module script. */
export function pageCells(): Map<string, PageCell> {
  const script = [...document.querySelectorAll("script[type=module]:not([src])")].find((s) => s.textContent?.includes('define({id: "'));
  const text = script?.textContent ?? "";
  const starts = [...text.matchAll(DEFINE)];
  const definitions = new Map<string, string>();
  starts.forEach((m, i) => {
    const chunk = text.slice(m.index, i + 1 < starts.length ? starts[i + 1].index : text.length).trim();
    definitions.set(m[1], chunk.replace(IMPORT_URL, (_, url: string) => `import(${JSON.stringify(new URL(url, document.baseURI).href)})`));
  });
  const cells = new Map<string, PageCell>();
  for (const holder of document.querySelectorAll<HTMLScriptElement>("script[data-wb-cell]")) {
    const id = holder.dataset.wbCell!;
    const definition = definitions.get(id);
    if (!definition) continue;
    const {lang, source} = JSON.parse(holder.textContent ?? "{}") as {lang: "js" | "ts"; source: string};
    const importUrls = [...definition.matchAll(IMPORT_URL)].map((m) => m[1]);
    const outputs = JSON.parse(/^define\(\{id: "[^"]+",(?: mode: "\w+",)?(?: inputs: \[[^\]]*\],)? outputs: (\[[^\]]*\])/.exec(definition)?.[1] ?? "[]") as string[];
    cells.set(id, {id, lang, source, definition, importUrls, outputs});
  }
  return cells;
}

/** The page's source path (`/deep-dive/03-svd`), which relative imports in cells are resolved against. */
export function pagePath(): string {
  return document.querySelector<HTMLElement>(".wb-bridge")?.dataset.path ?? location.pathname;
}
