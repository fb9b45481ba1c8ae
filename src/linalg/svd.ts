// Singular value decomposition: Householder bidiagonalization + Golub–Kahan iteration, Golub & Van Loan 4th ed. Alg 8.6.2; with vectors from 180 columns on, divide and conquer (bidiagonal-dc.ts); tall matrices QR first (R-bidiagonalization, GVL §5.4.9, Chan 1982; LAPACK dgesdd's path for m ≥ mnthr).
import {bidiagonalize, type Bidiagonalization} from "./bidiagonal.js";
import {bidiagonalDC, bidiagonalDCScratch} from "./bidiagonal-dc.js";
import {bidiagonalSingularValues} from "./dqds.js";
import {golubKahanSVD} from "./golub-kahan.js";
import {BLOCK, BlockReflector, reflectorProductColumns} from "./householder.js";
import {scratch, withScratch} from "./kernels.js";
import {Matrix, type MatrixLike} from "./matrix.js";
import {householderQR} from "./qr.js";
import {input} from "./validate.js";

/**
 * From this many columns (of the tall orientation) on, the vectors come from divide and conquer:
 * the measured crossover in CPU time against Golub–Kahan with SIMD rotations is 170–190 columns
 * on both kernel paths.
 */
const DC_MIN = 180;

/**
 * From M ≥ ratio·N on (tall orientation, M×N), A = QR first, then the SVD of R (factorQR). The
 * measured crossovers in CPU time against bidiagonalizing A itself, on both kernel paths for N
 * from 30 to 300, are about 2–2.25 N for the values alone and 2.5–3.5 N with the vectors.
 */
export const QR_FIRST = {values: 2.25, vectors: 3} as const;

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
  const viaQR = M >= (wantUV ? QR_FIRST.vectors : QR_FIRST.values) * N;
  const dc = wantUV && N >= DC_MIN ? bidiagonalDCScratch(N) + 16 * (M + N) : 0;
  const qrRoom = viaQR ? M * N + 2 * N * N : 0;
  return withScratch(M * N + M * ucols + N * N + 96 * (M + N) + 1024 + dc + qrRoom, () => {
    // The scaled copy in the tall orientation.
    const w = scratch(M * N);
    if (wide) {
      for (let i = 0; i < m; i++)
        for (let j = 0, o = i * n; j < n; j++) w[j * m + i] = a0[o + j]! / scale;
    } else {
      for (let k = 0; k < w.length; k++) w[k] = a0[k]! / scale;
    }
    const t = viaQR ? factorQR(w, M, N, ucols, wantUV) : factor(w, M, N, ucols, wantUV);
    const s = t.s;
    for (let k = 0; k < N; k++) s[k] = s[k]! * scale;
    if (!t.U || !t.Vt) return {U: null, s, Vt: null};
    return wide ? {U: t.Vt.T, s, Vt: t.U.T} : {U: t.U, s, Vt: t.Vt};
  });
}

/** The SVD of the tall orientation: U' (M×ucols), s descending, V'ᵀ (N×N); or values only. */
interface TallFactors {
  U: Matrix | null;
  s: Float64Array;
  Vt: Matrix | null;
}

/**
 * R-bidiagonalization: A = QR, then the SVD of the N×N triangle R = U_R Σ Vᵀ, and
 * U = Q·[U_R 0; 0 I] by Q's reflectors applied to [U_R 0; 0 I] in blocks (measured faster than
 * forming Q and multiplying). `w` is overwritten.
 */
function factorQR(
  w: Float64Array,
  M: number,
  N: number,
  ucols: number,
  wantUV: boolean
): TallFactors {
  const f = householderQR(new Matrix(M, N, w), "svd");
  const r = scratch(N * N);
  for (let j = 0; j < N; j++) for (let i = 0; i <= j; i++) r[i * N + j] = f.qr[j * M + i]!;
  const inner = factor(r, N, N, N, wantUV);
  if (!inner.U) return inner;
  // x holds U' by columns: [U_R; 0] for c < N, e_c after.
  const x = scratch(M * ucols),
    ur = inner.U.data;
  for (let l = 0; l < N; l++) for (let c = 0, o = l * N; c < N; c++) x[c * M + l] = ur[o + c]!;
  for (let c = N; c < ucols; c++) x[c * M + c] = 1;
  applyReflectors(f.qr, M, 1, 0, f.tau, M, x, ucols);
  return {U: byColumns(x, M, ucols), s: inner.s, Vt: inner.Vt};
}

