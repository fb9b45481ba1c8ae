// Definiteness: the inertia class from eigenvalue signs, tests for positive (semi)definiteness that should
// agree (minors, Rayleigh quotients, Cholesky, Schur complements), quadratic forms and their level sets
// (principal axes, contour grids), and midpoint convexity.
import {
  Matrix,
  type MatrixLike,
  NotPositiveDefiniteError,
  add,
  cholesky,
  det,
  dot,
  eigh,
  eigvalsh,
  inv,
  matmul,
  sub
} from "../linalg/index.js";
import {eye, scale, transpose} from "../linalg/index.js";
import {asMatrix} from "../linalg/validate.js";
import {defaultRng} from "../random/index.js";
import {covariance} from "./dataMatrices.js";
import type {PlanePoint} from "./planeGeometry.js";

/** The five inertia classes of a symmetric matrix, plus the zero matrix. */
export type Definiteness =
  | "positive definite"
  | "positive semidefinite"
  | "negative definite"
  | "negative semidefinite"
  | "indefinite"
  | "zero";

/**
 * Classify eigenvalues (any order) by sign. A value with |λ| ≤ tol·max|λ| counts as zero, so
 * rounding noise of ±1e-16 on a singular matrix does not flip the class. Default tol = 1e-12.
 */
export function definiteness(values: ArrayLike<number>, tol = 1e-12): Definiteness {
  let scale = 0;
  for (let i = 0; i < values.length; i++) scale = Math.max(scale, Math.abs(values[i]));
  let pos = 0,
    neg = 0;
  for (let i = 0; i < values.length; i++) {
    if (values[i] > tol * scale) pos++;
    else if (values[i] < -tol * scale) neg++;
  }
  const zero = values.length - pos - neg;
  if (pos && neg) return "indefinite";
  if (pos) return zero ? "positive semidefinite" : "positive definite";
  if (neg) return zero ? "negative semidefinite" : "negative definite";
  return "zero";
}

/** det of the leading k×k block for k = 1..n (Sylvester: all > 0 ⇔ PD, for symmetric A). */
export function leadingMinors(a: MatrixLike): Float64Array {
  const A = asMatrix(a);
  return Float64Array.from({length: A.rows}, (_, k) => det(A.slice(0, k + 1, 0, k + 1)));
}

export interface Minor {
  /** The kept row/column indices (0-based). */
  indices: number[];
  value: number;
}

/** Every principal minor det A[S, S] over the 2ⁿ − 1 non-empty index sets S (all ≥ 0 ⇔ PSD). n ≤ 10. */
export function principalMinors(a: MatrixLike): Minor[] {
  const A = asMatrix(a);
  const n = A.rows;
  if (n > 10) throw new RangeError(`principalMinors: n = ${n} gives 2^n minors; use n ≤ 10`);
  const out: Minor[] = [];
  for (let mask = 1; mask < 1 << n; mask++) {
    const indices = Array.from({length: n}, (_, i) => i).filter((i) => mask & (1 << i));
    const sub = Matrix.from(indices.map((i) => indices.map((j) => A.get(i, j))));
    out.push({indices, value: det(sub)});
  }
  return out;
}

/** min over the columns x of X of the Rayleigh quotient xᵀAx / xᵀx (a sampled test: it can refute PSD, not prove it). */
export function minRayleighQuotient(a: MatrixLike, x: MatrixLike): number {
  const A = asMatrix(a),
    X = asMatrix(x);
  const ax = matmul(A, X).data,
    xs = X.data,
    {rows, cols} = X;
  const num = new Float64Array(cols),
    den = new Float64Array(cols);
  for (let i = 0; i < rows; i++) {
    const o = i * cols; // row i of X and of AX, every column at once
    for (let j = 0; j < cols; j++) {
      num[j] += xs[o + j]! * ax[o + j]!;
      den[j] += xs[o + j]! * xs[o + j]!;
    }
  }
  let best = Infinity;
  for (let j = 0; j < cols; j++) best = Math.min(best, num[j]! / den[j]!);
  return best;
}

