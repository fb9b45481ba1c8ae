// Loaded on every page with live cells (a few KB): an Edit control under each cell. The editor itself (CodeMirror,
// sucrase, acorn) is imported on the first Edit, or at once when the URL or localStorage holds edits for this page.
import type * as Editor from "./editor.js";
import {editsParam, storageKey} from "./hash.js";

const STYLE = `
.wb-bar{display:flex;gap:.5em;align-items:center;justify-content:flex-end;min-height:1.2em;margin:.2em 0;font:12px var(--sans-serif);color:var(--theme-foreground-faint)}
.wb-bar button,.wb-panel button,.wb-notice button,.wb-offer button{font:inherit;font-size:12px;padding:1px 8px;border:1px solid var(--theme-foreground-faintest);border-radius:4px;background:var(--theme-background);color:var(--theme-foreground-muted);cursor:pointer}
.wb-bar button:hover,.wb-panel button:hover,.wb-notice button:hover,.wb-offer button:hover{color:var(--theme-foreground-focus);border-color:currentColor}
.wb-bar .wb-edit{opacity:.55}.wb-bar:hover .wb-edit,.wb-bar.wb-open .wb-edit,.wb-bar.wb-edited .wb-edit{opacity:1}
.wb-bar.wb-edited::before{content:"edited";color:var(--theme-foreground-focus)}
.wb-bar .wb-status:empty{display:none}
.wb-panel{margin:0 0 1em;border:1px solid var(--theme-foreground-faintest);border-radius:6px;overflow:hidden;background:var(--theme-background-alt)}
.wb-panel .cm-editor{font:13px/1.5 var(--monospace);max-height:32em}.wb-panel .cm-editor.cm-focused{outline:none}
.wb-panel .cm-scroller{font:inherit}.wb-panel .cm-gutters{background:transparent;border:none;color:var(--theme-foreground-faint)}
.wb-panel .cm-activeLine,.wb-panel .cm-activeLineGutter{background:color-mix(in srgb,var(--theme-foreground-focus) 6%,transparent)}
.wb-tools{display:flex;flex-wrap:wrap;gap:.4em;align-items:center;padding:4px 8px;border-top:1px solid var(--theme-foreground-faintest);font:12px var(--sans-serif)}
.wb-status{color:var(--theme-foreground-muted);font:12px var(--sans-serif)}.wb-help{margin-left:auto;color:var(--theme-foreground-faint)}.wb-status[data-kind=error]{color:var(--theme-red, #d33)}
.wb-notice,.wb-offer{position:fixed;right:1em;bottom:1em;z-index:10;padding:6px 10px;border:1px solid var(--theme-foreground-faintest);border-radius:6px;background:var(--theme-background);font:12px var(--sans-serif);box-shadow:0 2px 8px rgba(0,0,0,.15)}.wb-offer{max-width:36em;border-color:var(--theme-foreground-focus)}
`;

let editor: Promise<typeof Editor> | undefined;

/** The editor, bundled by bundle.ts (one file, fetched once: on the first hover, focus or click of an Edit button). */
function loadEditor(): Promise<typeof Editor> {
  return (editor ??= import("./generated/editor.js"));
}

/** Saved edits for this page, if storage is readable (it can throw in private modes). */
function hasSavedEdits(path: string): boolean {
  try {
    return localStorage.getItem(storageKey(path)) !== null;
  } catch {
    return false;
  }
}

/** Each cell's element (Framework's `<div class="observablehq">` around its `<!--:id:-->` placeholder), by cell id. */
function cellElements(): Map<string, Element> {
  const out = new Map<string, Element>();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_COMMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const id = /^:([0-9a-f]{8}(?:-\d+)?):$/.exec((node as Comment).data)?.[1];
    if (id && node.parentElement) out.set(id, node.parentElement);
  }
  return out;
}

/**
 * Puts an Edit bar at the end of each editable cell's element, after Framework's placeholder (so displayed output,
 * which goes before it, is untouched) and inside the element (so the page's top-level nodes stay as built: the live
 * preview patches them by position).
 */
function setup(): void {
  const holders = document.querySelectorAll<HTMLScriptElement>("script[data-wb-cell]");
  if (!holders.length) return;
  const elements = cellElements();
  const style = document.createElement("style");
  style.textContent = STYLE;
  document.head.append(style);
  for (const holder of holders) {
    const id = holder.dataset.wbCell!;
    const element = elements.get(id);
    if (!element) continue;
    const bar = document.createElement("div");
    bar.className = "wb-bar";
    bar.dataset.cell = id;
    bar.innerHTML = `<span class="wb-status" role="status"></span><button type="button" class="wb-edit" title="Edit this cell and re-run it in the page">Edit</button>`;
    const button = bar.querySelector("button")!;
    button.addEventListener("click", () => {
      const clickedAt = performance.now();
      void loadEditor().then((e) => e.toggle(id, clickedAt));
    });
    for (const type of ["pointerenter", "focus"]) button.addEventListener(type, () => void loadEditor(), {once: true});
    element.append(bar);
  }
  const path = document.querySelector<HTMLElement>(".wb-bridge")?.dataset.path ?? location.pathname;
  if (editsParam(location.hash) || hasSavedEdits(path)) void loadEditor().then((e) => e.restore());
  addEventListener("hashchange", () => {
    if (editsParam(location.hash) !== null) location.reload();
  });
}

setup();
