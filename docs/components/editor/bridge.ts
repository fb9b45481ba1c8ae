// The editor's link to the page: each cell's published source (the code shown on the page, see
// src/site/code-cells.ts) and definition, and swapping a cell's definition in Framework's runtime. Everything about
// Framework's internals is in the adapter, src/site/framework.ts.
import {
  connectClient,
  evaluateDefinition,
  publishedDefinitions,
  type CellDefinition,
  type PageClient
} from "../../../src/site/framework.js";

export type {CellDefinition};

/** A live cell as published: source as written, language, and the `define({...})` statement built for it. */
export interface PageCell {
  id: string;
  lang: "js" | "ts";
  source: string;
  /** An import-only cell, shown in the page's Setup block (not editable). */
  setup: boolean;
  /** The built `define({...});` statement, with import URLs made absolute. */
  definition: string;
  /** The URLs the built cell imports, in order (static imports first, then dynamic ones). */
  importUrls: string[];
  /** The names the published cell declares. */
  outputs: string[];
}

let client: Promise<PageClient> | undefined;

function connect(): Promise<PageClient> {
  const id = document.querySelector<HTMLElement>(".wb-bridge")?.dataset.id;
  if (!id) return Promise.reject(new Error("editor: the page has no bridge placeholder"));
  return (client ??= connectClient(document, id));
}

/** Replaces cell `cell.id` (its variables, outputs and displayed nodes) with a new definition; dependents re-run. */
export async function replaceCell(cell: CellDefinition): Promise<void> {
  (await connect()).replace(cell);
}

/** Runs the cell's published definition again (undoing any edit). */
export async function restoreCell(cell: PageCell): Promise<void> {
  await replaceCell(
    evaluateDefinition({id: cell.id, statement: cell.definition, importUrls: [], outputs: []})
  );
}

/** The `<pre><code>` showing a cell's code on the page. */
export function codeElement(id: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`.wb-code[data-cell="${id}"] pre code`);
}

/** Every live cell of the page: sources as shown (or, for setup cells, as shipped), with their definitions. */
export function pageCells(): Map<string, PageCell> {
  const definitions = publishedDefinitions(document);
  const cells = new Map<string, PageCell>();
  for (const holder of document.querySelectorAll<HTMLScriptElement>("script[data-wb-cell]")) {
    const id = holder.dataset.wbCell!;
    const published = definitions.get(id);
    if (!published) continue;
    const data = JSON.parse(holder.textContent ?? "{}") as {
      lang: "js" | "ts";
      setup?: boolean;
      source?: string;
    };
    const source = data.source ?? codeElement(id)?.textContent ?? "";
    cells.set(id, {
      id,
      lang: data.lang,
      source,
      setup: !!data.setup,
      definition: published.statement,
      importUrls: published.importUrls,
      outputs: published.outputs
    });
  }
  return cells;
}

/** The page's source path (`/deep-dive/03-svd`), which relative imports in cells are resolved against. */
export function pagePath(): string {
  return document.querySelector<HTMLElement>(".wb-bridge")?.dataset.path ?? location.pathname;
}
