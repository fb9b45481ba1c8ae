// Singular values of a bidiagonal matrix by the shifted dqds algorithm, Fernando & Parlett, Numer. Math. 67 (1994) (LAPACK dlasq1–dlasq6).
import {ConvergenceError, NonFiniteError} from "./errors.js";

const EPS = Number.EPSILON / 2; // unit round-off
/** Relative accuracy asked of every eigenvalue of the qd array; squared, since q and e are squares. */
const TOL = 100 * EPS;
const TOL2 = TOL * TOL;
/** A block is reversed when its bottom q exceeds its top q by this factor (the small end belongs below). */
const FLIP = 1.5;
/** Sweeps allowed per row of the array, failed ones included. */
const SWEEPS_PER_ROW = 30;

/**
 * The singular values, descending, of the upper bidiagonal B = bidiag(d, e) (d length n, e length
 * n − 1), to high relative accuracy: each is correct to a small multiple of ε relative to itself,
 * however graded B is. d and e are not modified. Entries may have any sign and any finite magnitude
 * (NonFiniteError otherwise); ConvergenceError after `maxSweeps` dqds sweeps (default 30·n).
 */
export function bidiagonalSingularValues(
  d: Float64Array,
  e: Float64Array,
  maxSweeps = SWEEPS_PER_ROW * d.length
): Float64Array {
  const n = d.length;
  let big = 0;
  for (let k = 0; k < n; k++) {
    if (!Number.isFinite(d[k]!)) throw new NonFiniteError("bidiagonalSingularValues", k, k, d[k]!);
    if (k < n - 1 && !Number.isFinite(e[k]!))
      throw new NonFiniteError("bidiagonalSingularValues", k, k + 1, e[k]!);
    big = Math.max(big, Math.abs(d[k]!), k < n - 1 ? Math.abs(e[k]!) : 0);
  }
  const out = new Float64Array(n);
  if (big === 0) return out;
  // Scale by a power of two so that the largest entry is 2^500: its square and sums of squares stay
  // far from overflow, and entries down to 2^-1000 of the largest keep normal squares.
  const shift = 500 - Math.ceil(Math.log2(big));
  const half = 2 ** Math.trunc(shift / 2),
    rest = 2 ** (shift - Math.trunc(shift / 2));
  const q = new Float64Array(n),
    ee = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const a = Math.abs(d[k]!) * half * rest;
    q[k] = a * a;
    if (k < n - 1) {
      const b = Math.abs(e[k]!) * half * rest;
      ee[k] = b * b;
    }
  }
  qdEigenvalues(q, ee, out, maxSweeps, "bidiagonal SVD (dqds)");
  const unhalf = 1 / half,
    unrest = 1 / rest;
  for (let k = 0; k < n; k++) out[k] = Math.sqrt(out[k]!) * unhalf * unrest;
  return out.sort().reverse();
}

/** What the last successful sweep saw: the pivots d at the bottom two rows and their minima. */
interface SweepInfo {
  /** min d over the block, over all rows but the last, and over all but the last two. */
  dmin: number;
  dmin1: number;
  dmin2: number;
  /** d at the last and second-to-last row. */
  dn: number;
  dn1: number;
  /** The smallest new e of the block. */
  emin: number;
}

const FAILED_EARLY = -1;
const FAILED_LAST = -2;

/**
 * One dqds sweep with shift τ on rows [i0, n0]: from (q, e) into (qo, eo), so that the new array
 * represents B̂ᵀB̂ = B·Bᵀ − τI. Returns 0 and fills `info` on success, FAILED_LAST when only the last
 * pivot went negative (info.dn holds it), FAILED_EARLY otherwise (τ was far too large, or a NaN).
 * Each step forms d·q/q̂ and e·q/q̂ by quotientTimes, which neither overflows nor loses a representable
 * result to underflow.
 */
