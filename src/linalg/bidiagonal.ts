// Householder bidiagonalization, Golub & Van Loan 4th ed. Alg 5.4.2.
import {gemmNTSub} from "./gemm-nt.js";
import {accumulateRows, rowDots} from "./matvec-kernels.js";
import {house} from "./householder.js";
import {scratch} from "./kernels.js";

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

/** Panel width of the blocked reduction (4 beats 8 at 100×80 and ties at 500×400), and the trailing size below which it finishes unblocked. */
const NB = 4;
const CROSSOVER = 16;

/**
 * Reduce the row-major m×n workspace `w` (m ≥ n ≥ 1) to upper bidiagonal form. Overwrites `w`.
 * Panels of NB columns are reduced with the trailing matrix left untouched (LAPACK dlabrd: the pending
 * update is A − V·Yᵀ − X·Uᵀ), which is then applied as one matrix–matrix product.
 */
export function bidiagonalize(w: Float64Array, m: number, n: number): Bidiagonalization {
  const b: Bidiagonalization = {
    m,
    n,
    work: w,
    d: new Float64Array(n),
    e: new Float64Array(Math.max(n - 1, 0)),
    tauLeft: new Float64Array(n),
    tauRight: new Float64Array(n)
  };
  let k0 = 0;
  if (n >= CROSSOVER) {
    const ws: PanelWork = {
      X: scratch(m * NB),
      Y: scratch(n * NB),
      P: scratch(m * 2 * NB),
      Q: scratch(n * 2 * NB),
      acc: scratch(Math.max(m, n)),
      t1: new Float64Array(NB + 1),
      t2: new Float64Array(NB + 1)
    };
    for (; n - k0 >= CROSSOVER; k0 += NB) panel(b, k0, ws);
  }
  unblocked(b, k0);
  return b;
}

interface PanelWork {
  X: Float64Array;
  Y: Float64Array;
  P: Float64Array;
  Q: Float64Array;
  acc: Float64Array;
  t1: Float64Array;
  t2: Float64Array;
}

/**
 * Reduce columns and rows i0..i0+NB−1 (i0 + NB < n). With V_p, U_p the left and right reflector vectors
 * of step p and X, Y built alongside, the matrix at step j is A − Σ_{p<j} (V_p·Y_pᵀ + X_p·U_pᵀ), where A
 * is the workspace as it was at the start of the panel; only row and column i0 + j are brought up to
 * date before their reflectors are made.
 */
