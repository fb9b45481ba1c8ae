// Householder tridiagonalization of a symmetric matrix, Golub & Van Loan 4th ed. Alg 8.3.1, blocked as LAPACK dsytrd/dlatrd.
import {gemmNTSub} from "./gemm-nt.js";
import {rowDots} from "./matvec-kernels.js";
import {house} from "./householder.js";
import {scratch} from "./kernels.js";

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

/** Panel width of the blocked reduction, and the trailing size below which it finishes unblocked. */
const NB = 8;
const CROSSOVER = 24;

/**
 * Reduce the full symmetric row-major n×n workspace `w` (n ≥ 1) to tridiagonal form. Overwrites `w`.
 * Panels of NB rows are reduced against the pending update A − V·Wᵀ − W·Vᵀ, which is then applied to
 * the trailing matrix as one matrix–matrix product.
 */
export function tridiagonalize(w: Float64Array, n: number): Tridiagonalization {
  const t: Tridiagonalization = {
    n,
    work: w,
    d: new Float64Array(n),
    e: new Float64Array(Math.max(n - 1, 0)),
    tau: new Float64Array(n)
  };
  let k0 = 0;
  if (n >= CROSSOVER) {
    const W = scratch(n * NB),
      P = scratch(n * 2 * NB),
      Q = scratch(n * 2 * NB);
    const v = scratch(n),
      t1 = new Float64Array(NB),
      t2 = new Float64Array(NB);
    for (; n - k0 >= CROSSOVER; k0 += NB) panel(t, k0, W, P, Q, v, t1, t2);
  }
  unblocked(t, k0);
  return t;
}

/**
 * Rows (= columns) i0..i0+NB−1. V_p is reflector p (row i0+p of the workspace, one at column i0+p+1)
 * and W_p = τ_p·A_p·v_p − (τ_p/2)(…)·v_p its update partner; the matrix at step j is
 * A − Σ_{p<j} (V_p·W_pᵀ + W_p·V_pᵀ) with A the workspace at the start of the panel.
 */
function panel(
  t: Tridiagonalization,
  i0: number,
  W: Float64Array,
  P: Float64Array,
  Q: Float64Array,
  v: Float64Array,
  t1: Float64Array,
  t2: Float64Array
): void {
  const {n, work: w, d, e, tau} = t;
  const nb = NB;
  const V = (p: number, r: number) =>
    r === i0 + p + 1 ? 1 : r > i0 + p + 1 ? w[(i0 + p) * n + r]! : 0;
  W.fill(0);
  for (let jj = 0; jj < nb; jj++) {
    const i = i0 + jj,
      c0 = i + 1,
      len = n - c0;
    // Row i from the diagonal on: subtract the pending updates.
    for (let p = 0; p < jj; p++) {
      t1[p] = V(p, i);
      t2[p] = W[i * nb + p]!;
    }
    for (let c = i; c < n; c++) {
      let s = 0;
      for (let p = 0; p < jj; p++) s += t1[p]! * W[c * nb + p]! + t2[p]! * V(p, c);
      w[i * n + c] -= s;
    }
    d[i] = w[i * n + i]!;
    const tq = house(w, i * n + c0, len, 1),
      beta = w[i * n + c0]!;
    tau[i] = tq;
    e[i] = beta;
    // W_j = τ·(A·v − V·(Wᵀv) − W·(Vᵀv)) on rows c0..n−1, then W_j −= (τ/2)(W_jᵀv)·v.
    v[0] = 1;
    for (let j = 1; j < len; j++) v[j] = w[i * n + c0 + j]!;
    rowDots(w, n, c0, n, c0, len, v, W, nb, jj);
    for (let p = 0; p < jj; p++) {
      let sw = 0,
        sv = 0;
      for (let j = 0; j < len; j++) {
        sw += W[(c0 + j) * nb + p]! * v[j]!;
        sv += V(p, c0 + j) * v[j]!;
      }
      t1[p] = sw;
      t2[p] = sv;
    }
    let wv = 0;
    for (let j = 0; j < len; j++) {
      const r = c0 + j;
      let s = W[r * nb + jj]!;
      for (let p = 0; p < jj; p++) s -= V(p, r) * t1[p]! + W[r * nb + p]! * t2[p]!;
      s *= tq;
      W[r * nb + jj] = s;
      wv += s * v[j]!;
    }
    const alpha = -0.5 * tq * wv;
    for (let j = 0; j < len; j++) W[(c0 + j) * nb + jj] += alpha * v[j]!;
  }
  // Trailing block: A[k:, k:] −= [V W]·[W V]ᵀ with k = i0 + nb.
  const k = i0 + nb,
    R = n - k,
    K = 2 * nb;
  for (let r = 0; r < R; r++) {
    const po = r * K;
    for (let p = 0; p < nb; p++) {
      const vp = V(p, k + r),
        wp = W[(k + r) * nb + p]!;
      P[po + p] = vp;
      P[po + nb + p] = wp;
      Q[po + p] = wp;
      Q[po + nb + p] = vp;
    }
  }
  gemmNTSub(R, R, K, P, 0, K, Q, 0, K, w, k * n + k, n);
}

/** Reduce from row k0 on, one reflector at a time, with rank-2 updates of the trailing matrix. */
function unblocked(t: Tridiagonalization, k0: number): void {
  const {n, work: w, d, e, tau} = t;
  const p = new Float64Array(n);
  for (let k = k0; k + 2 < n; k++) {
    d[k] = w[k * n + k]!;
    // Reflect row k (= column k) beyond the diagonal: x = W[k, k+1:].
    const r0 = k + 1,
      len = n - r0,
      vo = k * n + r0;
    const tk = house(w, vo, len, 1),
      beta = w[vo]!;
    tau[k] = tk;
    e[k] = beta;
    if (tk === 0) continue;
    // p = τ·W₂·v, then w = p − (τ/2)(pᵀv)·v, then W₂ −= v·wᵀ + w·vᵀ on the trailing block W₂.
    let pv = 0;
    for (let i = 0; i < len; i++) {
      const o = (r0 + i) * n + r0;
      let s = w[o]!;
      for (let j = 1; j < len; j++) s += w[o + j]! * w[vo + j]!;
      p[i] = tk * s;
      pv += p[i]! * (i === 0 ? 1 : w[vo + i]!);
    }
    const K = (tk / 2) * pv;
    p[0] = p[0]! - K;
    for (let i = 1; i < len; i++) p[i] = p[i]! - K * w[vo + i]!;
    for (let i = 0; i < len; i++) {
      const o = (r0 + i) * n + r0;
      const vi = i === 0 ? 1 : w[vo + i]!,
        pi = p[i]!;
      w[o] -= vi * p[0]! + pi;
      for (let j = 1; j < len; j++) w[o + j] -= vi * p[j]! + pi * w[vo + j]!;
    }
  }
  if (n - k0 >= 2) {
    d[n - 2] = w[(n - 2) * n + n - 2]!;
    e[n - 2] = w[(n - 2) * n + n - 1]!;
  }
  d[n - 1] = w[n * n - 1]!;
}