function sweep(
  q: Float64Array,
  e: Float64Array,
  qo: Float64Array,
  eo: Float64Array,
  i0: number,
  n0: number,
  tau: number,
  info: SweepInfo
): number {
  let d = q[i0]! - tau;
  if (!(d >= 0)) return FAILED_EARLY;
  let dmin = d,
    emin = Infinity;
  const last2 = n0 - 2;
  for (let k = i0; k < last2; k++) {
    const qh = d + e[k]!,
      next = q[k + 1]!;
    qo[k] = qh;
    const en = quotientTimes(e[k]!, qh, next);
    eo[k] = en;
    if (en < emin) emin = en;
    d = quotientTimes(d, qh, next) - tau;
    if (!(d >= 0)) return FAILED_EARLY;
    if (d < dmin) dmin = d;
  }
  // The last two steps by themselves (a sweep needs three rows or more), to record the bottom pivots.
  const dmin2 = dmin;
  let qh = d + e[last2]!,
    next = q[n0 - 1]!;
  qo[last2] = qh;
  eo[last2] = quotientTimes(e[last2]!, qh, next);
  if (eo[last2]! < emin) emin = eo[last2]!;
  d = quotientTimes(d, qh, next) - tau;
  if (!(d >= 0)) return FAILED_EARLY;
  const dn1 = d;
  if (d < dmin) dmin = d;
  const dmin1 = dmin;
  qh = d + e[n0 - 1]!;
  next = q[n0]!;
  qo[n0 - 1] = qh;
  eo[n0 - 1] = quotientTimes(e[n0 - 1]!, qh, next);
  if (eo[n0 - 1]! < emin) emin = eo[n0 - 1]!;
  d = quotientTimes(d, qh, next) - tau;
  info.dn = d;
  if (!(d >= 0)) return d < 0 && Number.isFinite(dmin1) ? FAILED_LAST : FAILED_EARLY;
  qo[n0] = d;
  if (d < dmin) dmin = d;
  info.dmin = dmin;
  info.dmin1 = dmin1;
  info.dmin2 = dmin2;
  info.dn1 = dn1;
  info.emin = emin;
  return 0;
}

const RATIO_FLOOR = 2 ** -900;

/**
 * x·q/q̂ for 0 ≤ x ≤ q̂: as (x/q̂)·q, a ratio at most 1 times q, unless x/q̂ is so small it might underflow;
 * then x·q first when x is small enough for that product to stay finite, else x·(q/q̂), which is finite
 * because q̂ ≥ x·2⁹⁰⁰ is large.
 */
function quotientTimes(x: number, qh: number, q: number): number {
  const r = x / qh;
  if (r >= RATIO_FLOOR) return r * q;
  return x < 2 ** -200 ? (x * q) / qh : x * (q / qh);
}

/** A pending unreduced block [i0, n0] of the primary arrays, with the shift already taken from it. */
interface Block {
  i0: number;
  n0: number;
  sigma: number;
}

/**
 * Eigenvalues of the positive definite qd array (q, e): the matrix B·Bᵀ where B is upper bidiagonal with
 * diagonal √q and superdiagonal √e (e[n−1] unused). Writes them, unsorted, to out; q and e are
 * overwritten. ConvergenceError past maxSweeps sweeps.
 */
