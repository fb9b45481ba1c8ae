// Householder reflectors H = I − τ v vᵀ (Golub & Van Loan 4th ed. Alg 5.1.1, in LAPACK dlarfg's scaled, sign-choosing form) and their products in compact WY form (§5.1.7).
//
// These are workspace kernels shared by QR, bidiagonalization and tridiagonalization. Unlike the
// public API they work IN PLACE on a caller-owned Float64Array, and every vector they touch is
// contiguous: store the matrix column-major to reflect from the left, row-major to reflect from the right.

import {gemmNTSub} from "./gemm-nt.js";

const EPS = 2 ** -52;
/** Smallest normal double divided by ε (LAPACK's dlamch('S')/dlamch('E')): below it, rescale first. */
const SAFE_MIN = 2 ** -1022 / EPS;
const SAFE_MIN_INV = 1 / SAFE_MIN;
/** Sums of squares inside [SMALL_SUMSQ, ∞) need no rescaling: no term can have overflowed, and underflowed terms are negligible. */
const SMALL_SUMSQ = 2 ** -900;

/**
 * Euclidean norm of x[off], x[off + stride], … (len entries), without overflow or harmful underflow:
 * a plain sum of squares when that is safe, otherwise the scaled sum of BLAS dnrm2.
 */
export function norm2(x: Float64Array, off = 0, len = x.length - off, stride = 1): number {
  let sumsq = 0;
  for (let i = 0, p = off; i < len; i++, p += stride) sumsq += x[p]! * x[p]!;
  if (sumsq >= SMALL_SUMSQ && sumsq < Infinity) return Math.sqrt(sumsq);
  // Scaled form: norm = scale · √ssq with scale the largest |x_i| seen so far.
  let scale = 0;
  let ssq = 1;
  for (let i = 0, p = off; i < len; i++, p += stride) {
    const a = Math.abs(x[p]!);
    if (a === 0) continue;
    if (scale < a) {
      ssq = 1 + ssq * (scale / a) * (scale / a);
      scale = a;
    } else {
      ssq += (a / scale) * (a / scale);
    }
  }
  return scale * Math.sqrt(ssq);
}

/**
 * Make the reflector that maps x = data[off .. off+len) to β e₁, in place.
 * On return data[off] = β (|β| = ‖x‖, sign opposite to x₀ so nothing cancels) and data[off+1 .. off+len)
 * holds v₁.. of v = (1, v₁, …); the return value is τ ∈ [1, 2], or 0 when x is already β e₁ (H = I).
 * H = I − τ v vᵀ is symmetric and orthogonal, and H x = β e₁.
 */
export function house(data: Float64Array, off: number, len: number): number {
  if (len <= 1) return 0;
  let xnorm = norm2(data, off + 1, len - 1);
  if (xnorm === 0) return 0;
  let alpha = data[off]!;
  let beta = -Math.sign(alpha || 1) * Math.hypot(alpha, xnorm);
  // If ‖x‖ is so small that 1/(α − β) would lose accuracy, scale x up (a power of two, so exactly) and retry.
  let rescaled = 0;
  while (Math.abs(beta) < SAFE_MIN && rescaled < 20) {
    for (let i = off + 1; i < off + len; i++) data[i]! *= SAFE_MIN_INV;
    alpha *= SAFE_MIN_INV;
    beta *= SAFE_MIN_INV;
    rescaled++;
  }
  if (rescaled > 0) {
    xnorm = norm2(data, off + 1, len - 1);
    beta = -Math.sign(alpha || 1) * Math.hypot(alpha, xnorm);
  }
  const tau = (beta - alpha) / beta;
  const s = 1 / (alpha - beta);
  for (let i = off + 1; i < off + len; i++) data[i]! *= s;
  for (let r = 0; r < rescaled; r++) beta *= SAFE_MIN;
  data[off] = beta;
  return tau;
}

/**
 * Apply H = I − τ v vᵀ to `count` vectors of length len, in place: y_c = data[yoff + c·ystride ..) ← H y_c.
 * v = (1, v[voff+1], …, v[voff+len−1]); v[voff] itself is never read (it usually holds β).
 */
