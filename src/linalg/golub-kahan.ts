// Implicit-shift Golub–Kahan SVD of a bidiagonal matrix, Golub & Van Loan 4th ed. Alg 8.6.1 (step) and 8.6.2 (driver with zero-diagonal handling).
import {
  bidiagonalTolerance,
  blockTop,
  negligible,
  nearest,
  SNAP_STEPS,
  snapShift,
  TINY
} from "./deflation.js";
import {ConvergenceError} from "./errors.js";
import {scratch} from "./kernels.js";
import {
  givens,
  rotateColumns,
  rotateColumnSequence,
  rotateColumnSequencePair,
  type RotationTarget
} from "./givens.js";

const EPS = Number.EPSILON;
/**
 * After this many steps on a block without a deflation, every other step is a zero-shift step: in
 * graded blocks (a valley of tiny entries between larger ones) the shifted bulge fades to nothing
 * before it reaches the bottom, so shifted steps leave the block unchanged.
 */
const STALL = 10;

/**
 * Diagonalize the upper bidiagonal B = bidiag(d, e) (d length n, e length n − 1) by orthogonal
 * transformations B = Q·Σ·Pᵀ. On return d holds the singular values (non-negative, unsorted) and e is
 * zero. Q is applied from the right to `left` (its first n columns) and P to `right`, so U_B·B·V_Bᵀ
 * becomes (U_B·Q)·Σ·(V_B·P)ᵀ. Either target may be null. Overwrites d, e and the targets.
 * Throws ConvergenceError after 40·n Golub–Kahan steps.
 */
export function golubKahanSVD(
  d: Float64Array,
  e: Float64Array,
  left: RotationTarget | null,
  right: RotationTarget | null
): void {
  const n = d.length;
  const sweeps = [newSweep(n), newSweep(n)];
  // A step's rotations are held back: when the next step works on the same block, both sequences reach
  // U and V in one pass over their rows.
  let held: Sweep | null = null;
  const flush = () => {
    if (held) applySweeps(held, null);
    held = null;
  };
  const maxSteps = 40 * n + 10;
  const tol = bidiagonalTolerance(n);
  // With vectors wanted, a cheap values-only pass first supplies near-exact shifts, so fewer steps (and
  // fewer rotations of U and V) are needed; plain Wilkinson shifts take over if a block lingers.
  let shifts: Float64Array | null = null;
  if (left || right) {
    shifts = d.slice();
    golubKahanSVD(shifts, e.slice(), null, null);
    shifts.sort();
  }
  // The steps chase bulges from the top down, which converges at the bottom when the block's small
  // entries are there. So a new block whose |d| rises is flipped first (as LAPACK dbdsqr picks its
  // chase direction per block): B ← J·Bᵀ·J, d and e reversed. As U·B·Vᵀ = (U·J)·(J·Bᵀ·J)ᵀ·(V·J)ᵀ,
  // the columns of U and V are reversed and their roles swapped while the block is stored flipped
  // (flipped[k]). A diagonal block equals its transpose, so no flip needs undoing at the end.
  const flipped = new Uint8Array(n);
  let oldL = n,
    oldP = -1;
  let sinceDeflation = 0;
  let steps = 0;
  let p = n - 1;
  while (p > 0) {
    // Deflate at the bottom, then find the top l of the unreduced block [l, p].
    if (negligible(d, e, p - 1, tol)) {
      e[p - 1] = 0;
      p--;
      sinceDeflation = 0;
      continue;
    }
    const l = blockTop(d, e, p, tol);
    // A (numerically) zero diagonal entry: rotate its row or column out of the block instead of a QR step.
    let zero = -1;
    for (let k = l; k <= p; k++) {
      const around = (k > l ? Math.abs(e[k - 1]!) : 0) + (k < p ? Math.abs(e[k]!) : 0);
      if (Math.abs(d[k]!) <= EPS * around || Math.abs(d[k]!) <= TINY) {
        zero = k;
        break;
      }
    }
    if (zero >= 0) {
      flush();
      d[zero] = 0;
      if (zero < p) chaseRow(d, e, zero, p, flipped[l] ? right : left);
      else chaseColumn(d, e, l, p, flipped[l] ? left : right);
      continue;
    }
    if ((l > oldP || p < oldL) && Math.abs(d[l]!) < Math.abs(d[p]!)) {
      flush();
      flip(d, e, l, p, left, right);
      flipped.fill(flipped[l]! ^ 1, l, p + 1);
    }
    oldL = l;
    oldP = p;
    if (++steps > maxSteps) throw new ConvergenceError("svd (Golub–Kahan iteration)", maxSteps);
    const cur: Sweep = held === sweeps[0] ? sweeps[1]! : sweeps[0]!;
    const known = sinceDeflation < SNAP_STEPS ? shifts : null;
    const stalled = sinceDeflation >= STALL && (sinceDeflation - STALL) % 2 === 0;
    sinceDeflation++;
    step(d, e, l, p, cur.cl, cur.sl, cur.cr, cur.sr, known, stalled);
    cur.l = l;
    cur.count = p - l;
    cur.left = flipped[l] ? right : left;
    cur.right = flipped[l] ? left : right;
    if (!left && !right) continue;
    if (held && held.l === l && cur.count <= held.count && held.count - cur.count <= 2) {
      applySweeps(held, cur);
      held = null;
    } else {
      flush();
      held = cur;
    }
  }
  flush();
  for (let k = 0; k < n; k++) {
    if (Object.is(d[k], -0)) d[k] = 0; // σ = −0 would make cond() return −∞
    if (d[k]! < 0) {
      d[k] = -d[k]!;
      if (right)
        for (let o = k * right.stride, end = o + right.rows; o < end; o++)
          right.w[o] = -right.w[o]!;
    }
  }
}

