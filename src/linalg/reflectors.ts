// Householder reflectors in strided storage and their products in compact WY form, Golub & Van Loan 4th ed. Alg 5.1.1 and §5.1.7.
import {gemmNTSub} from "./gemm-nt.js";

/** Below this, a sum of squares may have lost terms to underflow: recompute it scaled. */
const SUMSQ_SAFE = 2 ** -900;
/** A reflector tail below this is dropped (H = I): callers work on matrices scaled to unit max-abs, so it is far below ε·‖A‖. */
const NEGLIGIBLE = 2 ** -600;

/**
 * Turn the `len` entries x[off], x[off + step], … into a Householder reflector H = I − τ·v·vᵀ with
 * H·x = β·e₁: v[0] = 1 is implicit and v[1..] overwrites x[off + step..]. Returns [τ, β]; τ = 0 when
 * the tail is zero (or negligible, below 2⁻⁶⁰⁰) already.
 */
export function reflector(x: Float64Array, off: number, step: number, len: number): [number, number] {
  const alpha = x[off]!;
  let ss = 0;
  for (let i = 1, o = off + step; i < len; i++, o += step) ss += x[o]! * x[o]!;
  let tail: number;
  if (ss >= SUMSQ_SAFE) tail = Math.sqrt(ss);
  else {
    let big = 0;
    for (let i = 1, o = off + step; i < len; i++, o += step) big = Math.max(big, Math.abs(x[o]!));
    if (big < NEGLIGIBLE) return [0, alpha];
    let sc = 0;
    for (let i = 1, o = off + step; i < len; i++, o += step) sc += (x[o]! / big) ** 2;
    tail = big * Math.sqrt(sc);
  }
  const aa = Math.abs(alpha), hi = Math.max(aa, tail), lo = Math.min(aa, tail);
  const norm = hi * Math.sqrt(1 + (lo / hi) * (lo / hi));
  const beta = alpha > 0 ? -norm : norm;
  const tau = (beta - alpha) / beta;
  const f = 1 / (alpha - beta);
  for (let i = 1, o = off + step; i < len; i++, o += step) x[o] = x[o]! * f;
  return [tau, beta];
}

/** Reflectors per compact-WY block. */
const BLOCK = 8;

/**
 * The first `rows` rows of (H₀·H₁·…·H_{k−1})ᵀ as a fresh row-major rows×len array, where
 * H_j = I − τ_j·v_j·v_jᵀ on R^len and v_j — zero before index off + j, one there — is row j of the
 * row-major k×len array `vt`. Reflectors are applied backward in blocks H_{j1−1}⋯H_{j0} = I − Y·Tᵀ·Yᵀ
 * (compact WY, T upper triangular), so the work is matrix–matrix products.
 */
function reflectorProductT(vt: Float64Array, k: number, len: number, off: number, tau: Float64Array, rows: number): Float64Array {
  const x = new Float64Array(rows * len);
  for (let i = 0; i < rows; i++) x[i * len + i] = 1;
  const T = new Float64Array(BLOCK * BLOCK), t = new Float64Array(BLOCK);
  const z = new Float64Array(rows * BLOCK), zt = new Float64Array(rows * BLOCK), yp = new Float64Array(len * BLOCK);
  for (let j0 = Math.floor((k - 1) / BLOCK) * BLOCK; j0 >= 0; j0 -= BLOCK) {
    const q = Math.min(BLOCK, k - j0), s = off + j0, L = len - s, R = rows - s;
    if (R <= 0) continue;
    // T: column p is −τ_p·T[0:p, 0:p]·(Y[:, 0:p]ᵀ·y_p), diagonal τ_p.
    for (let p = 0; p < q; p++) {
      const tp = tau[j0 + p]!, yo = (j0 + p) * len;
      for (let a = 0; a < p; a++) {
        const ao = (j0 + a) * len;
        let d = 0;
        for (let i = s + p; i < len; i++) d += vt[ao + i]! * vt[yo + i]!;
        t[a] = -tp * d;
      }
      for (let a = 0; a < p; a++) {
        let acc = 0;
        for (let b = a; b < p; b++) acc += T[a * BLOCK + b]! * t[b]!;
        T[a * BLOCK + p] = acc;
      }
      T[p * BLOCK + p] = tp;
      for (let a = p + 1; a < q; a++) T[a * BLOCK + p] = 0;
    }
    // z = −X[s:, s:]·Y (R×q), then zt = −z·Tᵀ = (X·Y)·Tᵀ.
    z.fill(0, 0, R * q);
    gemmNTSub(R, q, L, x, s * len + s, len, vt, j0 * len + s, len, z, 0, q);
    for (let r = 0; r < R; r++) {
      for (let p = 0; p < q; p++) {
        let acc = 0;
        for (let a = p; a < q; a++) acc += z[r * q + a]! * T[p * BLOCK + a]!;
        zt[r * q + p] = -acc;
      }
    }
    // X[s:, s:] −= zt·Yᵀ, with Y packed L×q so the inner index is contiguous.
    for (let i = 0; i < L; i++) for (let p = 0; p < q; p++) yp[i * q + p] = vt[(j0 + p) * len + s + i]!;
    gemmNTSub(R, L, q, zt, 0, q, yp, 0, q, x, s * len + s, len);
  }
  return x;
}

function transpose(x: Float64Array, rows: number, cols: number): Float64Array {
  const out = new Float64Array(rows * cols);
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) out[j * rows + i] = x[i * cols + j]!;
  return out;
}

/**
 * H₀·H₁·…·H_{k−1} for the reflectors stored by column in the row-major m×n workspace `w` (reflector j
 * in column j below the diagonal, v[j] = 1 implicit, τ in `tau`, k = tau.length), restricted to its
 * first `cols` columns (k ≤ cols ≤ m): a fresh row-major m×cols array.
 */
export function columnReflectorProduct(w: Float64Array, m: number, n: number, tau: Float64Array, cols: number): Float64Array {
  const k = tau.length;
  const vt = new Float64Array(k * m);
  for (let j = 0; j < k; j++) {
    vt[j * m + j] = 1;
    for (let i = j + 1; i < m; i++) vt[j * m + i] = w[i * n + j]!;
  }
  return transpose(reflectorProductT(vt, k, m, 0, tau, cols), cols, m);
}

/**
 * G₀·G₁·…·G_{n−3} for the reflectors stored by row in the row-major n-column workspace `w` (reflector k
 * acts on indices k+1..n−1 and sits in row k from column k+1 on, v[0] = 1 implicit, τ in `tau`): a fresh
 * row-major n×n array.
 */
export function rowReflectorProduct(w: Float64Array, n: number, tau: Float64Array): Float64Array {
  const k = Math.max(n - 2, 0);
  const vt = new Float64Array(k * n);
  for (let j = 0; j < k; j++) {
    vt[j * n + j + 1] = 1;
    for (let i = j + 2; i < n; i++) vt[j * n + i] = w[j * n + i]!;
  }
  return transpose(reflectorProductT(vt, k, n, 1, tau, n), n, n);
}
