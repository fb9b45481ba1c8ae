// Householder bidiagonalization, Golub & Van Loan 4th ed. Alg 5.4.2.
import {reflector} from "./reflectors.js";

/** The reduction A = U_B · B · V_Bᵀ of an m×n workspace (m ≥ n): B upper bidiagonal, reflectors kept in the workspace. */
export interface Bidiagonalization {
  m: number;
  n: number;
  /** Diagonal of B (length n). */
  d: Float64Array;
  /** Superdiagonal of B (length n − 1): e[k] = B[k][k+1]. */
  e: Float64Array;
  /** Row-major m×n workspace: left reflector k below the diagonal in column k, right reflector k right of the superdiagonal in row k. */
  work: Float64Array;
  tauLeft: Float64Array;
  tauRight: Float64Array;
}

/** Reduce the row-major m×n workspace `w` (m ≥ n ≥ 1) to upper bidiagonal form. Overwrites `w`. */
export function bidiagonalize(w: Float64Array, m: number, n: number): Bidiagonalization {
  const d = new Float64Array(n), e = new Float64Array(Math.max(n - 1, 0));
  const tauLeft = new Float64Array(n), tauRight = new Float64Array(n);
  const acc = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    // Left reflector: zero column k below the diagonal.
    const [tl, bl] = reflector(w, k * n + k, n, m - k);
    tauLeft[k] = tl;
    d[k] = bl;
    const c0 = k + 1, width = n - c0;
    if (width === 0) break;
    // acc = vᵀ·W[k:, k+1:] (v[0] = 1), accumulated row by row.
    if (tl !== 0) {
      for (let j = 0; j < width; j++) acc[j] = w[k * n + c0 + j]!;
      for (let i = k + 1; i < m; i++) {
        const vi = w[i * n + k]!, o = i * n + c0;
        if (vi !== 0) for (let j = 0; j < width; j++) acc[j] += vi * w[o + j]!;
      }
      for (let j = 0; j < width; j++) w[k * n + c0 + j] -= tl * acc[j]!;
    }
    // Right reflector from row k: zero it to the right of the superdiagonal.
    const [tr, br] = reflector(w, k * n + c0, 1, width);
    tauRight[k] = tr;
    e[k] = br;
    // One pass over the remaining rows: finish the left update, then apply the right reflector.
    const vo = k * n + c0;
    for (let i = k + 1; i < m; i++) {
      const o = i * n + c0;
      if (tl !== 0) {
        const f = tl * w[i * n + k]!;
        if (f !== 0) for (let j = 0; j < width; j++) w[o + j] -= f * acc[j]!;
      }
      if (tr !== 0) {
        let dotp = w[o]!;
        for (let j = 1; j < width; j++) dotp += w[o + j]! * w[vo + j]!;
        const f = tr * dotp;
        if (f !== 0) {
          w[o] -= f;
          for (let j = 1; j < width; j++) w[o + j] -= f * w[vo + j]!;
        }
      }
    }
  }
  return {m, n, d, e, work: w, tauLeft, tauRight};
}