/** B ← J·Bᵀ·J on the block [l, p]: d[l..p] and e[l..p−1] reversed, and columns l..p of U and V. */
function flip(
  d: Float64Array,
  e: Float64Array,
  l: number,
  p: number,
  left: RotationTarget | null,
  right: RotationTarget | null
): void {
  d.subarray(l, p + 1).reverse();
  e.subarray(l, p).reverse();
  for (const t of [left, right]) {
    if (!t) continue;
    const {w, rows, stride} = t;
    for (let j = l, k = p; j < k; j++, k--) {
      for (let i = 0, a = j * stride, b = k * stride; i < rows; i++) {
        const x = w[a + i]!;
        w[a + i] = w[b + i]!;
        w[b + i] = x;
      }
    }
  }
}

/** The rotations of one step on the block [l, l + count]: left ones (cl, sl) and right ones (cr, sr), index k − l. */
interface Sweep {
  l: number;
  count: number;
  /** The targets of the left and the right rotations (swapped while the block is flipped). */
  left: RotationTarget | null;
  right: RotationTarget | null;
  cl: Float64Array;
  sl: Float64Array;
  cr: Float64Array;
  sr: Float64Array;
}

function newSweep(n: number): Sweep {
  const [cl, sl, cr, sr] = [scratch(n), scratch(n), scratch(n), scratch(n)];
  return {l: 0, count: 0, left: null, right: null, cl, sl, cr, sr};
}

/**
 * Apply the rotations of `first` to its targets, then those of `second` (if any; same l and
 * targets, count no larger, padded here with identity rotations up to first.count) in the same sweep.
 */
function applySweeps(first: Sweep, second: Sweep | null): void {
  const {l, count, left, right} = first;
  if (!second) {
    if (left) rotateColumnSequence(left.w, left.rows, left.stride, l, first.cl, first.sl, count);
    if (right)
      rotateColumnSequence(right.w, right.rows, right.stride, l, first.cr, first.sr, count);
    return;
  }
  second.cl.fill(1, second.count, count);
  second.sl.fill(0, second.count, count);
  second.cr.fill(1, second.count, count);
  second.sr.fill(0, second.count, count);
  if (left)
    rotateColumnSequencePair(
      left.w,
      left.rows,
      left.stride,
      l,
      first.cl,
      first.sl,
      second.cl,
      second.sl,
      count
    );
  if (right)
    rotateColumnSequencePair(
      right.w,
      right.rows,
      right.stride,
      l,
      first.cr,
      first.sr,
      second.cr,
      second.sr,
      count
    );
}

/**
 * One implicit-shift step on the unreduced block [l, p] (Alg 8.6.1), Wilkinson shift from the
 * trailing 2×2 of BᵀB; a zero-shift step instead when that shift is negligible against d[l]² (as
 * dbdsqr) or when `stalled`. Records the left rotations in (cl, sl), the right ones in (cr, sr),
 * index k − l.
 */