function panel(b: Bidiagonalization, i0: number, ws: PanelWork): void {
  const {m, n, work: w, d, e, tauLeft, tauRight} = b;
  const {X, Y, P, Q, acc, t1, t2} = ws;
  const nb = NB;
  X.fill(0);
  Y.fill(0);
  for (let jj = 0; jj < nb; jj++) {
    const i = i0 + jj,
      c0 = i + 1,
      width = n - c0;
    // Column i, rows i..m−1: subtract the pending updates of the earlier steps.
    for (let p = 0; p < jj; p++) {
      t1[p] = Y[i * nb + p]!;
      t2[p] = i === i0 + p + 1 ? 1 : w[(i0 + p) * n + i]!;
    }
    for (let r = i; r < m; r++) {
      const ro = r * n + i0,
        xo = r * nb;
      let s = 0;
      for (let p = 0; p < jj; p++) s += w[ro + p]! * t1[p]! + X[xo + p]! * t2[p]!;
      w[r * n + i] -= s;
    }
    const tq = house(w, i * n + i, m - i, n),
      bq = w[i * n + i]!;
    tauLeft[i] = tq;
    d[i] = bq;
    // Y_j = τq·(Aᵀv − Y·(Vᵀv) − U·(Xᵀv)) on columns c0..n−1, with v = V_j (v[i] = 1).
    for (let j = 0; j < width; j++) acc[j] = w[i * n + c0 + j]!;
    for (let p = 0; p < jj; p++) {
      t1[p] = w[i * n + i0 + p]!;
      t2[p] = X[i * nb + p]!;
    }
    accumulateRows(w, n, i + 1, m, i, c0, width, acc);
    for (let r = i + 1; r < m; r++) {
      const vr = w[r * n + i]!,
        ro = r * n + i0,
        xo = r * nb;
      for (let p = 0; p < jj; p++) {
        t1[p] += vr * w[ro + p]!;
        t2[p] += vr * X[xo + p]!;
      }
    }
    for (let j = 0; j < width; j++) {
      const c = c0 + j;
      let s = acc[j]!;
      for (let p = 0; p < jj; p++) s -= Y[c * nb + p]! * t1[p]! + w[(i0 + p) * n + c]! * t2[p]!;
      Y[c * nb + jj] = tq * s;
    }
    // Row i, columns c0..n−1: the pending updates of steps 0..j (left) and 0..j−1 (right).
    for (let p = 0; p <= jj; p++) {
      t1[p] = p === jj ? 1 : w[i * n + i0 + p]!;
      t2[p] = X[i * nb + p]!;
    }
    for (let j = 0; j < width; j++) {
      const c = c0 + j;
      let s = 0;
      for (let p = 0; p <= jj; p++) s += t1[p]! * Y[c * nb + p]!;
      for (let p = 0; p < jj; p++) s += t2[p]! * w[(i0 + p) * n + c]!;
      w[i * n + c] -= s;
    }
    const tp = house(w, i * n + c0, width, 1),
      bp = w[i * n + c0]!;
    tauRight[i] = tp;
    e[i] = bp;
    // X_j = τp·(A·u − V·(Yᵀu) − X·(Uᵀu)) on rows i+1..m−1, with u = U_j (u[c0] = 1).
    const uo = i * n + c0;
    const u = acc;
    u[0] = 1;
    for (let j = 1; j < width; j++) u[j] = w[uo + j]!;
    t1.fill(0, 0, jj + 1);
    for (let j = 0; j < width; j++) {
      const yo = (c0 + j) * nb,
        uj = u[j]!;
      for (let p = 0; p <= jj; p++) t1[p] += Y[yo + p]! * uj;
    }
    for (let p = 0; p < jj; p++) {
      const ro = (i0 + p) * n + c0;
      let s2 = 0;
      for (let j = 0; j < width; j++) s2 += w[ro + j]! * u[j]!;
      t2[p] = s2;
    }
    rowDots(w, n, i + 1, m, c0, width, u, X, nb, jj);
    for (let r = i + 1; r < m; r++) {
      const ro = r * n + i0,
        xo = r * nb;
      let s = X[xo + jj]!;
      for (let p = 0; p <= jj; p++) s -= w[ro + p]! * t1[p]!;
      for (let p = 0; p < jj; p++) s -= X[xo + p]! * t2[p]!;
      X[xo + jj] = tp * s;
    }
  }
  // Trailing block: A[k:, k:] −= [V X]·[Y U]ᵀ with k = i0 + nb, as one product.
  const k = i0 + nb,
    R = m - k,
    C = n - k,
    K = 2 * nb;
  for (let r = 0; r < R; r++) {
    const ro = (k + r) * n + i0,
      xo = (k + r) * nb,
      po = r * K;
    for (let p = 0; p < nb; p++) {
      P[po + p] = w[ro + p]!;
      P[po + nb + p] = X[xo + p]!;
    }
  }
  for (let c = 0; c < C; c++) {
    const qo = c * K,
      col = k + c;
    for (let p = 0; p < nb; p++) {
      Q[qo + p] = Y[col * nb + p]!;
      Q[qo + nb + p] = col === i0 + p + 1 ? 1 : w[(i0 + p) * n + col]!;
    }
  }
  gemmNTSub(R, C, K, P, 0, K, Q, 0, K, w, k * n + k, n);
}

/** Reduce from column k0 on, one reflector pair at a time, updating the trailing matrix in place. */
function unblocked(b: Bidiagonalization, k0: number): void {
  const {m, n, work: w, d, e, tauLeft, tauRight} = b;
  const acc = new Float64Array(n);
  for (let k = k0; k < n; k++) {
    // Left reflector: zero column k below the diagonal.
    const tl = house(w, k * n + k, m - k, n),
      bl = w[k * n + k]!;
    tauLeft[k] = tl;
    d[k] = bl;
    const c0 = k + 1,
      width = n - c0;
    if (width === 0) break;
    // acc = vᵀ·W[k:, k+1:] (v[0] = 1), accumulated row by row.
    if (tl !== 0) {
      for (let j = 0; j < width; j++) acc[j] = w[k * n + c0 + j]!;
      for (let i = k + 1; i < m; i++) {
        const vi = w[i * n + k]!,
          o = i * n + c0;
        if (vi !== 0) for (let j = 0; j < width; j++) acc[j] += vi * w[o + j]!;
      }
      for (let j = 0; j < width; j++) w[k * n + c0 + j] -= tl * acc[j]!;
    }
    // Right reflector from row k: zero it to the right of the superdiagonal.
    const tr = house(w, k * n + c0, width, 1),
      br = w[k * n + c0]!;
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
}
