// Low-rank approximation: the rank-k truncation of an SVD and the Eckart–Young–Mirsky error table
// (the truncated SVD is the best rank-k approximation in the Frobenius and 2-norms; Trefethen & Bau
// Lecture 5, Thms 5.8–5.9).
import {
  Matrix,
  type MatrixLike,
  type SVDResult,
  add,
  isSVDResult,
  matmul,
  norm,
  qr,
  scale,
  sub,
  svd,
  transpose
} from "../linalg/index.js";
import {input} from "../linalg/validate.js";
import {defaultRng} from "../random/index.js";

/**
 * A_k = U[:, :k] · diag(s[:k]) · Vt[:k, :], the top-k singular triplets. Pass A (one SVD is computed) or an
 * SVD already computed (reduced or full), so a slider over k costs one pass over the factors, not an SVD.
 * k must be an integer in 0..min(m, n) (RangeError otherwise); k = 0 gives the m×n zero matrix.
 */
export function lowRankApprox(a: MatrixLike | SVDResult, k: number): Matrix {
  const f = isSVDResult(a) ? a : svd(input("lowRankApprox", a));
  const r = f.s.length;
  if (!Number.isInteger(k) || k < 0 || k > r) {
    throw new RangeError(`lowRankApprox: k must be an integer in 0..${r}, got ${k}`);
  }
  const m = f.U.rows,
    n = f.Vt.cols,
    u = f.U.data,
    v = f.Vt.data,
    ur = f.U.cols;
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

/** One row of the Eckart–Young table for rank k: measured errors against the theorem's predictions. */
export interface EckartYoungRow {
  k: number;
  /** ‖A − A_k‖_F, measured. */
  frobenius: number;
  /** √(Σ_{i>k} σᵢ²): what the theorem predicts for the Frobenius error. */
  tail: number;
  /** ‖A − A_k‖₂, measured (a second SVD). */
  spectral: number;
  /** σ_{k+1}: what the theorem predicts for the spectral error (0 past the last). */
  sigmaNext: number;
  /** |frobenius − tail| / ‖A‖_F: the gap on the scale of the round-off in both (0 for A = 0). */
  relativeGap: number;
}

/**
 * Best rank-k approximation errors for each k in `ks` (integers in 0..min(m, n), else RangeError; default
 * every k from 0 to min(m, n)), measured against the theorem's predictions. Pass a precomputed thin SVD of A
 * as `f` to skip one factorization.
 */
export function eckartYoungTable(
  a: MatrixLike,
  ks?: readonly number[],
  f?: SVDResult
): EckartYoungRow[] {
  const A = input("eckartYoungTable", a);
  const F = f ?? svd(A);
  const s = F.s;
  const normA = norm(A, "fro");
  const ranks = ks ?? Array.from({length: s.length + 1}, (_, k) => k);
  return ranks.map((k) => {
    const E = sub(A, lowRankApprox(F, k));
    const frobenius = norm(E, "fro");
    const tail = tailNorm(s, k);
    const spectral = E.rows === 0 || E.cols === 0 ? 0 : norm(E, 2);
    const sigmaNext = k < s.length ? s[k]! : 0;
    const relativeGap = normA > 0 ? Math.abs(frobenius - tail) / normA : 0;
    return {k, frobenius, tail, spectral, sigmaNext, relativeGap};
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

/** A rival to the truncation A_k: the projection QQᵀA onto a random k-dimensional column space. */
export interface SubspaceRival {
  k: number;
  /** ‖A − QQᵀA‖_F. */
  frobenius: number;
  /** ‖A − QQᵀA‖₂ (only when asked for: one SVD per rival). */
  spectral?: number;
}

/**
 * For each k in `ks`, `perK` rank-k rivals QQᵀA, Q the orthonormal basis (Householder QR) of m×k
 * standard normal draws from defaultRng(seed), in that order; their errors, which Eckart–Young
 * bounds below by the truncation's. A plain function of its arguments, so it can run in a worker.
 */
export function subspaceRivals(
  a: MatrixLike,
  ks: readonly number[],
  perK: number,
  seed: number,
  {spectral = false}: {spectral?: boolean} = {}
): SubspaceRival[] {
  const A = input("subspaceRivals", a);
  const rng = defaultRng(seed);
  return ks.flatMap((k) =>
    Array.from({length: perK}, () => {
      const Q = qr(rng.standardNormal([A.rows, k])).Q;
      const E = sub(A, matmul(Q, matmul(transpose(Q), A)));
      const frobenius = norm(E, "fro");
      return spectral ? {k, frobenius, spectral: norm(E, 2)} : {k, frobenius};
    })
  );
}

/** The truncation A_k against a rank-k fit whose row space is nudged off the optimal one. */
export interface NudgedRival {
  k: number;
  /** ‖A − A_k‖_F. */
  best: number;
  /** ‖A − AWWᵀ‖_F, W the orthonormal basis (Householder QR) of V_k + nudge·G. */
  rival: number;
}

/**
 * For each k in `ks` (with seeds[i] for ks[i]): G, n×k standard normal draws from defaultRng(seed),
 * W from qr(V_k + nudge·G), and both errors. Pass A's SVD as `f` to skip one factorization. A plain
 * function of its arguments, so it can run in a worker.
 */
export function nudgedRowSpaceRivals(
  a: MatrixLike,
  ks: readonly number[],
  seeds: readonly number[],
  nudge: number,
  f?: SVDResult
): NudgedRival[] {
  const A = input("nudgedRowSpaceRivals", a);
  if (seeds.length !== ks.length) {
    throw new RangeError(`nudgedRowSpaceRivals: ${ks.length} ranks but ${seeds.length} seeds`);
  }
  const F = f ?? svd(A);
  return ks.map((k, i) => {
    const Vk = transpose(F.Vt.slice(0, k));
    const G = defaultRng(seeds[i]!).standardNormal([A.cols, k]);
    const W = qr(add(Vk, scale(nudge, G))).Q;
    const rival = norm(sub(A, matmul(matmul(A, W), transpose(W))), "fro");
    return {k, best: norm(sub(A, lowRankApprox(F, k)), "fro"), rival};
  });
}

/**
 * A smooth m×n test "image": Σ wᵢ sin(aᵢπt) cos(bᵢπu) over the layers [w, a, b], t and u on [0, 1] — one
 * rank-one term per layer — plus `noise` (an m×n matrix, e.g. scaled Gaussian draws). Its singular values
 * drop after the layers.
 */
export function layeredImage(
  layers: readonly (readonly [number, number, number])[],
  noise: Matrix
): Matrix {
  const {rows: m, cols: n} = noise;
  const out = new Matrix(m, n);
  for (let i = 0; i < m; i++) {
    const t = m > 1 ? i / (m - 1) : 0;
    for (let j = 0; j < n; j++) {
      const u = n > 1 ? j / (n - 1) : 0;
      let v = noise.get(i, j);
      for (const [w, a, b] of layers)
        v += w * Math.sin(a * Math.PI * t) * Math.cos(b * Math.PI * u);
      out.data[i * n + j] = v;
    }
  }
  return out;
}
