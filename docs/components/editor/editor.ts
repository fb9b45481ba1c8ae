// The in-page cell editor, loaded on the first Edit (or when the URL or storage holds edits): CodeMirror panels that
// take the place of a cell's shown code, Run/Stop/Reset, and the edits kept in the URL hash and localStorage.
// Keyboard: Shift-Enter runs, Tab indents, Escape closes the panel and returns focus to Edit.
// Limits: block `js`/`ts` cells only (not inline `${…}`, jsx/tsx); an edited cell imports only modules the page already
// imports; the loop guard covers loops written in the cell, not library code it calls; edits are keyed by the
// published cell's id (a hash of its text), so an edit to a cell the authors later change is dropped as stale.
import {closeBrackets, closeBracketsKeymap} from "@codemirror/autocomplete";
import {defaultKeymap, history, historyKeymap, indentWithTab} from "@codemirror/commands";
import {javascript} from "@codemirror/lang-javascript";
import {
  bracketMatching,
  HighlightStyle,
  indentOnInput,
  syntaxHighlighting
} from "@codemirror/language";
import {EditorState, Prec} from "@codemirror/state";
import {tags} from "@lezer/highlight";
import {
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightSpecialChars,
  keymap,
  lineNumbers
} from "@codemirror/view";
import {
  codeElement,
  pageCells,
  pagePath,
  replaceCell,
  restoreCell,
  type CellDefinition
} from "./bridge.js";
import type * as Compiler from "./compile.js";
import {createGuard, type Guard} from "./guard.js";
import {
  decodeEdits,
  editsParam,
  encodeEdits,
  storageKey,
  withEditsParam,
  type Edits
} from "./hash.js";

/** The colours of the page's highlighted code (Framework's --syntax-* variables), in light and dark schemes alike. */
const highlightStyle = HighlightStyle.define([
  {tag: [tags.keyword, tags.operatorKeyword, tags.modifier], color: "var(--syntax-keyword)"},
  {
    tag: [tags.function(tags.variableName), tags.definition(tags.function(tags.variableName))],
    color: "var(--syntax-entity)"
  },
  {
    tag: [tags.number, tags.bool, tags.null, tags.atom, tags.literal],
    color: "var(--syntax-constant)"
  },
  {tag: [tags.string, tags.special(tags.string), tags.regexp], color: "var(--syntax-string)"},
  {tag: tags.typeName, color: "var(--syntax-entity)"}, // (--syntax-variable, orange, is under 4.5:1 in light)
  {tag: tags.comment, color: "var(--syntax-comment)"},
  {tag: tags.invalid, color: "var(--theme-red, #c8102e)"}
]);

/** Time an edited cell may run without pausing before its loop guard stops it. */
export const BUDGET_MS = 3000;

const cells = pageCells();
const path = pagePath();
const edits: Edits = {};
const outputsNow = new Map<string, string[]>();
const guards = new Map<string, Guard>();
const panels = new Map<string, {view: EditorView; element: HTMLElement; status: HTMLElement}>();
/** Code to show in a cell's editor instead of its current source (a link's edits, shown before they run). */
const drafts = new Map<string, string>();
/** Each shown cell's published code as the build highlighted it, to put back when an edit is undone. */
const highlighted = new Map<string, string>();

let compiler: Promise<typeof Compiler> | undefined;
let imports: Promise<Map<string, string>> | undefined;

/** The compiler (acorn; its own chunk): fetched when an editor opens, so the editor itself shows sooner. */
function loadCompiler(): Promise<typeof Compiler> {
  return (compiler ??= import("./compile.js"));
}

/** The cell's code as JavaScript: TypeScript stripped by sucrase, which is fetched (once) only for ts cells. */
async function javaScriptOf(code: string, lang: "js" | "ts"): Promise<string> {
  return lang === "ts" ? (await import("./typescript.js")).stripTypes(code) : code;
}

/** Module URLs by importKey, learned by pairing each published cell's imports with the URLs its build loads. */
function importMap(): Promise<Map<string, string>> {
  imports ??= (async () => {
    const {importKey, importSpecifiers} = await loadCompiler();
    const map = new Map<string, string>();
    for (const cell of cells.values()) {
      let specifiers: string[];
      try {
        specifiers = importSpecifiers(await javaScriptOf(cell.source, cell.lang));
      } catch {
        continue;
      }
      if (specifiers.length === cell.importUrls.length)
        specifiers.forEach((s, i) => map.set(importKey(s, path), cell.importUrls[i]));
    }
    return map;
  })();
  return imports;
}

