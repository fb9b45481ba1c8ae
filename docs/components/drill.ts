// The drill kit of Deep Dive 11: a labelled matrix, a neutral prompt, and the verdict on a typed answer.
// A verdict is feedback to the reader, not a check of the page: it never prints raw true/false/NaN.
import {formatNumber} from "../src/notebook/format.js";
import {parseNumbers, answerMatches, sameDirection} from "../src/experiments/drills.js";
import {matrixTable, type MatrixLike} from "./table.js";

/** "name = [matrix]" on one line. */
export function matrixBlock(name: string, M: MatrixLike, digits = 6): HTMLElement {
  const box = document.createElement("div");
  box.className = "drill-matrix";
  Object.assign(box.style, {
    display: "flex",
    alignItems: "center",
    gap: "0.5em",
    margin: "0.5em 0"
  });
  const label = document.createElement("span");
  label.textContent = `${name} = `;
  box.append(label, matrixTable(M, {digits}));
  return box;
}

/** A column vector as a one-column matrix block. */
export function vectorBlock(name: string, v: ArrayLike<number>): HTMLElement {
  return matrixBlock(
    name,
    Array.from(v, (x) => [x])
  );
}

/** A neutral line of text (a prompt, a seed, a timer): not a check. */
export function prompt(text: string): HTMLElement {
  const p = document.createElement("p");
  p.className = "drill-prompt";
  p.textContent = text;
  return p;
}

export type AnswerState = "empty" | "unreadable" | "not-finite" | "count" | "right" | "wrong";

/** How a typed answer fares: the state and the sentence the reader sees. */
export interface AnswerVerdict {
  state: AnswerState;
  text: string;
}

function list(nums: readonly number[]): string {
  return nums.map((x) => formatNumber(x, {digits: 6})).join(", ");
}

/** Read the typed text: the numbers, or the verdict when it is not a list of `n` finite numbers. */
function readNumbers(typed: string, n: number, label: string): AnswerVerdict | number[] {
  if (typed.trim() === "")
    return {state: "empty", text: `Type ${label}, then press Enter or Submit.`};
  const nums = parseNumbers(typed);
  if (nums.length === 0) {
    return {state: "unreadable", text: "No number found: type numbers such as 3, -0.5 or 1/3."};
  }
  if (!nums.every(Number.isFinite)) {
    return {
      state: "not-finite",
      text:
        "That does not read as finite numbers (too large, or a division by zero): " +
        "type ordinary numbers such as 3, -0.5 or 1/3."
    };
  }
  if (nums.length !== n) {
    return {state: "count", text: `${nums.length} number(s) read (${list(nums)}); ${n} expected.`};
  }
  return nums;
}

/** Verdict on typed numbers against `truth` (in order, or as a set with `unordered`), within `atol`. */
export function judgeNumbers(
  typed: string,
  truth: ArrayLike<number>,
  {label, atol = 1e-6, unordered = false}: {label: string; atol?: number; unordered?: boolean}
): AnswerVerdict {
  const read = readNumbers(typed, truth.length, label);
  if (!Array.isArray(read)) return read;
  return answerMatches(read, truth, {atol, unordered})
    ? {state: "right", text: `Right: ${list(read)}.`}
    : {
        state: "wrong",
        text: `Not yet: ${list(read)} is off. Try again, or open the worked solution.`
      };
}

/** Verdict on a typed vector that should be a non-zero multiple of `truth` (either sign, any length). */
export function judgeDirection(
  typed: string,
  truth: ArrayLike<number>,
  {label}: {label: string}
): AnswerVerdict {
  const read = readNumbers(typed, truth.length, label);
  if (!Array.isArray(read)) return read;
  if (read.every((x) => x === 0))
    return {state: "wrong", text: "The zero vector is never an eigenvector."};
  return sameDirection(read, truth, 1e-4)
    ? {state: "right", text: `Right: (${list(read)}) is a multiple of an eigenvector for it.`}
    : {state: "wrong", text: `Not yet: (${list(read)}) points elsewhere. Solve (A − λI)v = 0.`};
}

/** The verdict as a line of text (status role, so screen readers announce it). */
export function verdictLine(v: AnswerVerdict): HTMLElement {
  const p = document.createElement("p");
  p.className = `drill-verdict drill-${v.state}`;
  p.setAttribute("role", "status");
  p.textContent = (v.state === "right" ? "✓ " : v.state === "wrong" ? "✗ " : "") + v.text;
  return p;
}
