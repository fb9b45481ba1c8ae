// Deflation and shift choice shared by the implicit-shift QR iterations on tridiagonal and bidiagonal matrices, Golub & Van Loan 4th ed. Alg 8.3.3 and 8.6.2.

const EPS = Number.EPSILON;
/** Below this an off-diagonal (or diagonal) entry counts as zero whatever its neighbours. */
export const TINY = 2 ** -1000;
const DEFLATE = 4;
/** A shift is snapped to a known value within this relative distance … */
const SNAP = 0.5;
/** … for at most this many steps after each deflation; plain Wilkinson shifts take over if a block lingers. */
export const SNAP_STEPS = 3;

/** e[k] can be dropped: it is below DEFLATE·ε relative to its neighbours d[k], d[k+1] (LAPACK dbdsqr allows up to 100ε), or below TINY. */
export function negligible(d: Float64Array, e: Float64Array, k: number): boolean {
  const x = Math.abs(e[k]!);
  return x <= DEFLATE * EPS * (Math.abs(d[k]!) + Math.abs(d[k + 1]!)) || x <= TINY;
}

/**
 * The top l of the unreduced block [l, p] ending at p (e[p−1] not negligible): e[l−1] is set to zero,
 * so the block decouples from the rows above it.
 */
export function blockTop(d: Float64Array, e: Float64Array, p: number): number {
  let l = p - 1;
  while (l > 0 && !negligible(d, e, l - 1)) l--;
  if (l > 0) e[l - 1] = 0;
  return l;
}

/** The entry of `sorted` (ascending, non-empty) nearest x. */
export function nearest(sorted: Float64Array, x: number): number {
  let lo = 0, hi = sorted.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < x) lo = mid;
    else hi = mid;
  }
  return Math.abs(sorted[lo]! - x) <= Math.abs(sorted[hi]! - x) ? sorted[lo]! : sorted[hi]!;
}

/** The shift to use instead of μ: `exact` (a known eigenvalue) when within SNAP relative distance of μ, so the step deflates at once. */
export function snapShift(mu: number, exact: number): number {
  return Math.abs(exact - mu) <= SNAP * Math.abs(mu) ? exact : mu;
}