/** The SVD of the tall M×N workspace `w` (overwritten) by bidiagonalization; s of w itself. */
function factor(
  w: Float64Array,
  M: number,
  N: number,
  ucols: number,
  wantUV: boolean
): TallFactors {
  const B = bidiagonalize(w, M, N);
  if (wantUV && N >= DC_MIN) return factorDC(B, M, N, ucols);
  if (!wantUV) {
    // Values only: dqds, to high relative accuracy in the bidiagonal's entries (dqds.ts).
    return {U: null, s: bidiagonalSingularValues(B.d, B.e), Vt: null};
  }
  // Left reflector j sits in column j below the diagonal, right reflector j in row j beyond the superdiagonal.
  // U and V stored by columns (column c of U at u[c·M ..), of V at v[c·N ..)), as the rotations want them.
  const u = reflectorProductColumns(B.work, 1, N, 0, B.tauLeft, M, ucols);
  const v = reflectorProductColumns(
    B.work,
    N,
    1,
    1,
    B.tauRight.subarray(0, Math.max(N - 2, 0)),
    N,
    N
  );
  const d = B.d;
  golubKahanSVD(d, B.e, {w: u, rows: M, stride: M}, {w: v, rows: N, stride: N});
  const order = Int32Array.from(Array.from({length: N}, (_, k) => k).sort((i, j) => d[j]! - d[i]!));
  const s = Float64Array.from(order, (k) => d[k]!);
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
  return {U: tallU, s, Vt: tallVt};
}

/**
 * The vectors path by divide and conquer: the bidiagonal's own U_B and V_B, sorted, then the
 * Householder reflectors applied to them in blocks (as LAPACK dormbr), never forming Q or P.
 */
function factorDC(B: Bidiagonalization, M: number, N: number, ucols: number): TallFactors {
  const {s: sb, U: ub, V: vb} = bidiagonalDC(B.d, B.e);
  const order = Int32Array.from(
    Array.from({length: N}, (_, k) => k).sort((i, j) => sb[j]! - sb[i]!)
  );
  const s = Float64Array.from(order, (k) => sb[k]!);
  // x holds U' by columns (column c at x[c·M ..)): [U_B; 0] with sorted columns, then e_c for
  // c ≥ N.
  const x = scratch(M * ucols),
    y = scratch(N * N);
  for (let l = 0; l < N; l++)
    for (let c = 0, o = l * N; c < N; c++) x[c * M + l] = ub[o + order[c]!]!;
  for (let c = N; c < ucols; c++) x[c * M + c] = 1;
  for (let l = 0; l < N; l++)
    for (let c = 0, o = l * N; c < N; c++) y[c * N + l] = vb[o + order[c]!]!;
  applyReflectors(B.work, 1, N, 0, B.tauLeft, M, x, ucols);
  applyReflectors(B.work, N, 1, 1, B.tauRight.subarray(0, Math.max(N - 2, 0)), N, y, N);
  // Column r of P·V_B is row r of V'ᵀ.
  return {U: byColumns(x, M, ucols), s, Vt: new Matrix(N, N, y.slice(0, N * N))};
}

/**
 * x_c ← H_0 H_1 ⋯ H_{k−1} x_c for the `count` vectors of length len stored by columns in x,
 * with the reflectors of reflectorProductColumns (same v, vs, is, shift, tau), applied in blocks
 * from the last.
 */
function applyReflectors(
  v: Float64Array,
  vs: number,
  is: number,
  shift: number,
  tau: Float64Array,
  len: number,
  x: Float64Array,
  count: number
): void {
  const k = tau.length;
  const H = new BlockReflector(len, count);
  for (let j0 = Math.floor((k - 1) / BLOCK) * BLOCK; j0 >= 0; j0 -= BLOCK) {
    H.load(v, vs, is, shift, tau, j0, Math.min(BLOCK, k - j0), len);
    H.apply(false, x, j0 + shift, len, count);
  }
}

/** The rows×cols matrix whose column c is x[c·rows .. (c + 1)·rows). */
function byColumns(x: Float64Array, rows: number, cols: number): Matrix {
  const out = new Matrix(rows, cols),
    d = out.data;
  for (let c = 0; c < cols; c++)
    for (let i = 0, o = c * rows; i < rows; i++) d[i * cols + c] = x[o + i]!;
  return out;
}

function identity(rows: number, cols: number): Matrix {
  const out = new Matrix(rows, cols);
  for (let i = 0; i < Math.min(rows, cols); i++) out.data[i * cols + i] = 1;
  return out;
}
