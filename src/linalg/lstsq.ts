// Linear least squares min ‖b − Ax‖₂ (Golub & Van Loan 4th ed. Alg 5.3.2 Householder LS, §5.5.1 SVD minimum norm, Alg 5.3.1 normal equations).
import {cholesky} from "./cholesky.js";
import {ShapeError} from "./errors.js";
import {gramRows} from "./gemm-nt.js";
import {norm2} from "./householder.js";
import {Matrix, type MatrixLike, type VectorLike} from "./matrix.js";
import {applyQ, applyQt, formR, householderQR} from "./qr.js";
import {svd} from "./svd.js";
import {rhs, substitute} from "./triangular.js";
import {input, shapeOf} from "./validate.js";

export interface LstsqOptions {
  /**
   * "qr" (default): Householder QR, falling back to "svd" when A is rank-deficient.
   * "svd": minimum-norm solution from the SVD, singular values below rcond·σ₁ treated as zero (as NumPy).
   * "normal": Cholesky on the normal equations AᵀA x = Aᵀb (for wide A: x = Aᵀy with AAᵀ y = b), which
   * squares the condition number; throws NotPositiveDefiniteError when the Cholesky breaks down.
   */
  method?: "qr" | "svd" | "normal";
  /** Relative cutoff for the rank: σᵢ ≤ rcond·σ₁ counts as zero. Default ε·max(m, n), NumPy's rcond=None. */
  rcond?: number;
}

/** The result of lstsq, shaped as numpy.linalg.lstsq's (x, residuals, rank, s). */
export interface LstsqResult<X> {
  /** The (minimum-norm) least-squares solution: n entries, or n×k for a k-column right-hand side. */
  x: X;
  /** ‖b − Ax‖² per column of b; empty when rank < n or m ≤ n (as NumPy). */
  residuals: Float64Array;
  /** Numerical rank of A: the number of singular values above rcond·σ₁. */
  rank: number;
  /** Singular values of A, descending (length min(m, n)). */
  s: Float64Array;
}

const EPS = 2 ** -52;

/** Working solution: x is n×k row-major; rss is set when the method computed ‖b − Ax‖² itself. */
interface Solution {
  x: Float64Array;
  s: Float64Array;
  rank: number;
  rss?: Float64Array;
}

/**
 * Least-squares solution of A x ≈ b for A m×n (any shape) and b of length m (or m×k), as numpy.linalg.lstsq.
 * Throws ShapeError (b's rows ≠ m, naming both shapes), NonFiniteError, NotPositiveDefiniteError ("normal").
 */
export function lstsq(
  a: MatrixLike,
  b: VectorLike,
  options?: LstsqOptions
): LstsqResult<Float64Array>;
export function lstsq(a: MatrixLike, b: MatrixLike, options?: LstsqOptions): LstsqResult<Matrix>;
export function lstsq(
  a: MatrixLike,
  b: MatrixLike | VectorLike,
  options: LstsqOptions = {}
): LstsqResult<Float64Array | Matrix> {
  const A = input("lstsq", a);
  const {x: B, rows, k, vector, shape} = rhs("lstsq", b);
  const {rows: m, cols: n} = A;
  if (rows !== m)
    throw new ShapeError(
      `lstsq: A has shape ${shapeOf(A)} but b has shape ${shape} (${m} ≠ ${rows})`
    );
  const method = options.method ?? "qr";
  const rcond = options.rcond ?? EPS * Math.max(m, n);
  if (!(rcond >= 0 && rcond < Infinity))
    throw new RangeError(`lstsq: rcond must be a finite number ≥ 0, got ${rcond}`);
  let sol: Solution;
  if (method === "qr") sol = viaQR(A, B, k, rcond) ?? viaSVD(A, B, k, rcond);
  else if (method === "svd") sol = viaSVD(A, B, k, rcond);
  else if (method === "normal") sol = viaNormalEquations(A, B, k, rcond);
  else throw new TypeError(`lstsq: method must be "qr", "svd" or "normal", got ${String(method)}`);
  const residuals =
    sol.rank === n && m > n
      ? (sol.rss ?? residualSumsOfSquares(A, B, sol.x, k))
      : new Float64Array(0);
  return {x: vector ? sol.x : new Matrix(n, k, sol.x), residuals, rank: sol.rank, s: sol.s};
}

/** The number of singular values (descending) above rcond·σ₁. */
function numericalRank(s: Float64Array, rcond: number): number {
  const cutoff = rcond * (s[0] ?? 0);
  let r = 0;
  while (r < s.length && s[r]! > cutoff) r++;
  return r;
}

/**
 * Householder LS. Tall (m ≥ n): A = QR, x = R⁻¹ (Qᵀb)[0:n], ‖r‖² = ‖(Qᵀb)[n:m]‖².
 * Wide (m < n): Aᵀ = QR, so A = RᵀQᵀ and the minimum-norm x = Q [R⁻ᵀ b; 0].
 * The singular values come from the small triangle R (they are A's). Returns null if A is rank-deficient.
 */
