// LU factorization with partial pivoting, blocked (Golub & Van Loan 4th ed. §3.2.11 block LU, pivoting as in Alg 3.4.1).
import {gemmNTSub} from "./gemm-nt.js";
import {Matrix, type MatrixLike} from "./matrix.js";
import {input} from "./validate.js";

/**
 * The compact (LAPACK dgetrf / scipy.linalg.lu_factor) form of PᵀA = LU for an m×n matrix A.
 * - `lu` (m×n): U on and above the diagonal, the multipliers of unit-lower L below it.
 * - `piv` (length min(m, n)): at step i, row i was swapped with row piv[i] (piv[i] ≥ i), as scipy's lu_factor.
 * - `perm` (length m): row i of PᵀA is row perm[i] of A.
 * - `zeroPivot`: index of the first exactly zero pivot u_ii, or −1 (a zero pivot is skipped, not an error).
 */
export interface LUFactors {
  readonly lu: Matrix;
  readonly piv: Int32Array;
  readonly perm: Int32Array;
  readonly zeroPivot: number;
}

/** Columns per panel: the panel is factored column by column, then the trailing matrix takes one matrix product. */
const PANEL = 32;

/** PᵀA = LU in compact form (see LUFactors), any shape. Never throws on singular A: check `zeroPivot`. */
export function luFactor(a: MatrixLike, fn = "luFactor"): LUFactors {
  const A = input(fn, a);
  const {rows: m, cols: n} = A;
  const w = A.data.slice();
  const k = Math.min(m, n);
  const piv = new Int32Array(k);
  const perm = Int32Array.from({length: m}, (_, i) => i);
  const ut = new Float64Array(PANEL * Math.max(n - PANEL, 0));
  let zeroPivot = -1;
  for (let j0 = 0; j0 < k; j0 += PANEL) {
    const j1 = Math.min(j0 + PANEL, k);
    // Panel [L11; L21] \ U11: outer-product elimination on columns j0..j1−1, swapping whole rows.
    for (let j = j0; j < j1; j++) {
      const p = pivotRow(w, m, n, j);
      piv[j] = p;
      if (p !== j) {
        swapRows(w, n, j, p);
        const t = perm[j]!;
        perm[j] = perm[p]!;
        perm[p] = t;
      }
      if (w[j * n + j] === 0) {
        // The whole column below is zero too: nothing to eliminate.
        if (zeroPivot < 0) zeroPivot = j;
        continue;
      }
      eliminate(w, m, n, j, j1);
    }
    if (j1 === n) continue;
    // U12 = L11⁻¹ A12: forward substitution on the panel's rows, each an axpy along a contiguous row.
    for (let i = j0 + 1; i < j1; i++) {
      for (let p = j0; p < i; p++) {
        const l = w[i * n + p]!;
        if (l === 0) continue;
        for (let c = j1, ri = i * n, rp = p * n; c < n; c++) w[ri + c] -= l * w[rp + c]!;
      }
    }
    // A22 −= L21 U12: one matrix product, with U12ᵀ packed so both operands stream along the panel.
    const q = j1 - j0, rest = n - j1;
    for (let p = 0; p < q; p++) for (let c = 0, o = (j0 + p) * n + j1; c < rest; c++) ut[c * q + p] = w[o + c]!;
    gemmNTSub(m - j1, rest, q, w, j1 * n + j0, n, ut, 0, q, w, j1 * n + j1, n);
  }
  return {lu: new Matrix(m, n, w), piv, perm, zeroPivot};
}

/** The row of the entry of largest magnitude in column j on or below the diagonal (the first one on ties, as LAPACK). */
function pivotRow(w: Float64Array, m: number, n: number, j: number): number {
  let p = j;
  let big = Math.abs(w[j * n + j]!);
  for (let i = j + 1; i < m; i++) {
    const v = Math.abs(w[i * n + j]!);
    if (v > big) {
      big = v;
      p = i;
    }
  }
  return p;
}

/** Multipliers l_ij = a_ij / a_jj below the pivot, then the rank-one update of rows j+1.. in columns j+1..c1−1. */
function eliminate(w: Float64Array, m: number, n: number, j: number, c1: number): void {
  const rj = j * n;
  const pivot = w[rj + j]!;
  for (let i = j + 1; i < m; i++) {
    const ri = i * n;
    const l = w[ri + j]! / pivot;
    w[ri + j] = l;
    if (l === 0) continue;
    for (let c = j + 1; c < c1; c++) w[ri + c] -= l * w[rj + c]!;
  }
}

function swapRows(w: Float64Array, n: number, i: number, p: number): void {
  for (let c = 0, a = i * n, b = p * n; c < n; c++) {
    const t = w[a + c]!;
    w[a + c] = w[b + c]!;
    w[b + c] = t;
  }
}

/**
 * A = P L U as scipy.linalg.lu, any shape m×n with k = min(m, n): P (m×m permutation), L (m×k, unit lower
 * trapezoidal, |l_ij| ≤ 1), U (k×n, upper trapezoidal). Singular A is fine (U then has a zero on its diagonal).
 */
export function lu(a: MatrixLike): {P: Matrix; L: Matrix; U: Matrix} {
  const {lu: F, perm} = luFactor(a, "lu");
  const {rows: m, cols: n, data: f} = F;
  const k = Math.min(m, n);
  const P = new Matrix(m, m);
  for (let i = 0; i < m; i++) P.data[perm[i]! * m + i] = 1;
  const L = new Matrix(m, k);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < Math.min(i, k); j++) L.data[i * k + j] = f[i * n + j]!;
    if (i < k) L.data[i * k + i] = 1;
  }
  const U = new Matrix(k, n);
  for (let i = 0; i < k; i++) for (let j = i; j < n; j++) U.data[i * n + j] = f[i * n + j]!;
  return {P, L, U};
}
