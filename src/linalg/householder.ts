// Householder reflectors H = I − τ v vᵀ (Golub & Van Loan 4th ed. Alg 5.1.1, as LAPACK dlarfg) and their products in compact WY form (§5.1.7).
//
// Workspace kernels shared by QR, the Hessenberg, bidiagonal and tridiagonal reductions, and the accumulation
// of Q, U, V and eigenvectors. Unlike the public API they work IN PLACE on caller-owned Float64Arrays.

import {gemmNTSub} from "./gemm-nt.js";
import {scratch} from "./kernels.js";

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
 * Make the reflector that maps x = (data[off], data[off + stride], …) (len entries) to β e₁, in place.
 * On return data[off] = β (|β| = ‖x‖, sign opposite to x₀ so nothing cancels) and the later entries
 * hold v₁.. of v = (1, v₁, …); the return value is τ ∈ [1, 2], or 0 when x is already β e₁ (H = I).
 * H = I − τ v vᵀ is symmetric and orthogonal, and H x = β e₁.
 */
export function house(data: Float64Array, off: number, len: number, stride = 1): number {
  if (len <= 1) return 0;
  const end = off + len * stride;
  let xnorm = norm2(data, off + stride, len - 1, stride);
  if (xnorm === 0) return 0;
  let alpha = data[off]!;
  let beta = -Math.sign(alpha || 1) * Math.hypot(alpha, xnorm);
  // If ‖x‖ is so small that 1/(α − β) would lose accuracy, scale x up (a power of two, so exactly) and retry.
  let rescaled = 0;
  while (Math.abs(beta) < SAFE_MIN && rescaled < 20) {
    for (let i = off + stride; i < end; i += stride) data[i]! *= SAFE_MIN_INV;
    alpha *= SAFE_MIN_INV;
    beta *= SAFE_MIN_INV;
    rescaled++;
  }
  if (rescaled > 0) {
    xnorm = norm2(data, off + stride, len - 1, stride);
    beta = -Math.sign(alpha || 1) * Math.hypot(alpha, xnorm);
  }
  const tau = (beta - alpha) / beta;
  const s = 1 / (alpha - beta);
  for (let i = off + stride; i < end; i += stride) data[i]! *= s;
  for (let r = 0; r < rescaled; r++) beta *= SAFE_MIN;
  data[off] = beta;
  return tau;
}

/**
 * Apply H = I − τ v vᵀ to `count` vectors of length len, in place: y_c = data[yoff + c·ystride ..) ← H y_c.
 * v = (1, v[voff+1], …, v[voff+len−1]) and the vectors are contiguous; v[voff] itself is never read (it usually holds β).
 */
