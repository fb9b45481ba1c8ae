// Eigenvalues of a symmetric tridiagonal by the root-free implicit QL iteration of Pal, Walker and Kahan (Parlett, The Symmetric Eigenvalue Problem, §8.15), as LAPACK's dsterf.
import {ConvergenceError, NonFiniteError} from "./errors.js";

const EPS = Number.EPSILON / 2;
const EPS2 = EPS * EPS;
/** QL steps allowed per eigenvalue (as dsterf). */
const STEPS_PER_VALUE = 30;

/**
 * The eigenvalues, ascending, of the symmetric tridiagonal T = tridiag(e, d, e) (d length n, e length
 * n − 1), each to a small multiple of ε·‖T‖. The iteration works with the squares of the off-diagonal,
 * so a step takes no square roots. d and e are not modified. NonFiniteError on NaN or ±∞;
 * ConvergenceError after 30·n steps.
 */
export function tridiagonalEigenvalues(d: Float64Array, e: Float64Array): Float64Array {
  const n = d.length;
  for (let k = 0; k < n; k++) {
    if (!Number.isFinite(d[k]!)) throw new NonFiniteError("tridiagonalEigenvalues", k, k, d[k]!);
    if (k < n - 1 && !Number.isFinite(e[k]!))
      throw new NonFiniteError("tridiagonalEigenvalues", k + 1, k, e[k]!);
  }
  const a = Float64Array.from(d),
    b = new Float64Array(n);
  const maxSteps = STEPS_PER_VALUE * n;
  let steps = 0;
  let top = 0;
  for (let k = 0; k < n; k++) {
    // Unreduced blocks: split where |e| ≤ ε·√|d_k|·√|d_{k+1}|.
    const end =
      k === n - 1 ||
      Math.abs(e[k]!) <= EPS * Math.sqrt(Math.abs(d[k]!)) * Math.sqrt(Math.abs(d[k + 1]!));
    if (!end) continue;
    if (k > top) steps += block(a, b, e, top, k, maxSteps - steps);
    top = k + 1;
  }
  return a.sort();
}

/** Diagonalize the unreduced block [l, m] of a (b receives squared couplings); returns the steps taken. */
function block(
  a: Float64Array,
  b: Float64Array,
  e: Float64Array,
  l: number,
  m: number,
  maxSteps: number
): number {
  // Scale by a power of two to unit max-abs, so the squares neither overflow nor lose the entries
  // that matter to underflow; in two factors, since a subnormal block needs up to 2¹⁰⁷⁴.
  let big = 0;
  for (let k = l; k <= m; k++) big = Math.max(big, Math.abs(a[k]!), k < m ? Math.abs(e[k]!) : 0);
  const p = -Math.ceil(Math.log2(big));
  const f1 = 2 ** (p >> 1),
    f2 = 2 ** (p - (p >> 1));
  for (let k = l; k <= m; k++) {
    a[k] = a[k]! * f1 * f2;
    if (k < m) b[k] = (e[k]! * f1 * f2) ** 2;
  }
  // Chase toward the end with the smaller diagonal entry: put it first (the QL step deflates at the top).
  if (Math.abs(a[m]!) < Math.abs(a[l]!)) {
    for (let i = l, j = m; i < j; i++, j--) {
      [a[i], a[j]] = [a[j]!, a[i]!];
      if (i < j - 1) [b[i], b[j - 1]] = [b[j - 1]!, b[i]!];
    }
  }
  let steps = 0;
  let top = l;
  while (top <= m) {
    // Find the first negligible coupling below top: rows [top, end] form the active block.
    let end = top;
    while (end < m && b[end]! > EPS2 * Math.abs(a[end]! * a[end + 1]!)) end++;
    if (end === top) {
      top++;
      continue;
    }
    if (end === top + 1) {
      twoByTwo(a, b[top]!, top);
      top += 2;
      continue;
    }
    if (++steps > maxSteps)
      throw new ConvergenceError("eigvalsh (root-free QL iteration)", maxSteps);
    qlStep(a, b, top, end);
  }
  for (let k = l; k <= m; k++) a[k] = a[k]! / f1 / f2;
  return steps;
}

/** The eigenvalues of [[a_k, β], [β, a_{k+1}]] with β² = bb, larger one first, into a[k], a[k + 1]. */
function twoByTwo(a: Float64Array, bb: number, k: number): void {
  const x = a[k]!,
    y = a[k + 1]!;
  const mid = (x + y) / 2,
    rad = Math.hypot((x - y) / 2, Math.sqrt(bb));
  const big = mid >= 0 ? mid + rad : mid - rad;
  // The other root from the determinant x·y − β², formed without overflow.
  const [hi, lo] = Math.abs(x) >= Math.abs(y) ? [x, y] : [y, x];
  a[k] = big;
  a[k + 1] = big === 0 ? 0 : (hi / big) * lo - bb / big;
}

/**
 * One implicit QL step with Wilkinson's shift on rows [l, m] of (a, b), b holding the squared couplings:
 * the rotations are carried by c², s² and γ = c·(α − σ) − s·γ_prev, so no square root is taken.
 */
function qlStep(a: Float64Array, b: Float64Array, l: number, m: number): void {
  // Shift: the eigenvalue of the leading 2×2 nearer a[l].
  const rte = Math.sqrt(b[l]!);
  const g = (a[l + 1]! - a[l]!) / (2 * rte);
  const r = Math.hypot(g, 1);
  const sigma = a[l]! - rte / (g >= 0 ? g + r : g - r);
  let c = 1,
    s = 0;
  let gamma = a[m]! - sigma;
  let p = gamma * gamma;
  for (let i = m - 1; i >= l; i--) {
    const bb = b[i]!;
    const rr = p + bb;
    if (i !== m - 1) b[i + 1] = s * rr;
    const oldc = c;
    c = p / rr;
    s = bb / rr;
    const oldgamma = gamma,
      alpha = a[i]!;
    gamma = c * (alpha - sigma) - s * oldgamma;
    a[i + 1] = oldgamma + (alpha - gamma);
    p = c !== 0 ? (gamma * gamma) / c : oldc * bb;
  }
  b[l] = s * p;
  a[l] = sigma + gamma;
}