function viaQR(A: Matrix, B: Float64Array, k: number, rcond: number): Solution | null {
  const {rows: m, cols: n} = A;
  const tall = m >= n;
  const f = householderQR(tall ? A : A.T, "lstsq");
  const p = Math.min(m, n);
  const R = formR(f, p);
  const s = svd(R, {computeUV: false}).s;
  const rank = numericalRank(s, rcond);
  if (rank < p) return null;
  const x = new Float64Array(n * k);
  if (tall) {
    const c = columnMajor(B, m, k);
    applyQt(f, c, k);
    for (let i = 0; i < n; i++) for (let j = 0; j < k; j++) x[i * k + j] = c[j * m + i]!;
    substitute(R, x, k, false, false, false);
    const rss = Float64Array.from({length: k}, (_, j) => norm2(c, j * m + n, m - n) ** 2);
    return {x, s, rank, rss};
  }
  const y = B.slice();
  substitute(R, y, k, false, true, false); // Rᵀ y = b
  const z = new Float64Array(n * k); // column-major [y; 0]
  for (let i = 0; i < m; i++) for (let j = 0; j < k; j++) z[j * n + i] = y[i * k + j]!;
  applyQ(f, z, k);
  for (let i = 0; i < n; i++) for (let j = 0; j < k; j++) x[i * k + j] = z[j * n + i]!;
  return {x, s, rank};
}

/** Minimum-norm solution x = Σ_{i<r} vᵢ (uᵢᵀ b)/σᵢ over the r singular values above the cutoff. */
function viaSVD(A: Matrix, B: Float64Array, k: number, rcond: number): Solution {
  const {rows: m, cols: n} = A;
  const {U, s, Vt} = svd(A);
  const rank = numericalRank(s, rcond);
  const p = U.cols;
  // C = Σ_r⁻¹ U_rᵀ B (r×k), accumulated row by row of B.
  const C = new Float64Array(rank * k);
  for (let l = 0; l < m; l++) {
    for (let i = 0; i < rank; i++) {
      const u = U.data[l * p + i]!;
      if (u !== 0) for (let j = 0; j < k; j++) C[i * k + j] += u * B[l * k + j]!;
    }
  }
  for (let i = 0; i < rank; i++) for (let j = 0; j < k; j++) C[i * k + j] /= s[i]!;
  // x = V_r C, with V_r = Vt[0:r, :]ᵀ.
  const x = new Float64Array(n * k);
  for (let i = 0; i < rank; i++) {
    for (let l = 0; l < n; l++) {
      const v = Vt.data[i * n + l]!;
      if (v !== 0) for (let j = 0; j < k; j++) x[l * k + j] += v * C[i * k + j]!;
    }
  }
  return {x, s, rank};
}

/**
 * Normal equations by Cholesky: tall, AᵀA x = Aᵀb; wide, the minimum-norm x = Aᵀy with AAᵀ y = b.
 * Forming the Gram matrix squares κ(A) — that is the point of offering it.
 */
function viaNormalEquations(A: Matrix, B: Float64Array, k: number, rcond: number): Solution {
  const {rows: m, cols: n} = A;
  const s = svd(A, {computeUV: false}).s;
  const rank = numericalRank(s, rcond);
  const tall = m >= n;
  // Scale A and b by one power of two (exact, x unchanged) so the Gram matrix neither overflows nor underflows
  // for reasons of scale alone: what is left is the κ(A)² that this method is here to show.
  const [c1, c2] = powerOfTwoScale(A.data);
  const As = new Matrix(
    m,
    n,
    A.data.map((v) => v * c1 * c2)
  );
  const Bs = B.map((v) => v * c1 * c2);
  // Gram matrix XᵀX (X = A tall, Aᵀ wide) from the contiguous rows of Xᵀ.
  const Xt = tall ? As.T : As;
  const G = new Matrix(Xt.rows, Xt.rows, gramRows(Xt.rows, Xt.cols, Xt.data, 0, Xt.cols));
  const L = cholesky(G);
  const y = tall ? transposeTimes(As, Bs, k) : Bs.slice();
  substitute(L, y, k, true, false, false);
  substitute(L, y, k, true, true, false);
  return {x: tall ? y : transposeTimes(As, y, k), s, rank};
}

/** 2^−e as two representable factors, with 2^e the power of two at or above max |aᵢⱼ| ([1, 1] for zero). */
function powerOfTwoScale(a: Float64Array): [number, number] {
  let big = 0;
  for (const v of a) big = Math.max(big, Math.abs(v));
  if (big === 0) return [1, 1];
  const e = Math.ceil(Math.log2(big)),
    half = Math.trunc(e / 2);
  return [2 ** -half, 2 ** -(e - half)];
}

/** XᵀY for X p×q and Y p×k row-major (q×k row-major). */
function transposeTimes(X: Matrix, Y: Float64Array, k: number): Float64Array {
  const {rows: p, cols: q, data: x} = X;
  const out = new Float64Array(q * k);
  for (let l = 0; l < p; l++) {
    for (let i = 0; i < q; i++) {
      const xi = x[l * q + i]!;
      if (xi !== 0) for (let j = 0; j < k; j++) out[i * k + j] += xi * Y[l * k + j]!;
    }
  }
  return out;
}

/** ‖b_j − A x_j‖² for each of the k columns, computed directly with the scaled norm. */
function residualSumsOfSquares(
  A: Matrix,
  B: Float64Array,
  x: Float64Array,
  k: number
): Float64Array {
  const {rows: m, cols: n, data: a} = A;
  const r = B.slice();
  for (let i = 0; i < m; i++) {
    for (let l = 0; l < n; l++) {
      const ail = a[i * n + l]!;
      if (ail !== 0) for (let j = 0; j < k; j++) r[i * k + j] -= ail * x[l * k + j]!;
    }
  }
  return Float64Array.from({length: k}, (_, j) => norm2(r, j, m, k) ** 2);
}

/** Column-major copy of a row-major m×k block. */
function columnMajor(B: Float64Array, m: number, k: number): Float64Array {
  const c = new Float64Array(m * k);
  for (let i = 0; i < m; i++) for (let j = 0; j < k; j++) c[j * m + i] = B[i * k + j]!;
  return c;
}
