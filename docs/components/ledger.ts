// The claims page's parts: the summary by verdict, the filters, the ledger table with live status,
// and a runner that opens every page in a hidden frame so its checks run in this browser.
import type {LedgerRow, Verdict} from "../claims/index.js";
import {claimStatusKey, type ClaimStatus} from "../src/notebook/check.js";

/** What the checks of one claim computed in this browser. */
export type Status = Record<string, ClaimStatus>;

/** The filters a reader sets; empty strings mean "all". */
export interface LedgerFilter {
  text: string;
  section: string;
  verdict: string;
  search: string;
}

const verdictWords: Record<Verdict, string> = {
  false: "false",
  imprecise: "imprecise",
  conditional: "true under a condition",
  true: "true"
};

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** What this browser's localStorage holds of the checks (empty where nothing ran yet). */
export function readStatus(): Status {
  try {
    return JSON.parse(localStorage.getItem(claimStatusKey) ?? "{}") as Status;
  } catch {
    return {};
  }
}

/** "pass", "fail" or "not run" for one claim, from its recorded checks. */
export function claimState(status: Status, id: string): "pass" | "fail" | "not run" {
  const checks = Object.values(status[id]?.checks ?? {});
  if (checks.length === 0) return "not run";
  return checks.every(Boolean) ? "pass" : "fail";
}

/** A table of claim counts: one row per text, one column per verdict. */
export function ledgerSummary(
  rows: LedgerRow[],
  verdicts: Verdict[],
  texts: Record<string, string>
): HTMLTableElement {
  const head = el("tr", {}, el("th", {scope: "col"}, "text"));
  for (const v of verdicts)
    head.append(el("th", {scope: "col", className: "num"}, verdictWords[v]));
  head.append(el("th", {scope: "col", className: "num"}, "all"));
  const body = el("tbody");
  for (const [key, title] of Object.entries(texts)) {
    const mine = rows.filter((r) => r.text === key);
    const tr = el("tr", {}, el("th", {scope: "row"}, `${key}: ${title}`));
    for (const v of verdicts)
      tr.append(el("td", {className: "num"}, String(mine.filter((r) => r.verdict === v).length)));
    tr.append(el("td", {className: "num"}, String(mine.length)));
    body.append(tr);
  }
  return el("table", {className: "num-table ledger-summary"}, el("thead", {}, head), body);
}

/** The rows a filter keeps. */
export function filterLedger(rows: LedgerRow[], f: LedgerFilter): LedgerRow[] {
  const words = f.search.trim().toLowerCase();
  return rows.filter(
    (r) =>
      (!f.text || r.text === f.text) &&
      (!f.section || `${r.text}-${r.section}` === f.section) &&
      (!f.verdict || r.verdict === f.verdict) &&
      (!words ||
        `${r.id} ${r.claim} ${r.reason} ${r.condition ?? ""}`.toLowerCase().includes(words))
  );
}

function select(label: string, name: string, options: [string, string][]): HTMLLabelElement {
  const s = el("select", {name});
  for (const [value, text] of options) s.append(el("option", {value}, text));
  return el("label", {}, `${label} `, s);
}

/** Filter controls (text, section, verdict, words); use with view(): the value is a LedgerFilter. */
export function ledgerFilters(rows: LedgerRow[], verdicts: Verdict[]): HTMLFormElement {
  const sections = [...new Set(rows.map((r) => `${r.text}-${r.section}`))];
  const form = el(
    "form",
    {className: "ledger-filters"},
    select("Text", "text", [
      ["", "both"],
      ["DD", "Deep Dive"],
      ["MD", "Derivations"]
    ]),
    select("Section", "section", [["", "all"], ...sections.map((s): [string, string] => [s, s])]),
    select("Verdict", "verdict", [
      ["", "all"],
      ...verdicts.map((v): [string, string] => [v, verdictWords[v]])
    ]),
    el("label", {}, "Words ", el("input", {type: "search", name: "search"}))
  );
  const read = (): LedgerFilter => {
    const data = new FormData(form);
    const get = (k: string): string => String(data.get(k) ?? "");
    return {
      text: get("text"),
      section: get("section"),
      verdict: get("verdict"),
      search: get("search")
    };
  };
  Object.defineProperty(form, "value", {get: read});
  form.addEventListener("submit", (e) => e.preventDefault());
  form.addEventListener("change", () => form.dispatchEvent(new Event("input", {bubbles: true})));
  return form;
}

/** The status cell's class and text for one claim. */
function statusView(status: Status, id: string): {className: string; text: string} {
  const state = claimState(status, id);
  const n = Object.keys(status[id]?.checks ?? {}).length;
  const text =
    state === "not run"
      ? "not run here yet"
      : `${state === "pass" ? "✓" : "✗"} ${n} check${n === 1 ? "" : "s"}`;
  return {className: `ledger-status ledger-${state.replace(" ", "-")}`, text};
}

/** `node` with an explicit ARIA role (the stylesheet lays the table out as grids, see ledger.css). */
function role<T extends Element>(node: T, name: string): T {
  node.setAttribute("role", name);
  return node;
}

/**
 * The ledger as a table: id, claim, verdict, reason, decided by, live status, link to the check.
 * With `anchors` (one table per page only), each row is the target of its badges' links (#DD-3.4).
 */
