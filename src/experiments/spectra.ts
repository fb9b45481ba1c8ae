// Spectra: repeated multiplication x, Ax, A²x, … (the spectral radius decides growth or decay), sums and
// products of (possibly complex) eigenvalues, and the rank-one expansion Σ λᵢ qᵢqᵢᵀ.
import {Matrix, type MatrixLike, diag, eye, matmul} from "../linalg/index.js";
import {asMatrix} from "../linalg/validate.js";

/** A non-symmetric diagonalizable 2×2 with eigenvalues l1, l2: P diag(l1, l2) P⁻¹ with the fixed P = [[2, 1], [1, 1]]. */
export function matrixWithEigenvalues(l1: number, l2: number): Matrix {
  const P = Matrix.from([
    [2, 1],
    [1, 1]
  ]);
  const Pinv = Matrix.from([
    [1, -1],
    [-1, 2]
  ]); // det P = 1
  return matmul(matmul(P, diag([l1, l2])), Pinv);
}

export interface IterateRow {
  k: number;
  /** ‖Aᵏx‖₂ */
  norm: number;
}

/** ‖Aᵏx₀‖₂ for k = 0..kmax. */
export function powerIterates(a: MatrixLike, x0: ArrayLike<number>, kmax: number): IterateRow[] {
  const A = asMatrix(a);
  let x: Float64Array = Float64Array.from(x0);
  const rows: IterateRow[] = [];
  for (let k = 0; k <= kmax; k++) {
    rows.push({k, norm: Math.hypot(...x)});
    x = matmul(A, x);
  }
  return rows;
}

/** Aᵏ by repeated multiplication (k ≥ 0), the reference for P Λᵏ P⁻¹. */
export function matrixPower(a: MatrixLike, k: number): Matrix {
  const A = asMatrix(a);
  let out = eye(A.rows);
  for (let i = 0; i < k; i++) out = matmul(out, A);
  return out;
}

/** A complex number as a pair of parts. */
export interface Complex {
  re: number;
  im: number;
}

/** Σ λᵢ for eigenvalues given as real and imaginary parts (equal lengths). */
export function eigenvalueSum(re: ArrayLike<number>, im: ArrayLike<number>): Complex {
  let sr = 0,
    si = 0;
  for (let i = 0; i < re.length; i++) {
    sr += re[i];
    si += im[i];
  }
  return {re: sr, im: si};
}

/** Π λᵢ for eigenvalues given as real and imaginary parts, multiplied as complex numbers. */
export function eigenvalueProduct(re: ArrayLike<number>, im: ArrayLike<number>): Complex {
  let pr = 1,
    pi = 0;
  for (let i = 0; i < re.length; i++) {
    const r = pr * re[i] - pi * im[i];
    pi = pr * im[i] + pi * re[i];
    pr = r;
  }
  return {re: pr, im: pi};
}

/**
 * The partial spectral sum Σ_{i∈first k} λᵢ qᵢqᵢᵀ, taking terms in order of decreasing |λᵢ|.
 * `values` (length n) and `vectors` (n×n, eigenvectors as columns) are as eigh returns them.
 */
export function spectralPartialSum(values: ArrayLike<number>, vectors: Matrix, k: number): Matrix {
  const n = values.length;
  const order = Array.from({length: n}, (_, i) => i).sort(
    (i, j) => Math.abs(values[j]) - Math.abs(values[i])
  );
  const out = new Matrix(n, n);
  const o = out.data,
    q = vectors.data;
  for (const t of order.slice(0, Math.max(0, Math.min(k, n)))) {
    const lam = values[t];
    for (let i = 0; i < n; i++) {
      const qi = lam * q[i * n + t];
      for (let j = 0; j < n; j++) o[i * n + j] += qi * q[j * n + t];
    }
  }
  return out;
}

/** One row per entry of a matrix, for Plot.cell heatmaps: row i, column j, value. */
export function matrixCells(A: Matrix): {i: number; j: number; value: number}[] {
  const out: {i: number; j: number; value: number}[] = [];
  for (let i = 0; i < A.rows; i++)
    for (let j = 0; j < A.cols; j++) out.push({i, j, value: A.data[i * A.cols + j]});
  return out;
}

/** √(Σ of λᵢ² over all but the k largest |λᵢ|): the Frobenius error of spectralPartialSum(values, ·, k) for symmetric A. */
export function droppedSpectrumNorm(values: ArrayLike<number>, k: number): number {
  const sq = Array.from(values, (v) => v * v).sort((a, b) => b - a);
  return Math.sqrt(sq.slice(Math.max(0, k)).reduce((s, v) => s + v, 0));
}