async function resolver(): Promise<(specifier: string) => string> {
  const [{importKey}, map] = await Promise.all([loadCompiler(), importMap()]);
  return (specifier) => {
    const url = map.get(importKey(specifier, path));
    if (url) return url;
    throw new Error(
      `cannot import "${specifier}" here: the published site has only the modules this page imports (${[...map.keys()].join(", ")})`
    );
  };
}

/** The box around a cell's shown code (toolbar, code, and the editor while open); setup cells have none. */
function box(id: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`.wb-code[data-cell="${id}"]`);
}

function editButton(id: string): HTMLButtonElement | null {
  return box(id)?.querySelector<HTMLButtonElement>(".wb-edit") ?? null;
}

/** Shows `source` as the cell's code: the published highlighting when it is the published code, else plain. */
function showCode(id: string, source: string): void {
  const code = codeElement(id);
  if (!code) return;
  if (!highlighted.has(id)) highlighted.set(id, code.innerHTML);
  if (source.trimEnd() === cells.get(id)!.source.trimEnd()) code.innerHTML = highlighted.get(id)!;
  else code.textContent = `${source.trimEnd()}\n`;
}

function report(id: string, text: string, kind: "ok" | "error" | "info"): void {
  const status = panels.get(id)?.status ?? box(id)?.querySelector<HTMLElement>(".wb-status");
  if (!status) return;
  status.textContent = text;
  status.dataset.kind = kind;
}

const describe = (error: unknown): string =>
  error instanceof Error ? `${error.name}: ${error.message}` : String(error);

/** Compiles and runs `source` in place of cell `id`; compile errors become an error cell (shown where the cell is). */
async function run(id: string, source: string): Promise<void> {
  const cell = cells.get(id)!;
  guards.get(id)?.stop();
  const guard = createGuard(BUDGET_MS);
  guards.set(id, guard);
  let definition: CellDefinition;
  try {
    const {compileCell, instantiate} = await loadCompiler();
    const compiled = compileCell(await javaScriptOf(source, cell.lang), cell.lang, {
      resolveImport: await resolver()
    });
    const body = instantiate(compiled, guard.tick, `cell-${id}.js`);
    outputsNow.set(id, compiled.outputs);
    definition = {
      id,
      inputs: compiled.inputs,
      outputs: compiled.outputs,
      body: async (...inputs: unknown[]) => {
        const start = performance.now();
        try {
          const value = await body(...inputs);
          report(id, `ran in ${Math.round(performance.now() - start)} ms`, "ok");
          return value;
        } catch (error) {
          report(id, describe(error), "error");
          throw error;
        }
      }
    };
  } catch (error) {
    report(id, describe(error), "error");
    definition = {
      id,
      outputs: outputsNow.get(id) ?? cell.outputs,
      body: () => Promise.reject(error)
    };
  }
  await replaceCell(definition);
  setEdit(id, source);
}

/** Puts the published cell back. */
async function reset(id: string): Promise<void> {
  const cell = cells.get(id)!;
  guards.get(id)?.stop();
  guards.delete(id);
  outputsNow.delete(id);
  await restoreCell(cell);
  const panel = panels.get(id);
  if (panel)
    panel.view.dispatch({
      changes: {from: 0, to: panel.view.state.doc.length, insert: cell.source.trimEnd()}
    });
  setEdit(id, cell.source);
  report(id, "published version restored", "info");
}

function setEdit(id: string, source: string): void {
  if (source.trimEnd() === cells.get(id)!.source.trimEnd()) delete edits[id];
  else edits[id] = source;
  box(id)?.classList.toggle("wb-edited", id in edits);
  if (!panels.has(id)) showCode(id, source);
  void save();
}

let saving = Promise.resolve();

/** Writes the edits to localStorage and the URL hash (replaceState: no history entry, no scroll). */
function save(): Promise<void> {
  saving = saving.then(async () => {
    const count = Object.keys(edits).length;
    try {
      if (count) localStorage.setItem(storageKey(path), JSON.stringify(edits));
      else localStorage.removeItem(storageKey(path));
    } catch (error) {
      console.warn(
        `editor: edits not saved in this browser (${describe(error)}); the link still has them`
      );
    }
    const hash = withEditsParam(location.hash, count ? await encodeEdits(edits) : null);
    window.history.replaceState(
      window.history.state,
      "",
      `${location.pathname}${location.search}${hash}`
    );
    notice();
  });
  return saving;
}