function qdEigenvalues(
  q: Float64Array,
  e: Float64Array,
  out: Float64Array,
  maxSweeps: number,
  what: string
): void {
  const n = q.length;
  const q2 = new Float64Array(n),
    e2 = new Float64Array(n);
  const info: SweepInfo = {dmin: 0, dmin1: 0, dmin2: 0, dn: 0, dn1: 0, emin: 0};
  const stack: Block[] = [];
  let top = 0;
  for (let k = 0; k < n; k++) {
    if (k === n - 1 || e[k] === 0) {
      stack.push({i0: top, n0: k, sigma: 0});
      top = k + 1;
    }
  }
  let sweeps = 0;
  while (stack.length) {
    const block = stack.pop()!;
    let {i0, n0, sigma} = block;
    // The block's current arrays; the sweeps alternate between the primary pair and (q2, e2).
    let cq: Float64Array = q,
      ce: Float64Array = e,
      oq: Float64Array = q2,
      oe: Float64Array = e2;
    /** Rows deflated since the last successful sweep; > 2 (or a reversal) means no shift information. */
    let deflated = 3;
    let fraction = 0.25,
      wasInterior = false;
    while (n0 >= i0) {
      // Deflate converged rows at the bottom.
      if (n0 === i0) {
        out[n0] = cq[n0]! + sigma;
        n0--;
        break;
      }
      if (n0 === i0 + 1) {
        twoByTwo(cq[i0]!, ce[i0]!, cq[n0]!, sigma, out, i0);
        n0 -= 2;
        break;
      }
      // Dropping the coupling b above the bottom k×k block C of B (k = 1, 2) is B = (I + E)·B' with
      // ‖E‖ ≤ b/σ_min(C): a relative perturbation of every singular value by at most that much. Dropping
      // b² ≤ tol²·σ instead moves every eigenvalue σ + μ by at most ≈ 3·tol·(σ + μ).
      const eb = ce[n0 - 1]!;
      if (eb <= TOL2 * (sigma + cq[n0]!)) {
        out[n0] = cq[n0]! + sigma;
        n0--;
        deflated++;
        continue;
      }
      const ea = ce[n0 - 2]!;
      if (ea <= TOL2 * (sigma + Math.max(cq[n0 - 1]!, cq[n0]!))) {
        twoByTwo(cq[n0 - 1]!, eb, cq[n0]!, 0, out, n0 - 1);
        if (ea <= TOL2 * sigma || ea <= TOL2 * out[n0]!) {
          out[n0 - 1] = out[n0 - 1]! + sigma;
          out[n0] = out[n0]! + sigma;
          n0 -= 2;
          deflated += 2;
          continue;
        }
      }
      // Keep the small end of the block at the bottom, where dqds finds its eigenvalue first.
      if (deflated > 0 && FLIP * cq[i0]! < cq[n0]!) {
        reverse(cq, ce, i0, n0);
        deflated = 3;
      }
      // With the smallest pivot inside the block there is no estimate, only the bound λ_min ≤ dmin:
      // take a growing fraction g of dmin while that keeps happening (1/4, 1/2, 2/3, 7/9, …).
      const interior = deflated === 0 && info.dmin > 0 && info.dmin !== info.dn;
      fraction = interior ? (wasInterior ? fraction + (1 - fraction) / 3 : 0.25) : 0.25;
      wasInterior = interior;
      let tau = interior ? fraction * info.dmin : chooseShift(cq, ce, i0, n0, info, deflated);
      // Sweep, backing the shift off after a failure (the old arrays are untouched by a failed sweep).
      let failures = 0;
      for (;;) {
        if (++sweeps > maxSweeps) throw new ConvergenceError(what, maxSweeps);
        const status = sweep(cq, ce, oq, oe, i0, n0, tau, info);
        if (status === 0) break;
        failures++;
        wasInterior = false;
        if (tau === 0) {
          // An unshifted sweep keeps every d ≥ 0 and q̂ ≥ e > 0: only a lost e could land here.
          throw new ConvergenceError(what, sweeps);
        }
        if (failures > 8) tau = 0;
        else if (status === FAILED_LAST && tau + info.dn > 0) tau = (tau + info.dn) * (1 - 2 * EPS);
        else tau *= 0.25;
      }
      sigma += tau;
      [cq, oq] = [oq, cq];
      [ce, oe] = [oe, ce];
      deflated = 0;
      // Split the block where an inner e has become negligible next to σ (as in the deflation above).
      if (info.emin <= TOL2 * sigma) {
        for (let k = n0 - 2; k >= i0; k--) {
          const x = ce[k]!;
          if (x <= TOL2 * sigma) {
            // Rows [i0, k] go back to the primary arrays as a block of their own.
            if (cq !== q) {
              q.set(cq.subarray(i0, k + 1), i0);
              e.set(ce.subarray(i0, k), i0);
            }
            e[k] = 0;
            ce[k] = 0;
            stack.push({i0, n0: k, sigma});
            i0 = k + 1;
            deflated = 3;
            break;
          }
        }
      }
    }
  }
}

