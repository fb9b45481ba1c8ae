// The check helper: assert a claim next to the prose and show it as a badge (✓/✗, name, value, tolerance).
import {formatNumber} from "./format.js";

/** Significant digits of measured and expected values on a badge. */
const SHOWN = {digits: 6};

export interface Tolerance {
  /** Relative tolerance (default 1e-9 for numbers). */
  rtol?: number;
  /** Absolute tolerance (default 0). */
  atol?: number;
}

export interface CheckOptions extends Tolerance {
  /** The ledger claim this check decides (e.g. "DD-3.4"; see docs/claims/). */
  claim?: string;
}

export interface CheckResult {
  name: string;
  pass: boolean;
  /** What was measured, formatted for display. */
  measured: string;
  /** What it was compared against, with the tolerance, formatted. */
  expected: string;
  /** The largest deviation found (numeric comparisons only). */
  error?: number;
  /** The ledger claim it decides, if any. */
  claim?: string;
}

type Numeric = number | ArrayLike<number> | {data: ArrayLike<number>; rows: number; cols: number};

/** Every check evaluated in this process, in order (the cell runner reads it to catch failing checks that were never displayed). */
export const checkLog: CheckResult[] = [];

function values(x: Numeric): ArrayLike<number> {
  if (typeof x === "number") return [x];
  if ("data" in x && "rows" in x) return x.data;
  return x as ArrayLike<number>;
}

function shape(x: Numeric): string {
  if (typeof x === "number") return "scalar";
  if ("data" in x && "rows" in x) return `${x.rows}×${x.cols}`;
  return `${(x as ArrayLike<number>).length}`;
}

/** Compare numerically: |actual − expected| ≤ atol + rtol·|expected|, elementwise. NaN never passes. */
export function evaluate(
  name: string,
  actual: Numeric | boolean,
  expected?: Numeric,
  tol: Tolerance = {}
): CheckResult {
  if (typeof actual === "boolean" || expected === undefined) {
    const pass = actual === true;
    return {name, pass, measured: pass ? "holds" : "does not hold", expected: "holds"};
  }
  const {rtol = 1e-9, atol = 0} = tol;
  const a = values(actual),
    e = values(expected);
  if (e.length !== 1 && a.length !== e.length) {
    return {
      name,
      pass: false,
      measured: `shape ${shape(actual)}`,
      expected: `shape ${shape(expected)}`
    };
  }
  let worst = 0,
    pass = a.length > 0;
  for (let i = 0; i < a.length; i++) {
    const ei = e.length === 1 ? e[0]! : e[i]!;
    const d = Math.abs(a[i]! - ei);
    if (!(d <= atol + rtol * Math.abs(ei))) pass = false;
    if (!(d <= worst)) worst = Number.isNaN(d) ? NaN : d;
  }
  const tolText =
    [rtol ? `rtol ${formatNumber(rtol)}` : "", atol ? `atol ${formatNumber(atol)}` : ""]
      .filter(Boolean)
      .join(", ") || "exact";
  const measured =
    a.length === 1
      ? formatNumber(a[0]!, SHOWN)
      : `${shape(actual)}, max |Δ| ${formatNumber(worst)}`;
  const target = e.length === 1 ? formatNumber(e[0]!, SHOWN) : shape(expected);
  return {name, pass, measured, expected: `${target} (${tolText})`, error: worst};
}

