// Eckart–Young–Mirsky: the truncated SVD is the best rank-k approximation in the Frobenius and 2-norms (Trefethen & Bau Lecture 5, Thms 5.8–5.9).
import {Matrix, type MatrixLike, type SVDResult, norm, sub, svd} from "../linalg/index.js";
import {input} from "../linalg/validate.js";

/**
 * A_k = U[:, :k] · diag(s[:k]) · Vt[:k, :] from a thin SVD (U m×r, s length r, Vt r×n).
 * k must be an integer in 0..r (RangeError otherwise); k = 0 gives the m×n zero matrix.
 */
export function lowRankApprox(f: SVDResult, k: number): Matrix {
  const r = f.s.length;
  if (!Number.isInteger(k) || k < 0 || k > r) throw new RangeError(`lowRankApprox: k must be an integer in 0..${r}, got ${k}`);
  const m = f.U.rows, n = f.Vt.cols, u = f.U.data, v = f.Vt.data, ur = f.U.cols;
  const out = new Matrix(m, n);
  const c = out.data;
  for (let i = 0; i < m; i++) {
    const o = i * n;
    for (let p = 0; p < k; p++) {
      const coef = u[i * ur + p]! * f.s[p]!;
      const vo = p * n;
      for (let j = 0; j < n; j++) c[o + j] += coef * v[vo + j]!;
    }
  }
  return out;
}

/** One row of the Eckart–Young table for rank k. */
export interface EckartYoungRow {
  k: number;
  /** ‖A − A_k‖_F, measured. */
  actual: number;
  /** √(Σ_{i>k} σᵢ²): what the theorem predicts for the Frobenius error. */
  theory: number;
  /** ‖A − A_k‖₂, measured (a second SVD). */
  spectral: number;
  /** σ_{k+1}: what the theorem predicts for the spectral error (0 when k = rank bound). */
  sigmaNext: number;
  /** |actual − theory| / ‖A‖_F: the gap on the scale of the round-off in both (0 for A = 0). */
  relativeGap: number;
}

/**
 * Best rank-k approximation errors for each k in `ks` (integers in 0..min(m, n), else RangeError),
 * measured against the theorem's predictions. Pass a precomputed thin SVD of A to skip one factorization.
 */
export function eckartYoungTable(a: MatrixLike, ks: readonly number[], options: {svd?: SVDResult} = {}): EckartYoungRow[] {
  const A = input("eckartYoungTable", a);
  const f = options.svd ?? svd(A);
  const s = f.s;
  const normA = norm(A, "fro");
  return ks.map((k) => {
    const E = sub(A, lowRankApprox(f, k));
    const actual = norm(E, "fro");
    const theory = tailNorm(s, k);
    const spectral = E.rows === 0 || E.cols === 0 ? 0 : norm(E, 2);
    const sigmaNext = k < s.length ? s[k]! : 0;
    const relativeGap = normA > 0 ? Math.abs(actual - theory) / normA : 0;
    return {k, actual, theory, spectral, sigmaNext, relativeGap};
  });
}

/** √(Σ_{i≥k} s_i²), scaled by the largest term so it neither overflows nor underflows. */
function tailNorm(s: Float64Array, k: number): number {
  let big = 0;
  for (let i = k; i < s.length; i++) big = Math.max(big, Math.abs(s[i]!));
  if (big === 0) return 0;
  let sum = 0;
  for (let i = k; i < s.length; i++) sum += (s[i]! / big) ** 2;
  return big * Math.sqrt(sum);
}