function step(
  d: Float64Array,
  e: Float64Array,
  l: number,
  p: number,
  cl: Float64Array,
  sl: Float64Array,
  cr: Float64Array,
  sr: Float64Array,
  shifts: Float64Array | null,
  stalled: boolean
): void {
  // Shift and first rotation use six entries, scaled by their max-abs so squares neither overflow nor
  // harmfully underflow.
  const scale = Math.max(
    Math.abs(d[p]!),
    Math.abs(d[p - 1]!),
    Math.abs(e[p - 1]!),
    p - 1 > l ? Math.abs(e[p - 2]!) : 0,
    Math.abs(d[l]!),
    Math.abs(e[l]!)
  );
  const dp = d[p]! / scale,
    dq = d[p - 1]! / scale,
    ep = e[p - 1]! / scale;
  const eq = p - 1 > l ? e[p - 2]! / scale : 0;
  const t11 = dq * dq + eq * eq,
    t12 = dq * ep,
    t22 = dp * dp + ep * ep;
  const half = (t11 - t22) / 2;
  const root = Math.sqrt(half * half + t12 * t12);
  const denom = half >= 0 ? half + root : half - root;
  let mu = denom === 0 ? t22 : t22 - (t12 * t12) / denom;
  // With known singular values (ascending, unscaled), snap μ to the nearest squared one.
  if (shifts)
    mu = snapShift(mu, (nearest(shifts, Math.sqrt(Math.max(mu, 0)) * scale) / scale) ** 2);
  const dl = d[l]! / scale;
  if (stalled || mu <= EPS * dl * dl) {
    zeroShiftStep(d, e, l, p, cl, sl, cr, sr);
    return;
  }
  let y = dl * dl - mu;
  let z = dl * (e[l]! / scale);
  for (let k = l; k < p; k++) {
    // Right rotation on columns (k, k+1): zero the bulge z against y.
    const R = givens(y, z);
    cr[k - l] = R.c;
    sr[k - l] = R.s;
    if (k > l) e[k - 1] = R.r;
    const dk = d[k]!,
      ek = e[k]!,
      dk1 = d[k + 1]!;
    let a = R.c * dk + R.s * ek;
    const b = R.c * ek - R.s * dk;
    const bulge = R.s * dk1;
    const dnext = R.c * dk1;
    // Left rotation on rows (k, k+1): zero the bulge below the diagonal.
    const L = givens(a, bulge);
    cl[k - l] = L.c;
    sl[k - l] = L.s;
    a = L.r;
    d[k] = a;
    e[k] = L.c * b + L.s * dnext;
    d[k + 1] = L.c * dnext - L.s * b;
    if (k + 1 < p) {
      const en = e[k + 1]!;
      y = e[k]!;
      z = L.s * en;
      e[k + 1] = L.c * en;
    }
  }
}

/**
 * The zero-shift step of Demmel and Kahan (LAPACK dbdsqr's) on the block [l, p]: each new entry
 * comes from products of old ones, without cancellation, so small singular values keep their
 * relative accuracy, and rotations near the bottom depend on the entries there only. Records its
 * rotations as step does.
 */
function zeroShiftStep(
  d: Float64Array,
  e: Float64Array,
  l: number,
  p: number,
  cl: Float64Array,
  sl: Float64Array,
  cr: Float64Array,
  sr: Float64Array
): void {
  let c = 1,
    oldc = 1,
    olds = 0;
  for (let k = l; k < p; k++) {
    const R = givens(d[k]! * c, e[k]!);
    c = R.c;
    if (k > l) e[k - 1] = olds * R.r;
    const L = givens(oldc * R.r, d[k + 1]! * R.s);
    oldc = L.c;
    olds = L.s;
    d[k] = L.r;
    cr[k - l] = R.c;
    sr[k - l] = R.s;
    cl[k - l] = L.c;
    sl[k - l] = L.s;
  }
  const h = d[p]! * c;
  d[p] = h * oldc;
  e[p - 1] = h * olds;
}

/** d[k] = 0 with k < p: left rotations of rows (k, j), j = k+1..p, push e[k] off the end of the block. */
function chaseRow(
  d: Float64Array,
  e: Float64Array,
  k: number,
  p: number,
  left: RotationTarget | null
): void {
  let f = e[k]!;
  e[k] = 0;
  for (let j = k + 1; j <= p && f !== 0; j++) {
    const G = givens(d[j]!, f);
    d[j] = G.r;
    if (left) rotateColumns(left.w, left.rows, left.stride, j, k, G.c, G.s);
    if (j < p) {
      f = -G.s * e[j]!;
      e[j] = G.c * e[j]!;
    }
  }
}

/** d[p] = 0: right rotations of columns (j, p), j = p−1..l, push e[p−1] off the top of the block. */
function chaseColumn(
  d: Float64Array,
  e: Float64Array,
  l: number,
  p: number,
  right: RotationTarget | null
): void {
  let f = e[p - 1]!;
  e[p - 1] = 0;
  for (let j = p - 1; j >= l && f !== 0; j--) {
    const G = givens(d[j]!, f);
    d[j] = G.r;
    if (right) rotateColumns(right.w, right.rows, right.stride, j, p, G.c, G.s);
    if (j > l) {
      f = -G.s * e[j - 1]!;
      e[j - 1] = G.c * e[j - 1]!;
    }
  }
}
