// LU with partial pivoting (Golub & Van Loan 4th ed. Alg 3.4.1 outer-product Gaussian elimination, by column panels — each factored recursively — with block updates as in §3.2.11).
import {gemmNTSub} from "./gemm-nt.js";
import {scratch, withScratch} from "./kernels.js";
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

/** Columns per panel: the panel is factored on its own, then the columns to its right take one matrix product. */
const PANEL = 32;
/** Panels are factored recursively (halving the columns) down to this width, so they too are mostly matrix products. */
const LEAF = 8;

/** The m×n row-major workspace being factored in place, with the row interchanges made so far. */
interface Work {
  readonly w: Float64Array;
  /** Room for a packed U12ᵀ (at most n × PANEL). */
  readonly ut: Float64Array;
  readonly m: number;
  readonly n: number;
  readonly piv: Int32Array;
  readonly perm: Int32Array;
}

/** PᵀA = LU in compact form (see LUFactors), any shape. Never throws on singular A: check `zeroPivot`. */
export function luFactor(a: MatrixLike, fn = "luFactor"): LUFactors {
  const A = input(fn, a);
  const {rows: m, cols: n} = A;
  const k = Math.min(m, n);
  const lu = new Matrix(m, n);
  const piv = new Int32Array(k),
    perm = Int32Array.from({length: m}, (_, i) => i);
  // The work arrays are scratch (the WASM kernels' memory on that path); the factors are copied out.
  const zeroPivot = withScratch(m * n + n * PANEL + 64, () => {
    const f: Work = {w: scratch(m * n), ut: scratch(n * PANEL), m, n, piv, perm};
    f.w.set(A.data);
    let zero = -1;
    for (let j0 = 0; j0 < k; j0 += PANEL) {
      const j1 = Math.min(j0 + PANEL, k);
      const z = factorPanel(f, j0, j1);
      if (zero < 0) zero = z;
      update(f, j0, j1, j1, n);
    }
    lu.data.set(f.w);
    return zero;
  });
  return {lu, piv, perm, zeroPivot};
}

/**
 * Factor the panel of columns c0..c1−1 (rows c0..m−1) in place, swapping whole rows.
 * Returns the first column whose pivot is exactly zero, or −1.
 */
function factorPanel(f: Work, c0: number, c1: number): number {
  if (c1 - c0 > LEAF) {
    const mid = c0 + ((c1 - c0) >> 1);
    const z = factorPanel(f, c0, mid);
    update(f, c0, mid, mid, c1);
    const z2 = factorPanel(f, mid, c1);
    return z >= 0 ? z : z2;
  }
  const {w, n, piv, perm} = f;
  let zeroPivot = -1;
  for (let j = c0; j < c1; j++) {
    const p = pivotRow(f, j);
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
    eliminate(f, j, c1);
  }
  return zeroPivot;
}

/**
 * Bring columns d0..d1−1 up to date with the factored columns c0..c1−1: U12 = L11⁻¹ A12 in rows c0..c1−1,
 * then A22 −= L21 U12 in rows c1..m−1 (one matrix product, with U12ᵀ packed so both operands stream).
 */
function update(f: Work, c0: number, c1: number, d0: number, d1: number): void {
  const {w, ut, m, n} = f;
  const q = c1 - c0,
    cols = d1 - d0;
  if (cols === 0) return;
  // Forward substitution with the unit lower L11: row i −= Σ_{p<i} l_ip row p, four rows p at a time along contiguous rows.
  for (let i = c0 + 1; i < c1; i++) {
    const ri = i * n;
    let p = c0;
    for (; p + 4 <= i; p += 4) {
      const l0 = w[ri + p]!,
        l1 = w[ri + p + 1]!,
        l2 = w[ri + p + 2]!,
        l3 = w[ri + p + 3]!;
      const r0 = p * n,
        r1 = r0 + n,
        r2 = r1 + n,
        r3 = r2 + n;
      for (let c = d0; c < d1; c++)
        w[ri + c] -= l0 * w[r0 + c]! + l1 * w[r1 + c]! + l2 * w[r2 + c]! + l3 * w[r3 + c]!;
    }
    for (; p < i; p++) {
      const l = w[ri + p]!;
      for (let c = d0, rp = p * n; c < d1; c++) w[ri + c] -= l * w[rp + c]!;
    }
  }
  for (let p = 0; p < q; p++)
    for (let c = 0, o = (c0 + p) * n + d0; c < cols; c++) ut[c * q + p] = w[o + c]!;
  gemmNTSub(m - c1, cols, q, w, c1 * n + c0, n, ut, 0, q, w, c1 * n + d0, n);
}

/** The row of the entry of largest magnitude in column j on or below the diagonal (the first one on ties, as LAPACK). */
function pivotRow({w, m, n}: Work, j: number): number {
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
function eliminate({w, m, n}: Work, j: number, c1: number): void {
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