/** One seeded trial of the definiteness tests: a shifted Gram matrix and two of its tests. */
export interface ShiftedGramTrial {
  /** BᵀB + shift·I. */
  M: Matrix;
  /** Its smallest eigenvalue (eigh). */
  lmin: number;
  /** The least Rayleigh quotient over the random directions (minRayleighQuotient). */
  rq: number;
}

/**
 * For each pair (seeds[t], shifts[t]): B, n×n standard normal draws from defaultRng(seed);
 * M = BᵀB + shift·I; then `directions` random directions (n×directions draws, next from the same
 * generator) for the Rayleigh quotient. A plain function of its arguments, so it can run in a worker.
 */
export function shiftedGramTrials(
  seeds: readonly number[],
  shifts: readonly number[],
  n: number,
  directions: number
): ShiftedGramTrial[] {
  if (seeds.length !== shifts.length) {
    throw new RangeError(`shiftedGramTrials: ${seeds.length} seeds but ${shifts.length} shifts`);
  }
  return seeds.map((seed, t) => {
    const g = defaultRng(seed),
      B = g.standardNormal([n, n]);
    const M = add(matmul(transpose(B), B), scale(shifts[t]!, eye(n)));
    return {
      M,
      lmin: eigh(M).values[0]!,
      rq: minRayleighQuotient(M, g.standardNormal([n, directions]))
    };
  });
}

/**
 * Whether Cholesky runs to the end. It fails on indefinite matrices, but on a singular PSD
 * matrix round-off decides: the last pivot is a tiny number of either sign, so success does
 * not prove positive definiteness.
 */
export function choleskySucceeds(a: MatrixLike): boolean {
  try {
    cholesky(a);
    return true;
  } catch (e) {
    if (e instanceof NotPositiveDefiniteError) return false;
    throw e;
  }
}

/**
 * The Schur-complement test for a symmetric M = [[A, B], [Bᵀ, C]] split after row/column k: S = C − BᵀA⁻¹B.
 * Returns whether M and S are PD (by their smallest eigenvalue), or null when the block A is not PD (the test needs A ≻ 0).
 */
export function schurComplementTest(m: MatrixLike, k: number): {pdM: boolean; pdS: boolean} | null {
  const M = asMatrix(m),
    n = M.rows;
  if (!(k >= 1 && k < n))
    throw new RangeError(`schurComplementTest: split k = ${k} must be in 1..${n - 1}`);
  const A = M.slice(0, k, 0, k),
    B = M.slice(0, k, k, n),
    C = M.slice(k, n, k, n);
  if (!(eigvalsh(A)[0]! > 0)) return null;
  const S = sub(C, matmul(matmul(B.T, inv(A)), B));
  return {pdM: eigvalsh(M)[0]! > 0, pdS: eigvalsh(S)[0]! > 0};
}

/** xᵀMx for unit x = (cos θ, sin θ), θ = 0..180 degrees in 1° steps (M is 2×2, not necessarily symmetric). */
export function formAlongCircle(m: MatrixLike): {deg: number; value: number}[] {
  const M = asMatrix(m);
  return Array.from({length: 181}, (_, deg) => {
    const c = Math.cos((deg * Math.PI) / 180),
      s = Math.sin((deg * Math.PI) / 180);
    return {
      deg,
      value: M.get(0, 0) * c * c + (M.get(0, 1) + M.get(1, 0)) * c * s + M.get(1, 1) * s * s
    };
  });
}

/**
 * Midpoint-convexity gaps of f(x) = ½xᵀAx + bᵀx over paired points (row i of X with row i of Y, X and Y k×n):
 * ½(f(x) + f(y)) − f((x + y)/2), which equals ⅛(x − y)ᵀA(x − y). All ≥ 0 for every pair ⇔ convex (A ⪰ 0).
 */
