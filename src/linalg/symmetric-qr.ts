// Implicit symmetric QR with Wilkinson shift on a tridiagonal matrix, Golub & Van Loan 4th ed. Alg 8.3.2 (step) and 8.3.3 (driver).
import {blockTop, negligible, nearest, SCALED_FLOOR, SNAP_STEPS, snapShift} from "./deflation.js";
import {ConvergenceError} from "./errors.js";
import {scratch} from "./kernels.js";
import {givens, rotateColumnSequence, type RotationTarget} from "./givens.js";

/**
 * Diagonalize the symmetric tridiagonal T = tridiag(e, d, e) (d length n, e length n − 1): T = Z·Λ·Zᵀ.
 * On return d holds the eigenvalues (unsorted) and e is zero. Z is applied from the right to the
 * target's first n columns (pass Q from the tridiagonalization to get the eigenvectors of A), or the
 * target is null for values only. Overwrites d, e and the target. ConvergenceError after 30·n steps.
 */
export function symmetricTridiagonalQR(
  d: Float64Array,
  e: Float64Array,
  target: RotationTarget | null
): void {
  const n = d.length;
  const cs = scratch(n),
    sn = scratch(n);
  const maxSteps = 30 * n + 10;
  let steps = 0;
  let p = n - 1;
  // With vectors wanted, a cheap values-only pass first supplies near-exact shifts, so fewer steps (and
  // fewer rotations of the target) are needed; plain Wilkinson shifts take over if a block lingers.
  let shifts: Float64Array | null = null;
  if (target) {
    shifts = d.slice();
    symmetricTridiagonalQR(shifts, e.slice(), null);
    shifts.sort();
  }
  // As LAPACK dsteqr: each block, split off by the relative test alone, is iterated scaled by a
  // power of two to max-abs about 1 (exact), where off-diagonals below SCALED_FLOOR are dropped.
  // Unscaled, tiny blocks lose digits to subnormals and their bulges underflow: QR stalls.
  let top = n,
    bottom = n,
    unit = 1; // the scaled region [top, bottom] holds the entries times unit
  let sinceDeflation = 0;
  while (p > 0) {
    if (p < top) {
      unscale(d, top, bottom, unit);
      unit = 1;
      if (negligible(d, e, p - 1)) {
        e[p - 1] = 0;
        p--;
        continue;
      }
      top = blockTop(d, e, p);
      bottom = p;
      unit = scaleBlock(d, e, top, bottom);
    }
    if (negligible(d, e, p - 1, undefined, SCALED_FLOOR)) {
      e[p - 1] = 0;
      p--;
      sinceDeflation = 0;
      continue;
    }
    const l = blockTop(d, e, p, undefined, SCALED_FLOOR);
    if (++steps > maxSteps) throw new ConvergenceError("eigh (symmetric QR iteration)", maxSteps);
    step(d, e, l, p, cs, sn, sinceDeflation++ < SNAP_STEPS ? shifts : null, unit);
    if (target) rotateColumnSequence(target.w, target.rows, target.stride, l, cs, sn, p - l);
  }
  unscale(d, top, bottom, unit);
}

/** Scale d[top..bottom], e[top..bottom−1] by the power of two that brings their max-abs near 1. */
function scaleBlock(d: Float64Array, e: Float64Array, top: number, bottom: number): number {
  let m = 0;
  for (let k = top; k <= bottom; k++) m = Math.max(m, Math.abs(d[k]!));
  for (let k = top; k < bottom; k++) m = Math.max(m, Math.abs(e[k]!));
  // Clamped so that both 2^x and 2^−x are representable.
  const unit = 2 ** Math.min(1022, Math.max(-1022, -Math.floor(Math.log2(m))));
  for (let k = top; k <= bottom; k++) d[k] = d[k]! * unit;
  for (let k = top; k < bottom; k++) e[k] = e[k]! * unit;
  return unit;
}

/** Undo scaleBlock on the diagonal (the block's off-diagonals are zero by now). */
function unscale(d: Float64Array, top: number, bottom: number, unit: number): void {
  if (unit !== 1) for (let k = top; k <= bottom; k++) d[k] = d[k]! / unit;
}

/**
 * One implicit QR step with Wilkinson shift on the unreduced block [l, p]; rotation k − l is
 * (cs, sn)[k − l]. The block holds its entries times `unit`; `shifts` are unscaled.
 */
function step(
  d: Float64Array,
  e: Float64Array,
  l: number,
  p: number,
  cs: Float64Array,
  sn: Float64Array,
  shifts: Float64Array | null,
  unit: number
): void {
  // Wilkinson shift: the eigenvalue of the trailing 2×2 nearer d[p], in the overflow-free form.
  const b = e[p - 1]!;
  const g = (d[p - 1]! - d[p]!) / (2 * b);
  const r = Math.abs(g) > 1e150 ? Math.abs(g) : Math.sqrt(g * g + 1);
  let mu = d[p]! - b / (g >= 0 ? g + r : g - r);
  if (shifts) mu = snapShift(mu, nearest(shifts, mu / unit) * unit);
  let x = d[l]! - mu;
  let z = e[l]!;
  for (let k = l; k < p; k++) {
    // Rotation on (k, k+1) zeroing z against x; T ← G·T·Gᵀ with G acting as (x, y) ↦ (c·x + s·y, −s·x + c·y).
    const G = givens(x, z);
    const c = G.c,
      s = G.s;
    cs[k - l] = c;
    sn[k - l] = s;
    if (k > l) e[k - 1] = G.r;
    const a = d[k]!,
      bb = e[k]!,
      a1 = d[k + 1]!;
    // The 2×2 block [[a, bb], [bb, a1]] under the rotation.
    const cc = c * c,
      ss = s * s,
      cs2 = 2 * c * s * bb;
    d[k] = cc * a + cs2 + ss * a1;
    d[k + 1] = ss * a + cc * a1 - cs2;
    e[k] = c * s * (a1 - a) + (cc - ss) * bb;
    if (k + 1 < p) {
      const en = e[k + 1]!;
      x = e[k]!;
      z = s * en;
      e[k + 1] = c * en;
    }
  }
}