let stale = 0;

/** Copies a link to this page with the current edits (the address bar may have lost them to a section link). */
async function copyLink(): Promise<void> {
  const hash = withEditsParam("", Object.keys(edits).length ? await encodeEdits(edits) : null);
  await navigator.clipboard?.writeText(
    `${location.origin}${location.pathname}${location.search}${hash}`
  );
}

/** The floating note while edits are active: how many, a shareable link, and Reset all. */
function notice(): void {
  let box = document.querySelector<HTMLElement>(".wb-notice");
  const count = Object.keys(edits).length;
  if (!count && !stale) return void box?.remove();
  if (!box) {
    box = document.createElement("div");
    box.className = "wb-notice";
    box.innerHTML = `<span class="wb-notice-text"></span> <button type="button" class="wb-copy">Copy link</button> <button type="button" class="wb-reset-all">Reset all</button>`;
    box.querySelector(".wb-copy")!.addEventListener("click", () => void copyLink());
    box.querySelector(".wb-reset-all")!.addEventListener("click", () => void resetAll());
    document.body.append(box);
  }
  const staleText = stale
    ? ` (${stale} saved edit${stale > 1 ? "s" : ""} no longer match${stale > 1 ? "" : "es"} this page)`
    : "";
  box.querySelector(".wb-notice-text")!.textContent =
    `${count} edited cell${count === 1 ? "" : "s"} on this page${staleText}`;
}

/** Restores every edited cell and forgets all edits for this page (storage and URL). */
export async function resetAll(): Promise<void> {
  stale = 0;
  for (const id of Object.keys(edits)) await reset(id);
  await save();
}

function openPanel(id: string): {view: EditorView; element: HTMLElement; status: HTMLElement} {
  const cell = cells.get(id)!;
  const element = document.createElement("div");
  element.className = "wb-panel";
  element.innerHTML = `<div class="wb-editor"></div><div class="wb-tools"><button type="button" class="wb-run" title="Run (Shift-Enter)">Run ⇧↵</button> <button type="button" class="wb-stop" title="Stop this cell's loops">Stop</button> <button type="button" class="wb-reset" title="Back to the published cell">Reset</button> <button type="button" class="wb-close">Close</button> <span class="wb-status" role="status"></span><span class="wb-help">Shift-Enter runs · Tab indents · Esc closes · a loop that runs ${BUDGET_MS / 1000} s without pausing is stopped · edits are kept in the link</span></div>`;
  const runNow = (): boolean => (void run(id, view.state.doc.toString()), true);
  const view = new EditorView({
    parent: element.querySelector(".wb-editor")!,
    state: EditorState.create({
      doc: (drafts.get(id) ?? edits[id] ?? cell.source).trimEnd(),
      extensions: [
        lineNumbers(),
        highlightSpecialChars(),
        history(),
        drawSelection(),
        indentOnInput(),
        bracketMatching(),
        closeBrackets(),
        highlightActiveLine(),
        syntaxHighlighting(highlightStyle),
        javascript({typescript: cell.lang === "ts"}),
        Prec.highest(
          keymap.of([
            {key: "Shift-Enter", run: runNow},
            {key: "Mod-Enter", run: runNow},
            {key: "Escape", run: () => (close(id), true)}
          ])
        ),
        EditorView.contentAttributes.of({
          "aria-label": `Code of this ${cell.lang} cell (Tab indents, Escape closes)`
        }),
        keymap.of([...closeBracketsKeymap, ...defaultKeymap, ...historyKeymap, indentWithTab]),
        EditorView.lineWrapping
      ]
    })
  });
  element.querySelector(".wb-run")!.addEventListener("click", runNow);
  element.querySelector(".wb-stop")!.addEventListener("click", () => {
    guards.get(id)?.stop();
    report(id, "stop requested: the cell's next loop step throws", "info");
  });
  element.querySelector(".wb-reset")!.addEventListener("click", () => void reset(id));
  element.querySelector(".wb-close")!.addEventListener("click", () => close(id));
  const panel = {view, element, status: element.querySelector<HTMLElement>(".wb-status")!};
  panels.set(id, panel);
  box(id)!.append(element);
  return panel;
}