export function ledgerTable(
  rows: LedgerRow[],
  status: Status,
  {anchors = false} = {}
): HTMLTableElement {
  const cols = ["claim", "text says", "verdict", "why", "checked by", "status here", "check"];
  const head = role(el("tr"), "row");
  for (const c of cols) head.append(role(el("th", {scope: "col"}, c), "columnheader"));
  const body = role(el("tbody"), "rowgroup");
  const cell = (props: Partial<HTMLTableCellElement>, child: Node | string) =>
    role(el("td", props, child), "cell");
  for (const r of rows) {
    const why = r.condition ? `${r.reason} Condition: ${r.condition}` : r.reason;
    const page = r.page.split("/")[2];
    const link = el("a", {href: `${r.page}#claim=${r.id}`}, `${page} →`);
    link.setAttribute("aria-label", `${page}: ${r.id} on its page`); // starts with the visible text
    const {className, text} = statusView(status, r.id);
    const tr = el(
      "tr",
      {className: `ledger-row verdict-${r.verdict}`, ...(anchors ? {id: r.id} : {})},
      role(el("th", {scope: "row"}, r.id), "rowheader"),
      cell({}, r.claim),
      cell({className: "ledger-verdict"}, verdictWords[r.verdict]),
      cell({}, why),
      cell({}, r.decidedBy),
      cell({className}, text),
      cell({}, link)
    );
    tr.dataset.claimRow = r.id;
    // Its height until first laid out (the longest text at about 20 characters a line).
    const chars = Math.max(r.claim.length, why.length, r.decidedBy.length);
    tr.style.containIntrinsicSize = `auto ${(1.2 * Math.ceil(chars / 20) + 0.5).toFixed(1)}em`;
    body.append(role(tr, "row"));
  }
  const table = role(
    el("table", {className: "ledger-table"}, role(el("thead", {}, head), "rowgroup"), body),
    "table"
  );
  if (anchors && typeof location !== "undefined" && location.hash.length > 1) {
    const target = body.querySelector<HTMLElement>(
      `[id="${CSS.escape(decodeURIComponent(location.hash.slice(1)))}"]`
    );
    if (target) {
      target.classList.add("ledger-target");
      const centre = () => target.scrollIntoView({block: "center"});
      // Rows that come into view are laid out a frame later (content-visibility): centre again then.
      setTimeout(() => {
        centre();
        requestAnimationFrame(() => requestAnimationFrame(centre));
      }, 0);
    }
  }
  return table;
}

/**
 * Show only the rows of `shown` in a table that ledgerTable built: the others get `hidden`. The rows
 * are built once and only toggled, and rows off screen skip layout, so a filter change stays cheap.
 * Returns `shown`.
 */
export function showOnly(table: HTMLTableElement, shown: LedgerRow[]): LedgerRow[] {
  const keep = new Set(shown.map((r) => r.id));
  for (const tr of table.querySelectorAll<HTMLTableRowElement>("tbody > tr")) {
    const hide = !keep.has(tr.dataset.claimRow!);
    if (tr.hidden !== hide) tr.hidden = hide;
  }
  return shown;
}

/** Bring the status column of a table that ledgerTable built up to date, touching changed cells only. */
export function showStatus(table: HTMLTableElement, status: Status): void {
  for (const tr of table.querySelectorAll<HTMLTableRowElement>("tbody > tr")) {
    const cell = tr.children[5]!;
    const {className, text} = statusView(status, tr.dataset.claimRow!);
    if (cell.className !== className) cell.className = className;
    if (cell.textContent !== text) cell.textContent = text;
  }
}

/** Open one page in a hidden frame and wait until its cells have settled (no loading indicator left). */
async function runInFrame(page: string, timeoutMs = 60_000): Promise<void> {
  const frame = el("iframe", {src: page, title: `running ${page}`, tabIndex: -1});
  frame.className = "ledger-runner-frame";
  frame.setAttribute("aria-hidden", "true");
  document.body.append(frame);
  const start = Date.now();
  try {
    await new Promise<void>((done) => frame.addEventListener("load", () => done(), {once: true}));
    let quietSince = Date.now();
    let lastCount = -1;
    for (;;) {
      await new Promise((r) => setTimeout(r, 200));
      const doc = frame.contentDocument;
      const loading = doc?.querySelectorAll("observablehq-loading").length ?? 0;
      const count = doc?.querySelectorAll("[data-claim]").length ?? 0;
      if (loading > 0 || count !== lastCount) quietSince = Date.now();
      lastCount = count;
      if (Date.now() - quietSince > 600 || Date.now() - start > timeoutMs) break;
    }
  } finally {
    frame.remove();
  }
}

/**
 * A button that runs every page's checks in this browser, one page at a time in a hidden frame.
 * Use with view(): the value is the status (localStorage), refreshed after each page.
 */
export function statusRunner(pages: string[]): HTMLElement {
  const button = el("button", {type: "button"}, "Run every page's checks in this browser");
  const progress = el("span", {className: "ledger-progress"});
  progress.setAttribute("role", "status");
  const root = el("div", {className: "ledger-runner"}, button, " ", progress);
  let value = readStatus();
  Object.defineProperty(root, "value", {get: () => value});
  button.addEventListener("click", async () => {
    button.disabled = true;
    for (const [i, page] of pages.entries()) {
      progress.textContent = `running ${page} (${i + 1} of ${pages.length})…`;
      await runInFrame(page);
      value = readStatus();
      root.dispatchEvent(new Event("input", {bubbles: true}));
    }
    progress.textContent = `done: ${pages.length} pages ran their checks here.`;
    button.disabled = false;
  });
  return root;
}