/** The two eigenvalues of the 2×2 qd array (a, b, c), plus σ, into out[at] (larger) and out[at + 1]. */
function twoByTwo(a: number, b: number, c: number, sigma: number, out: Float64Array, at: number) {
  const hi = Math.max(a, c),
    lo = Math.min(a, c);
  // λ² − (a + b + c)λ + a·c = 0; the larger root without cancellation, the smaller from the product.
  const big = (hi + lo + b) / 2 + Math.hypot((hi - lo + b) / 2, Math.sqrt(lo) * Math.sqrt(b));
  const small = big === 0 ? 0 : (hi / big) * lo;
  out[at] = big + sigma;
  out[at + 1] = small + sigma;
}

/** Reverse rows [i0, n0] of a qd array: J·Bᵀ·J is upper bidiagonal with the same singular values. */
function reverse(q: Float64Array, e: Float64Array, i0: number, n0: number): void {
  for (let i = i0, j = n0; i < j; i++, j--) {
    const t = q[i]!;
    q[i] = q[j]!;
    q[j] = t;
  }
  for (let i = i0, j = n0 - 1; i < j; i++, j--) {
    const t = e[i]!;
    e[i] = e[j]!;
    e[j] = t;
  }
}

/**
 * A shift below the smallest eigenvalue of rows [i0, n0], estimated from the last sweep's pivots: with
 * the minimum pivot at the bottom, the second-order estimate d − b²/gap of the bottom eigenvalue (b the
 * last coupling of B·Bᵀ, gap a Gershgorin bound for the rest); after a deflation, a fraction of the
 * minimum pivot above it.
 * A shift that proves too large is backed off by the caller.
 */
function chooseShift(
  q: Float64Array,
  e: Float64Array,
  i0: number,
  n0: number,
  info: SweepInfo,
  deflated: number
): number {
  if (deflated === 0) {
    const {dmin, dn} = info;
    if (dmin <= 0) return 0;
    const b1 = Math.sqrt(q[n0]!) * Math.sqrt(e[n0 - 1]!);
    const b2 = Math.sqrt(q[n0 - 1]!) * Math.sqrt(e[n0 - 2]!);
    const gap = q[n0 - 1]! + e[n0 - 1]! - b2 - dn;
    if (gap > b1) return Math.max(dn - (b1 / gap) * b1, 0.5 * dmin);
    return Math.max(dn - b1, 0.25 * dmin);
  }
  if (deflated === 1) {
    const {dmin1, dn1} = info;
    if (!(dmin1 > 0)) return 0;
    if (dmin1 !== dn1) return 0.25 * dmin1;
    // The same estimate at the new bottom, with the pivot above the deflated row in place of dn.
    const b1 = Math.sqrt(q[n0]!) * Math.sqrt(e[n0 - 1]!);
    const b2 = Math.sqrt(q[n0 - 1]!) * Math.sqrt(e[n0 - 2]!);
    const gap = q[n0 - 1]! + e[n0 - 1]! - b2 - dn1;
    if (gap > b1) return Math.max(Math.min(dn1, q[n0]!) - (b1 / gap) * b1, 0.5 * dmin1);
    return 0.5 * dmin1;
  }
  if (deflated === 2) {
    const {dmin2} = info;
    return dmin2 > 0 ? 0.25 * dmin2 : 0;
  }
  return 0;
}
