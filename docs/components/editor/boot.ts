// Loaded on every page with live cells (about 1 KB gzipped): the code tools around each cell's shown code (markup from
// src/site/code-cells.ts, style in docs/components/code.css): hide or show all code (remembered across pages), fold
// one cell, Copy, and Edit. The editor itself (CodeMirror, sucrase, acorn) is imported on the first Edit (or on
// hovering or focusing an Edit button), or at once when the URL or localStorage holds edits for this page.
import type * as Editor from "./editor.js";
import {editsParam, storageKey} from "./hash.js";

/** localStorage key of the reader's choice (src/site/code-cells.ts sets the attribute from it before paint). */
const CODE_STATE_KEY = "workbook-code";

let editor: Promise<typeof Editor> | undefined;

/** The editor bundle (src/site/bundle.ts): fetched once. */
function loadEditor(): Promise<typeof Editor> {
  return (editor ??= import("./generated/editor.js"));
}

function readStorage(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null; // storage can throw in private modes
  }
}

const root = document.documentElement;
const allHidden = (): boolean => root.dataset.wbCode === "hidden";

/** Is a cell's code shown? Its own fold wins over the page-wide choice. */
function shown(box: HTMLElement): boolean {
  return box.dataset.fold ? box.dataset.fold === "open" : !allHidden();
}

/** Brings the fold controls' state in line with what shows (the page-wide button's label follows by CSS). */
function sync(): void {
  for (const box of document.querySelectorAll<HTMLElement>(".wb-code")) {
    box.querySelector(".wb-fold")?.setAttribute("aria-expanded", String(shown(box)));
  }
}

function setAllHidden(hidden: boolean): void {
  if (hidden) root.dataset.wbCode = "hidden";
  else delete root.dataset.wbCode;
  try {
    localStorage.setItem(CODE_STATE_KEY, hidden ? "hidden" : "shown");
  } catch {
    // the choice then lasts for this page only
  }
  for (const box of document.querySelectorAll<HTMLElement>(".wb-code")) delete box.dataset.fold;
  sync();
}

async function copy(box: HTMLElement, button: HTMLButtonElement): Promise<void> {
  const text = (box.querySelector("pre code")?.textContent ?? "").trimEnd();
  let label = "Copied";
  try {
    await navigator.clipboard.writeText(`${text}\n`);
  } catch {
    label = "Copy failed";
  }
  button.textContent = label;
  setTimeout(() => void (button.textContent = "Copy"), 1500);
}

function onClick(event: MouseEvent): void {
  const button = (event.target as Element).closest<HTMLButtonElement>("button");
  if (!button) return;
  if (button.classList.contains("wb-code-all")) return setAllHidden(!allHidden());
  const box = button.closest<HTMLElement>(".wb-code");
  if (!box) return;
  if (button.classList.contains("wb-fold")) {
    box.dataset.fold = shown(box) ? "closed" : "open";
    sync();
  } else if (button.classList.contains("wb-copy")) {
    void copy(box, button);
  } else if (button.classList.contains("wb-edit")) {
    const clickedAt = performance.now();
    void loadEditor().then((e) => e.toggle(box.dataset.cell!, clickedAt));
  }
}

/** Fetch the editor as soon as a reader points at or tabs to an Edit button. */
function onIntent(event: Event): void {
  if ((event.target as Element).closest?.(".wb-edit")) void loadEditor();
}

function setup(): void {
  if (!document.querySelector(".wb-code, .wb-page-code")) return;
  sync();
  document.addEventListener("click", onClick);
  document.addEventListener("pointerover", onIntent, {passive: true});
  document.addEventListener("focusin", onIntent);
  const path = document.querySelector<HTMLElement>(".wb-bridge")?.dataset.path ?? location.pathname;
  if (editsParam(location.hash) || readStorage(storageKey(path)) !== null) {
    void loadEditor().then((e) => e.restore());
  }
  addEventListener("hashchange", () => {
    if (editsParam(location.hash) !== null) location.reload();
  });
}

setup();
