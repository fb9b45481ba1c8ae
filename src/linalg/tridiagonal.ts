// Householder tridiagonalization of a symmetric matrix, Golub & Van Loan 4th ed. Alg 8.3.1.
import {reflector} from "./reflectors.js";

/** The reduction A = Q·T·Qᵀ of a symmetric n×n workspace: T = tridiag(e, d, e), reflectors kept in the workspace. */
export interface Tridiagonalization {
  n: number;
  /** Diagonal of T (length n). */
  d: Float64Array;
  /** Off-diagonal of T (length n − 1). */
  e: Float64Array;
  /** Row-major n×n workspace: reflector k in row k from column k+1 on (v[0] = 1 implicit). */
  work: Float64Array;
  tau: Float64Array;
}

/** Reduce the full symmetric row-major n×n workspace `w` (n ≥ 1) to tridiagonal form. Overwrites `w`. */
export function tridiagonalize(w: Float64Array, n: number): Tridiagonalization {
  const d = new Float64Array(n), e = new Float64Array(Math.max(n - 1, 0)), tau = new Float64Array(n);
  const p = new Float64Array(n);
  for (let k = 0; k + 2 < n; k++) {
    d[k] = w[k * n + k]!;
    // Reflect row k (= column k) beyond the diagonal: x = W[k, k+1:].
    const r0 = k + 1, len = n - r0, vo = k * n + r0;
    const [t, beta] = reflector(w, vo, 1, len);
    tau[k] = t;
    e[k] = beta;
    if (t === 0) continue;
    // p = τ·W₂·v, then w = p − (τ/2)(pᵀv)·v, then W₂ −= v·wᵀ + w·vᵀ on the trailing block W₂.
    let pv = 0;
    for (let i = 0; i < len; i++) {
      const o = (r0 + i) * n + r0;
      let s = w[o]!;
      for (let j = 1; j < len; j++) s += w[o + j]! * w[vo + j]!;
      p[i] = t * s;
      pv += p[i]! * (i === 0 ? 1 : w[vo + i]!);
    }
    const K = (t / 2) * pv;
    p[0] = p[0]! - K;
    for (let i = 1; i < len; i++) p[i] = p[i]! - K * w[vo + i]!;
    for (let i = 0; i < len; i++) {
      const o = (r0 + i) * n + r0;
      const vi = i === 0 ? 1 : w[vo + i]!, pi = p[i]!;
      w[o] -= vi * p[0]! + pi;
      for (let j = 1; j < len; j++) w[o + j] -= vi * p[j]! + pi * w[vo + j]!;
    }
  }
  if (n >= 2) {
    d[n - 2] = w[(n - 2) * n + n - 2]!;
    e[n - 2] = w[(n - 2) * n + n - 1]!;
  }
  d[n - 1] = w[n * n - 1]!;
  return {n, d, e, work: w, tau};
}
