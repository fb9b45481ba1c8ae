// Deflation and shift choice shared by the implicit-shift QR iterations on tridiagonal and bidiagonal matrices, Golub & Van Loan 4th ed. Alg 8.3.3 and 8.6.2.

const EPS = Number.EPSILON;
/** Below this an off-diagonal (or diagonal) entry counts as zero whatever its neighbours. */
export const TINY = 2 ** -1000;
/**
 * The floor inside a block scaled to max-abs ≈ 1: √(smallest normal), LAPACK dsteqr's. An entry
 * below it is far below ε of the block, and its square (the QR bulge beside a zero diagonal)
 * would underflow.
 */
export const SCALED_FLOOR = 2 ** -511;
/** Default deflation tolerance, in units of ε (the tridiagonal iteration's). */
const DEFLATE = 4;
/** Upper limit of the bidiagonal tolerance, still below LAPACK dbdsqr's ≈ 90ε. */
const DEFLATE_BIDIAGONAL = 32;

/**
 * Deflation tolerance (units of ε) for an n×n bidiagonal iteration: min(32, max(4, n/2)). A step with a
 * known (perfect) shift leaves e at 10–300ε, and a looser test lets many such steps deflate at once
 * instead of paying a second sweep of rotations. With tol ≤ n/2 the dropped entries together perturb B by
 * at most n·ε·‖B‖_F, inside the backward error the factorization is allowed anyway.
 */
export function bidiagonalTolerance(n: number): number {
  return Math.min(DEFLATE_BIDIAGONAL, Math.max(DEFLATE, n / 2));
}
/** A shift is snapped to a known value within this relative distance … */
const SNAP = 0.5;
/** … for at most this many steps after each deflation; plain Wilkinson shifts take over if a block lingers. */
export const SNAP_STEPS = 3;

/** e[k] can be dropped: below tol·ε relative to its neighbours d[k], d[k+1], or below floor. */
export function negligible(
  d: Float64Array,
  e: Float64Array,
  k: number,
  tol = DEFLATE,
  floor = TINY
): boolean {
  const x = Math.abs(e[k]!);
  return x <= tol * EPS * (Math.abs(d[k]!) + Math.abs(d[k + 1]!)) || x <= floor;
}

/**
 * The top l of the unreduced block [l, p] ending at p (e[p−1] not negligible): e[l−1] is set to zero,
 * so the block decouples from the rows above it.
 */
export function blockTop(
  d: Float64Array,
  e: Float64Array,
  p: number,
  tol = DEFLATE,
  floor = TINY
): number {
  let l = p - 1;
  while (l > 0 && !negligible(d, e, l - 1, tol, floor)) l--;
  if (l > 0) e[l - 1] = 0;
  return l;
}

/** The entry of `sorted` (ascending, non-empty) nearest x. */
export function nearest(sorted: Float64Array, x: number): number {
  let lo = 0,
    hi = sorted.length - 1;
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