/** Build the badge element for a result (needs a DOM: the browser, or happy-dom under vitest). */
export function badge(r: CheckResult): HTMLElement {
  const el = document.createElement("div");
  el.className = `check-badge check-${r.pass ? "pass" : "fail"}`;
  el.setAttribute("data-check", r.name);
  el.setAttribute("data-status", r.pass ? "pass" : "fail");
  el.setAttribute("role", "status");
  const icon = document.createElement("span");
  icon.className = "check-icon";
  icon.textContent = r.pass ? "✓" : "✗";
  const name = document.createElement("span");
  name.className = "check-name";
  name.textContent = r.name;
  const detail = document.createElement("span");
  detail.className = "check-detail";
  detail.textContent = r.expected === "holds" ? r.measured : `${r.measured} vs ${r.expected}`;
  el.append(icon, name, detail);
  if (r.claim) {
    el.setAttribute("data-claim", r.claim);
    el.append(claimLink(r.claim));
    revealIfTarget(el, r.claim);
    recordClaimStatus(r.claim, r);
  }
  if (!r.pass) el.title = `FAILED: ${r.name}`;
  return el;
}

/** Where a browser keeps what each claim's checks computed in it (the claims page reads it). */
export const claimStatusKey = "workbook:claim-status";

/** What one claim's checks last computed in this browser: check name → passed, the page, the time. */
export interface ClaimStatus {
  page: string;
  at: number;
  checks: Record<string, boolean>;
}

/** Record a claim's check result in localStorage, where there is one (not in Node). */
function recordClaimStatus(claim: string, r: CheckResult): void {
  if (typeof localStorage === "undefined" || typeof location === "undefined") return;
  try {
    const all = JSON.parse(localStorage.getItem(claimStatusKey) ?? "{}") as Record<
      string,
      ClaimStatus
    >;
    const page = location.pathname.replace(/\.html$/, "");
    const prev = all[claim]?.page === page ? all[claim]!.checks : {};
    all[claim] = {page, at: Date.now(), checks: {...prev, [r.name]: r.pass}};
    localStorage.setItem(claimStatusKey, JSON.stringify(all));
  } catch {
    // Storage full or blocked: the badge itself still shows the result.
  }
}

/** Claims already scrolled to on this page load (a re-run of the cell does not scroll again). */
const revealed = new Set<string>();

/** The claims page links to `<page>#claim=DD-3.4`: scroll the first badge of that claim into view. */
function revealIfTarget(el: HTMLElement, claim: string): void {
  if (typeof location === "undefined" || location.hash !== `#claim=${claim}` || revealed.has(claim))
    return;
  revealed.add(claim);
  el.classList.add("check-target");
  setTimeout(() => el.scrollIntoView({block: "center"}), 0);
}

/** A link from a badge to its row on the claims page (the row links back to the page at #claim=<id>). */
function claimLink(claim: string): HTMLAnchorElement {
  const a = document.createElement("a");
  a.className = "check-claim";
  a.href = `/claims#${claim}`;
  a.textContent = claim;
  a.setAttribute("aria-label", `claim ${claim} in the claims ledger`);
  return a;
}

/** The boolean form's options ride in the third argument: tell them from a value to compare against. */
function isOptions(x: unknown): x is CheckOptions {
  return typeof x === "object" && x !== null && !("length" in x) && !("data" in x);
}

/**
 * Assert a claim and return its badge.
 *   check("‖A‖₂ = σ₁", norm(A, 2), s[0], {rtol: 1e-12, claim: "DD-3.4"})
 *   check("P is symmetric", isSymmetric(P), {claim: "DD-8.2"})
 */
export function check(name: string, actual: boolean, options?: CheckOptions): HTMLElement;
export function check(
  name: string,
  actual: Numeric | boolean,
  expected?: Numeric,
  options?: CheckOptions
): HTMLElement;
export function check(
  name: string,
  actual: Numeric | boolean,
  expected?: Numeric | CheckOptions,
  options: CheckOptions = {}
): HTMLElement {
  if (typeof actual !== "boolean" && isOptions(expected)) {
    throw new TypeError(`check("${name}"): a numeric check needs a value to compare against`);
  }
  const opts = typeof actual === "boolean" && isOptions(expected) ? expected : options;
  const target = isOptions(expected) ? undefined : expected;
  const r = {...evaluate(name, actual, target, opts), ...(opts.claim ? {claim: opts.claim} : {})};
  checkLog.push(r);
  return badge(r);
}