/** Closes the editor: the cell's code shows again (as edited, if it is), and focus returns to its Edit button. */
function close(id: string): void {
  const panel = panels.get(id);
  if (!panel) return;
  const focused = panel.element.contains(document.activeElement);
  panel.view.destroy();
  panel.element.remove();
  panels.delete(id);
  showCode(id, edits[id] ?? cells.get(id)!.source); // an edit not run is dropped
  box(id)?.classList.remove("wb-open");
  const button = editButton(id);
  button?.setAttribute("aria-expanded", "false");
  if (focused || document.activeElement === document.body) button?.focus();
}

/** Opens (or focuses) the editor under cell `id`; `clickedAt` (performance.now()) times the first open. */
export function open(id: string, clickedAt?: number): void {
  const element = box(id);
  if (!cells.has(id) || !element) return;
  if (!highlighted.has(id)) highlighted.set(id, codeElement(id)?.innerHTML ?? "");
  const panel = panels.get(id) ?? openPanel(id);
  element.classList.add("wb-open");
  element.dataset.fold = "open"; // Edit on folded or hidden code opens it
  element.querySelector(".wb-fold")?.setAttribute("aria-expanded", "true");
  editButton(id)?.setAttribute("aria-expanded", "true");
  panel.view.focus();
  void importMap(); // fetch the compiler while the reader reads and types
  if (clickedAt !== undefined && !document.documentElement.dataset.wbFirstEditMs) {
    requestAnimationFrame(() => {
      const ms = performance.now() - clickedAt;
      document.documentElement.dataset.wbFirstEditMs = ms.toFixed(1);
      console.info(`editor: first edit ready ${ms.toFixed(0)} ms after the click`);
    });
  }
}

/** Closes the editor if it is open, else opens it. */
export function toggle(id: string, clickedAt?: number): void {
  if (panels.has(id)) close(id);
  else open(id, clickedAt);
}

function storedEdits(): Edits {
  try {
    return JSON.parse(localStorage.getItem(storageKey(path)) ?? "{}") as Edits;
  } catch {
    return {};
  }
}

const sameEdits = (a: Edits, b: Edits): boolean =>
  Object.keys(a).length === Object.keys(b).length &&
  Object.entries(a).every(([id, source]) => b[id] === source);

/** Runs saved edits in place of their cells; those whose cell is gone (the page changed) are counted as stale. */
async function apply(saved: Edits): Promise<void> {
  for (const [id, source] of Object.entries(saved)) {
    if (cells.has(id) && typeof source === "string") await run(id, source);
    else stale++;
  }
  document.documentElement.dataset.wbRestored = String(Object.keys(saved).length - stale);
  await save();
}

/**
 * A link's edits are code from someone else: they run only when the reader asks (Run), can be read first in the
 * editors (Show the code: panels open with the link's code, not run), or dropped (Ignore: the reader's own saved
 * edits, if any, run instead).
 */
function offer(linked: Edits, own: Edits): void {
  const known = Object.keys(linked).filter((id) => cells.has(id));
  const box = document.createElement("div");
  box.className = "wb-offer";
  box.innerHTML = `<span></span> <button type="button" class="wb-offer-run">Run them</button> <button type="button" class="wb-offer-show">Show the code</button> <button type="button" class="wb-offer-ignore">Ignore</button>`;
  box.querySelector("span")!.textContent =
    `This link carries edits to ${known.length} cell${known.length === 1 ? "" : "s"}; they run in your browser only if you ask.`;
  const done = (): void => box.remove();
  box.querySelector(".wb-offer-run")!.addEventListener("click", () => (done(), void apply(linked)));
  box.querySelector(".wb-offer-show")!.addEventListener("click", () => {
    done();
    for (const id of known) {
      drafts.set(id, linked[id]);
      open(id);
    }
  });
  box.querySelector(".wb-offer-ignore")!.addEventListener("click", () => (done(), void apply(own)));
  document.body.append(box);
}

/**
 * On load: the reader's own saved edits (localStorage) run at once; a link's edits (URL hash) that differ from them
 * wait for the reader's consent (see offer).
 */
export async function restore(): Promise<void> {
  const param = editsParam(location.hash);
  const own = storedEdits();
  let linked: Edits | null = null;
  try {
    linked = param ? await decodeEdits(param) : null;
  } catch (error) {
    console.warn(`editor: could not read the edits in this link: ${describe(error)}`);
  }
  if (linked && !sameEdits(linked, own)) offer(linked, own);
  else await apply(own);
}