export function applyHouse(
  v: Float64Array, voff: number, tau: number, len: number,
  data: Float64Array, yoff: number, ystride: number, count: number,
): void {
  if (tau === 0) return;
  for (let c = 0, y = yoff; c < count; c++, y += ystride) {
    // w = vᵀ y, then y ← y − τ w v.
    let w = data[y]!;
    for (let i = 1; i < len; i++) w += v[voff + i]! * data[y + i]!;
    w *= tau;
    if (w === 0) continue;
    data[y]! -= w;
    for (let i = 1; i < len; i++) data[y + i]! -= w * v[voff + i]!;
  }
}

/**
 * The product H₀ H₁ ⋯ H_{q−1} = I − Y T Yᵀ of q reflectors on R^len, in compact WY form (GVL §5.1.7, LAPACK dlarft):
 * `y` is Yᵀ (q×len row-major, row p = v_p with its zeros and unit written out), `yt` is Y (len×q row-major),
 * `t` the upper-triangular q×q T (row-major).
 */
export interface BlockReflector {
  readonly q: number;
  readonly len: number;
  readonly y: Float64Array;
  readonly yt: Float64Array;
  readonly t: Float64Array;
}

/**
 * The compact WY form of H_p = I − tau[p] v_p v_pᵀ, p = 0 … q−1, where v_p is stored as `house` leaves it:
 * implicit unit at v[voff + p·(vstride + 1)], tail after it (v_p is zero before index p).
 */
export function blockReflector(v: Float64Array, voff: number, vstride: number, tau: Float64Array, q: number, len: number): BlockReflector {
  const y = new Float64Array(q * len), yt = new Float64Array(len * q), t = new Float64Array(q * q);
  for (let p = 0; p < q; p++) {
    const src = voff + p * vstride, row = p * len;
    y[row + p] = 1;
    for (let i = p + 1; i < len; i++) y[row + i] = v[src + i]!;
  }
  for (let i = 0; i < len; i++) for (let p = 0; p < q; p++) yt[i * q + p] = y[p * len + i]!;
  // g = −Yᵀ Y, one product over the contiguous rows of Yᵀ (only its strictly upper triangle is used).
  const g = new Float64Array(q * q);
  gemmNTSub(q, q, len, y, 0, len, y, 0, len, g, 0, q);
  // Column p of T: t_pp = τ_p and T[0:p, p] = −τ_p · T[0:p, 0:p] · (Y[:, 0:p]ᵀ v_p).
  for (let p = 0; p < q; p++) {
    const tp = tau[p]!;
    for (let a = 0; a < p; a++) {
      let s = 0;
      for (let b = a; b < p; b++) s += t[a * q + b]! * g[b * q + p]!;
      t[a * q + p] = tp * s;
    }
    t[p * q + p] = tp;
  }
  return {q, len, y, yt, t};
}

/**
 * Apply I − Y T Yᵀ (or, with `transpose`, its transpose I − Y Tᵀ Yᵀ) to `count` vectors of length len, in place:
 * x_c = data[off + c·stride ..) ← op(H) x_c. Three matrix products over contiguous rows: this is where blocked
 * Householder methods spend their time.
 */
export function applyBlockReflector(
  H: BlockReflector, transpose: boolean, data: Float64Array, off: number, stride: number, count: number,
): void {
  const {q, len, y, yt, t} = H;
  if (count === 0 || q === 0) return;
  // Rows x_cᵀ ← x_cᵀ − (x_cᵀ Y) op(T)ᵀ Yᵀ. First w = −X Y (count×q) …
  const w = new Float64Array(count * q);
  gemmNTSub(count, q, len, data, off, stride, y, 0, len, w, 0, q);
  // … then z = −w op(T)ᵀ = X Y op(T)ᵀ …
  const opT = transpose ? new Float64Array(q * q) : t;
  if (transpose) for (let a = 0; a < q; a++) for (let p = a; p < q; p++) opT[p * q + a] = t[a * q + p]!;
  const z = new Float64Array(count * q);
  gemmNTSub(count, q, q, w, 0, q, opT, 0, q, z, 0, q);
  // … and X −= z Yᵀ.
  gemmNTSub(count, len, q, z, 0, q, yt, 0, q, data, off, stride);
}