export function midpointGaps(
  a: MatrixLike,
  b: ArrayLike<number>,
  x: MatrixLike,
  y: MatrixLike
): Float64Array {
  const A = asMatrix(a),
    X = asMatrix(x),
    Y = asMatrix(y);
  if (X.rows !== Y.rows || X.cols !== Y.cols)
    throw new RangeError(`midpointGaps: X is ${X.rows}×${X.cols} but Y is ${Y.rows}×${Y.cols}`);
  const f = (v: Float64Array) => 0.5 * dot(v, matmul(A, v)) + dot(b, v);
  return Float64Array.from({length: X.rows}, (_, i) => midpointGap(f, X.row(i), Y.row(i)));
}

/** f(x) = Σ xᵢ⁴: strictly convex, minimum 0 at x = 0, Hessian diag(12xᵢ²) (zero at the minimum). */
export function quartic(x: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += x[i] ** 4;
  return s;
}

/** ∇f(x) = (4xᵢ³). */
export function gradQuartic(x: ArrayLike<number>): Float64Array {
  return Float64Array.from(x, (v) => 4 * v ** 3);
}

/** (f(a) + f(b))/2 − f((a + b)/2): positive for a ≠ b exactly when f is strictly convex on that segment's midpoint. */
export function midpointGap(
  f: (x: Float64Array) => number,
  a: ArrayLike<number>,
  b: ArrayLike<number>
): number {
  if (a.length !== b.length)
    throw new RangeError(`midpointGap: lengths ${a.length} and ${b.length} differ`);
  const mid = Float64Array.from(a, (v, i) => (v + b[i]) / 2);
  return (f(Float64Array.from(a)) + f(Float64Array.from(b))) / 2 - f(mid);
}

/** A principal semi-axis: eigenvalue, unit eigenvector, and the axis end q/√λ (length 1/√λ). */
export interface SemiAxis {
  lambda: number;
  q: [number, number];
  end: [number, number];
  length: number;
}

/** Principal semi-axes of xᵀAx = 1 for symmetric positive definite 2×2 A; RangeError if some λ ≤ 0. */
export function semiAxes(a: MatrixLike): SemiAxis[] {
  const {values, vectors} = eigh(a);
  if (values.length !== 2)
    throw new RangeError(`semiAxes: needs a 2×2 matrix, got ${values.length} eigenvalues`);
  return [0, 1].map((k) => {
    const lambda = values[k];
    if (!(lambda > 0))
      throw new RangeError(
        `semiAxes: eigenvalue ${lambda} is not positive, the level set is no ellipse`
      );
    const q: [number, number] = [vectors.get(0, k), vectors.get(1, k)];
    const length = 1 / Math.sqrt(lambda);
    return {lambda, q, end: [q[0] * length, q[1] * length], length};
  });
}

/** n + 1 points on the ellipse xᵀAx = 1 (A symmetric positive definite 2×2), x(t) = cos t·q₁/√λ₁ + sin t·q₂/√λ₂. */
export function ellipse(a: MatrixLike, n = 120): PlanePoint[] {
  const [a1, a2] = semiAxes(a);
  return Array.from({length: n + 1}, (_, i) => {
    const t = (2 * Math.PI * i) / n,
      c = Math.cos(t),
      s = Math.sin(t);
    return {x: c * a1.end[0] + s * a2.end[0], y: c * a1.end[1] + s * a2.end[1], order: i};
  });
}

/** Values of a planar quadratic on a regular grid, row-major from (x1, y1): ready for Plot.contour's grid form. */
export interface QuadraticGrid {
  values: Float64Array;
  width: number;
  height: number;
  x1: number;
  x2: number;
  y1: number;
  y2: number;
}

/**
 * q(w) = wᵀHw + gᵀw + c (H 2×2, g length 2) sampled at n×n cell centres of [x1, x2]×[y1, y2], as
 * Plot.contour samples a function — but in one tight loop, so sliders that only move a threshold stay cheap.
 */