export function applyHouse(
  v: Float64Array,
  voff: number,
  tau: number,
  len: number,
  data: Float64Array,
  yoff: number,
  ystride: number,
  count: number
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

/** Reflectors per compact-WY block (8 beats 16 for Q of 100×80 and ties at 500×400). */
export const BLOCK = 8;

/**
 * Workspace for one block of q ≤ BLOCK reflectors on R^len applied to up to `count` vectors:
 * the block H_{0}⋯H_{q−1} = I − Y T Yᵀ is held as `yt` (Yᵀ, q×len, unit and zeros written out) and
 * `t` (upper-triangular T, BLOCK×BLOCK).
 */
export class BlockReflector {
  q = 0;
  len = 0;
  readonly yt: Float64Array;
  readonly t = new Float64Array(BLOCK * BLOCK);
  private readonly g = scratch(BLOCK * BLOCK);
  private readonly yp: Float64Array;
  private readonly z: Float64Array;
  private readonly zt: Float64Array;

  /** Workspaces come from scratch, so inside withScratch the products run in the WASM kernels. */
  constructor(maxLen: number, maxCount: number) {
    this.yt = scratch(BLOCK * maxLen);
    this.yp = scratch(BLOCK * maxLen);
    this.z = scratch(BLOCK * maxCount);
    this.zt = scratch(BLOCK * maxCount);
  }

  /**
   * Load reflectors j0 … j0+q−1 of a set where entry i of v_j (unit at index j + shift, zero before it,
   * i > j + shift stored) is v[j·vs + i·is], restricted to indices from s = j0 + shift on (len − s of them),
   * with τ_j = tau[j]; then form T (LAPACK dlarft: t_pp = τ_p, T[0:p, p] = −τ_p T[0:p, 0:p] (Y[:, 0:p]ᵀ y_p)).
   */
  load(
    v: Float64Array,
    vs: number,
    is: number,
    shift: number,
    tau: Float64Array,
    j0: number,
    q: number,
    len: number
  ): void {
    const s = j0 + shift,
      L = len - s,
      {yt, t, g} = this;
    this.q = q;
    this.len = L;
    yt.fill(0, 0, q * L);
    for (let p = 0; p < q; p++) {
      const row = p * L,
        src = (j0 + p) * vs + s * is;
      yt[row + p] = 1;
      for (let i = p + 1; i < L; i++) yt[row + i] = v[src + i * is]!;
    }
    // g = −Yᵀ Y (only its strictly upper triangle is used).
    g.fill(0, 0, q * BLOCK);
    gemmNTSub(q, q, L, yt, 0, L, yt, 0, L, g, 0, BLOCK);
    for (let p = 0; p < q; p++) {
      const tp = tau[j0 + p]!;
      for (let a = 0; a < p; a++) {
        let acc = 0;
        for (let b = a; b < p; b++) acc += t[a * BLOCK + b]! * g[b * BLOCK + p]!;
        t[a * BLOCK + p] = tp * acc;
      }
      t[p * BLOCK + p] = tp;
    }
  }

  /**
   * x_c ← (I − Y op(T) Yᵀ) x_c for the `count` contiguous vectors x_c = data[off + c·stride ..) of length len,
   * op(T) = Tᵀ when `transpose` (the block's transpose H_{q−1}⋯H_0), else T. Three matrix products:
   * this is where blocked Householder methods spend their time.
   */
  apply(transpose: boolean, data: Float64Array, off: number, stride: number, count: number): void {
    const {q, len: L, yt, t, yp, z, zt} = this;
    if (count === 0 || q === 0) return;
    // z = −X Y (count×q), then zt = −z op(T)ᵀ = X Y op(T)ᵀ …
    z.fill(0, 0, count * q);
    gemmNTSub(count, q, L, data, off, stride, yt, 0, L, z, 0, q);
    for (let r = 0; r < count; r++) {
      const zo = r * q;
      for (let p = 0; p < q; p++) {
        let acc = 0;
        if (transpose) for (let a = 0; a <= p; a++) acc += z[zo + a]! * t[a * BLOCK + p]!;
        else for (let a = p; a < q; a++) acc += z[zo + a]! * t[p * BLOCK + a]!;
        zt[zo + p] = -acc;
      }
    }
    // … and X −= zt Yᵀ, with Y packed L×q so the inner index is contiguous.
    for (let i = 0; i < L; i++) for (let p = 0; p < q; p++) yp[i * q + p] = yt[p * L + i]!;
    gemmNTSub(count, L, q, zt, 0, q, yp, 0, q, data, off, stride);
  }
}

/**
 * The first `cols` columns of Q = H₀ H₁ ⋯ H_{k−1} (k = tau.length, k ≤ cols ≤ len) as a fresh row-major
 * len×cols array, for H_j = I − τ_j v_j v_jᵀ on R^len whose v_j has its unit at index j + shift (zero before)
 * and entry i > j + shift at v[j·vs + i·is]. Backward accumulation (GVL §5.1.6), one block reflector at a
 * time from the last: block j0 touches only rows and columns from j0 + shift on.
 */
export function reflectorProduct(
  v: Float64Array,
  vs: number,
  is: number,
  shift: number,
  tau: Float64Array,
  len: number,
  cols: number
): Float64Array {
  const x = reflectorProductColumns(v, vs, is, shift, tau, len, cols);
  const out = new Float64Array(len * cols);
  for (let c = 0; c < cols; c++) for (let i = 0; i < len; i++) out[i * cols + c] = x[c * len + i]!;
  return out;
}

/**
 * The same product stored by columns (Qᵀ row-major: column c of Q is [c·len, (c + 1)·len)), in scratch:
 * the layout the rotation sweeps of the SVD and symmetric QR iteration work on.
 */
export function reflectorProductColumns(
  v: Float64Array,
  vs: number,
  is: number,
  shift: number,
  tau: Float64Array,
  len: number,
  cols: number
): Float64Array {
  const k = tau.length;
  // x holds Qᵀ: row c is Q e_c, a contiguous vector for the block kernel.
  const x = scratch(cols * len);
  for (let c = 0; c < cols; c++) x[c * len + c] = 1;
  const H = new BlockReflector(len, cols);
  for (let j0 = Math.floor((k - 1) / BLOCK) * BLOCK; j0 >= 0; j0 -= BLOCK) {
    const s = j0 + shift;
    if (cols <= s) continue;
    H.load(v, vs, is, shift, tau, j0, Math.min(BLOCK, k - j0), len);
    H.apply(false, x, s * len + s, len, cols - s);
  }
  return x;
}
