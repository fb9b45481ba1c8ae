// Singular value decomposition: Householder bidiagonalization + Golub–Kahan iteration, Golub & Van Loan 4th ed. Alg 8.6.2.
import {bidiagonalize} from "./bidiagonal.js";
import {golubKahanSVD} from "./golub-kahan.js";
import {reflectorProductColumns} from "./householder.js";
import {scratch, withScratch} from "./kernels.js";
import {Matrix, type MatrixLike} from "./matrix.js";
import {input} from "./validate.js";

export interface SVDOptions {
  /** U is m×m and Vt is n×n (true), or U is m×k and Vt is k×n with k = min(m, n) (false, the default). */
  fullMatrices?: boolean;
  /** Compute U and Vt (default true); when false they are null. */
  computeUV?: boolean;
}

export interface SVDResult {
  U: Matrix;
  /** Singular values, descending, non-negative (length min(m, n)). */
  s: Float64Array;
  Vt: Matrix;
}

/**
 * A = U · diag(s) · Vt, as numpy.linalg.svd. Any shape, empty included. Thin factors by default.
 * `computeUV: false` returns `{U: null, s, Vt: null}`. NonFiniteError on NaN/±Infinity, ConvergenceError
 * if the iteration does not converge (not seen in practice).
 */
export function svd(a: MatrixLike, options?: SVDOptions & {computeUV?: true}): SVDResult;
export function svd(
  a: MatrixLike,
  options: SVDOptions & {computeUV: false}
): {U: null; s: Float64Array; Vt: null};
export function svd(
  a: MatrixLike,
  options?: SVDOptions
): SVDResult | {U: null; s: Float64Array; Vt: null};
export function svd(
  a: MatrixLike,
  options: SVDOptions = {}
): SVDResult | {U: null; s: Float64Array; Vt: null} {
  const A = input("svd", a);
  const full = options.fullMatrices ?? false;
  const wantUV = options.computeUV ?? true;
  const {rows: m, cols: n} = A;
  const wide = m < n;
  // Work on the tall orientation: Aᵀ = U'ΣV'ᵀ gives A = V'ΣU'ᵀ.
  const M = wide ? n : m,
    N = wide ? m : n;
  if (N === 0) {
    const s = new Float64Array(0);
    if (!wantUV) return {U: null, s, Vt: null};
    const tallU = identity(M, full ? M : 0),
      tallV = new Matrix(0, 0);
    return wide ? {U: tallV, s, Vt: tallU.T} : {U: tallU, s, Vt: tallV};
  }
  const a0 = A.data;
  let scale = 0;
  for (let k = 0; k < a0.length; k++) {
    const x = Math.abs(a0[k]!);
    if (x > scale) scale = x;
  }
  if (scale === 0) scale = 1;
  const ucols = full ? M : N;
  return withScratch(M * N + M * ucols + N * N + 96 * (M + N) + 1024, () =>
    factor(a0, m, n, scale, scratch(M * N), wide, ucols, wantUV)
  );
}

/** The SVD of the tall M×N orientation, from the scaled copy `w` (in scratch); results copied out. */
function factor(
  a0: Float64Array,
  m: number,
  n: number,
  scale: number,
  w: Float64Array,
  wide: boolean,
  ucols: number,
  wantUV: boolean
): SVDResult | {U: null; s: Float64Array; Vt: null} {
  const M = wide ? n : m,
    N = wide ? m : n;
  if (wide) {
    for (let i = 0; i < m; i++)
      for (let j = 0, o = i * n; j < n; j++) w[j * m + i] = a0[o + j]! / scale;
  } else {
    for (let k = 0; k < w.length; k++) w[k] = a0[k]! / scale;
  }
  const B = bidiagonalize(w, M, N);
  // Left reflector j sits in column j below the diagonal, right reflector j in row j beyond the superdiagonal.
  // U and V stored by columns (column c of U at u[c·M ..), of V at v[c·N ..)), as the rotations want them.
  const u = wantUV ? reflectorProductColumns(B.work, 1, N, 0, B.tauLeft, M, ucols) : null;
  const v = wantUV
    ? reflectorProductColumns(B.work, N, 1, 1, B.tauRight.subarray(0, Math.max(N - 2, 0)), N, N)
    : null;
  const d = B.d;
  golubKahanSVD(d, B.e, u && {w: u, rows: M, stride: M}, v && {w: v, rows: N, stride: N});
  const order = Int32Array.from(Array.from({length: N}, (_, k) => k).sort((i, j) => d[j]! - d[i]!));
  const s = Float64Array.from(order, (k) => d[k]! * scale);
  if (!u || !v) return {U: null, s, Vt: null};
  // Tall factors: U' (M×ucols, columns sorted) and V'ᵀ (N×N, rows sorted).
  const tallU = new Matrix(M, ucols),
    tallVt = new Matrix(N, N);
  const ud = tallU.data,
    vd = tallVt.data;
  for (let c = 0; c < ucols; c++) {
    const o = (c < N ? order[c]! : c) * M;
    for (let i = 0; i < M; i++) ud[i * ucols + c] = u[o + i]!;
  }
  for (let r = 0; r < N; r++) vd.set(v.subarray(order[r]! * N, (order[r]! + 1) * N), r * N);
  return wide ? {U: tallVt.T, s, Vt: tallU.T} : {U: tallU, s, Vt: tallVt};
}

function identity(rows: number, cols: number): Matrix {
  const out = new Matrix(rows, cols);
  for (let i = 0; i < Math.min(rows, cols); i++) out.data[i * cols + i] = 1;
  return out;
}