export function quadraticGrid(
  h: MatrixLike,
  g: ArrayLike<number>,
  c: number,
  [x1, x2, y1, y2]: [number, number, number, number],
  n = 120
): QuadraticGrid {
  const [a, b1, b2, d] = asMatrix(h).data;
  const values = new Float64Array(n * n);
  for (let j = 0; j < n; j++) {
    const y = y1 + ((j + 0.5) * (y2 - y1)) / n;
    for (let i = 0; i < n; i++) {
      const x = x1 + ((i + 0.5) * (x2 - x1)) / n;
      values[j * n + i] = a * x * x + (b1 + b2) * x * y + d * y * y + g[0] * x + g[1] * y + c;
    }
  }
  return {values, width: n, height: n, x1, x2, y1, y2};
}

/** The PD tests side by side on one symmetric matrix. */
export interface PdTrial {
  /** Smallest eigenvalue (eigvalsh). */
  lmin: number;
  /** Smallest leading principal minor (Sylvester: all > 0 ⇔ PD). */
  minor: number;
  /** Smallest principal minor of all 2ⁿ − 1 (all ≥ 0 ⇔ PSD). */
  allMinor: number;
  /** Whether Cholesky runs to the end. */
  chol: boolean;
}

/**
 * The PD tests on `count` random symmetric 3×3 matrices BBᵀ − cI, B standard normal and c uniform in
 * [0, 0.3], drawn in that order from defaultRng(seed): the shift makes roughly half of them PD.
 */
export function pdTrials(seed: number, count: number): PdTrial[] {
  const rng = defaultRng(seed);
  return Array.from({length: count}, () => {
    const B = rng.standardNormal([3, 3]);
    const S = sub(matmul(B, transpose(B)), scale(rng.uniform(0, 0.3), eye(3)));
    return {
      lmin: eigvalsh(S)[0]!,
      minor: Math.min(...leadingMinors(S)),
      allMinor: Math.min(...principalMinors(S).map((m) => m.value)),
      chol: choleskySucceeds(S)
    };
  });
}

/** How Cholesky fares on singular PSD matrices (see choleskyOnSingular). */
export interface SingularCholesky {
  /** Seeds where Cholesky completed on the rank-2 BᵀB. */
  gram: number;
  /** Seeds where it completed on the covariance of 3 samples. */
  cov: number;
  /** Matrices (of 2·seeds) an eigenvalue test with relative tolerance 1e-12 calls singular. */
  flagged: number;
  /** For each completed factor: its smallest diagonal entry (pivot) over √λmax. */
  pivots: number[];
}

/**
 * Cholesky on singular PSD 5×5 matrices, for seeds 0 … seeds − 1: per seed a rank-2 BᵀB (B 2×5) and the
 * 1/(n − 1) covariance of 3 samples of 5 features (rank 2), both from defaultRng(seed). In exact arithmetic
 * Cholesky meets a zero pivot on every one; in floating point it sometimes completes.
 */
export function choleskyOnSingular(seeds: number): SingularCholesky {
  const out: SingularCholesky = {gram: 0, cov: 0, flagged: 0, pivots: []};
  for (let seed = 0; seed < seeds; seed++) {
    const rng = defaultRng(seed),
      B = rng.standardNormal([2, 5]);
    const pair = [matmul(transpose(B), B), covariance(rng.standardNormal([3, 5]))];
    pair.forEach((S, i) => {
      const l = eigvalsh(S);
      out.flagged += l[0]! <= 1e-12 * l[4]! ? 1 : 0;
      if (!choleskySucceeds(S)) return;
      out[i === 0 ? "gram" : "cov"] += 1;
      const L = cholesky(S);
      out.pivots.push(Math.min(...[0, 1, 2, 3, 4].map((j) => L.get(j, j))) / Math.sqrt(l[4]!));
    });
  }
  return out;
}
