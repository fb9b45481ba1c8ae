// Least squares three ways — normal equations (Cholesky), Householder QR, SVD — and their κ-dependence
// (Trefethen & Bau Lectures 11 and 18–19); regularized paths: lasso by cyclic coordinate descent with soft
// thresholding (Friedman, Hastie & Tibshirani 2010) and ridge by its normal equations.
import {
  Matrix,
  type MatrixLike,
  NotPositiveDefiniteError,
  type VectorLike,
  add,
  eye,
  lstsq,
  matmul,
  norm,
  qr,
  scale,
  solve,
  transpose,
  vscale,
  vsub
} from "../linalg/index.js";
import {asMatrix, input, inputVector} from "../linalg/validate.js";
import {type Generator, defaultRng} from "../random/index.js";

export type LstsqMethod = "normal" | "qr" | "svd";
export const LSTSQ_METHODS: readonly LstsqMethod[] = ["normal", "qr", "svd"];

/** One method's result in `compareLeastSquares`. Errors are NaN when the method failed. */
export interface LeastSquaresRow {
  method: LstsqMethod;
  x: Float64Array;
  /** ‖x − x_true‖₂: model error (noise in b) plus round-off. NaN when no x_true was given. */
  errorVsTrue: number;
  /** ‖x − x_ref‖₂ with x_ref the exact least-squares solution (see `reference`): round-off only. */
  errorVsExact: number;
  /** ‖b − A x‖₂. */
  residualNorm: number;
  /** The error's class name when the method broke down (the normal equations on a numerically singular AᵀA), else null. */
  failure: string | null;
}

export interface CompareOptions {
  /** The x that generated b (b = A x_true + noise). */
  xTrue?: VectorLike;
  /** The exact least-squares solution when known by construction (as `kappaSweep` builds it). */
  xExact?: VectorLike;
}

/**
 * Solve min‖Ax − b‖ by the normal equations, QR and SVD (A m×n, b length m; the library's ShapeError otherwise).
 * The reference for `errorVsExact` is `xExact` when given; otherwise the SVD solution, which is accurate to
 * about κ(A)·ε relative — fine for well-conditioned A, and the reason `kappaSweep` builds problems whose
 * solution is known instead.
 */
export function compareLeastSquares(
  a: MatrixLike,
  bIn: VectorLike,
  options: CompareOptions = {}
): {reference: "given" | "svd"; rows: LeastSquaresRow[]} {
  const A = input("compareLeastSquares", a);
  const b = inputVector("compareLeastSquares", bIn);
  const xTrue = options.xTrue ? inputVector("compareLeastSquares", options.xTrue) : null;
  const solved = LSTSQ_METHODS.map((method) => ({method, ...solveWith(A, b, method)}));
  const reference = options.xExact
    ? inputVector("compareLeastSquares", options.xExact)
    : solved[2]!.x;
  const rows = solved.map(({method, x, failure}) => ({
    method,
    x,
    errorVsTrue: xTrue && !failure ? norm(vsub(x, xTrue)) : NaN,
    errorVsExact: failure ? NaN : norm(vsub(x, reference)),
    residualNorm: failure ? NaN : norm(vsub(b, matmul(A, x))),
    failure
  }));
  return {reference: options.xExact ? "given" : "svd", rows};
}

function solveWith(
  A: Matrix,
  b: Float64Array,
  method: LstsqMethod
): {x: Float64Array; failure: string | null} {
  try {
    return {x: lstsq(A, b, {method}).x, failure: null};
  } catch (e) {
    if (method === "normal" && e instanceof NotPositiveDefiniteError) {
      return {x: new Float64Array(A.cols).fill(NaN), failure: e.name};
    }
    throw e;
  }
}

/** A least-squares problem with prescribed condition number and known solution. */
export interface ConstructedProblem {
  A: Matrix;
  b: Float64Array;
  /** The exact least-squares solution, by construction (up to the rounding of storing A and b, O(κ·ε)). */
  xExact: Float64Array;
  /** ‖r‖ / ‖A x*‖ with r = b − A x* orthogonal to col(A). */
  residualRatio: number;
}

/**
 * A = U·diag(σ)·Vᵀ (m×n, m > n) with U, V from QR of Gaussian matrices and σ geometric from 1 down to 1/κ,
 * so κ₂(A) = κ; x* a unit Gaussian direction; b = A x* + r with r ⟂ col(A) and ‖r‖ = noise·‖A x*‖,
 * so x* is the exact least-squares solution. Draws from `rng` (a defaultRng Generator).
 */
export function conditionedProblem(
  m: number,
  n: number,
  kappa: number,
  noise: number,
  rng: Generator
): ConstructedProblem {
  if (!(m > n && n >= 1))
    throw new RangeError(`conditionedProblem: need m > n ≥ 1, got m = ${m}, n = ${n}`);
  if (!(kappa >= 1) || !Number.isFinite(kappa))
    throw new RangeError(`conditionedProblem: κ must be a finite number ≥ 1, got ${kappa}`);
  if (!(noise >= 0)) throw new RangeError(`conditionedProblem: noise must be ≥ 0, got ${noise}`);
  const Ufull = qr(rng.standardNormal([m, n + 1])).Q; // n columns for U, one more for the residual direction
  const V = qr(rng.standardNormal([n, n])).Q;
  const xDir = rng.standardNormal(n);
  const sigma = Array.from({length: n}, (_, i) => (n === 1 ? 1 : kappa ** (-i / (n - 1))));
  const A = new Matrix(m, n);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let p = 0; p < n; p++)
        s += Ufull.data[i * (n + 1) + p]! * sigma[p]! * V.data[j * n + p]!;
      A.data[i * n + j] = s;
    }
  }
  const xn = norm(xDir);
  const xExact = xDir.map((v) => v / xn);
  const Ax = matmul(A, xExact);
  const scaleR = noise * norm(Ax);
  const b = Ax.map((v, i) => v + scaleR * Ufull.data[i * (n + 1) + n]!);
  return {A, b, xExact, residualRatio: noise};
}

/** One point of the κ sweep. */
export interface KappaRow {
  kappa: number;
  method: LstsqMethod;
  /** ‖x − x*‖ / ‖x*‖ against the exact least-squares solution; NaN if the method failed. */
  relError: number;
  failure: string | null;
}

export interface KappaSweepOptions {
  m?: number;
  n?: number;
  kappas?: readonly number[];
  seed?: number;
  /** ‖r‖/‖Ax*‖ of the residual orthogonal to col(A); 0 (default) makes the system consistent. */
  noise?: number;
}

/**
 * Relative error of each method against the exact solution as κ(A) grows. With a small residual the
 * normal equations lose κ²·ε and QR/SVD κ·ε: log–log slopes ≈ 2 and ≈ 1. A large residual adds a
 * κ²·ε·‖r‖/(‖A‖‖x‖) term to every method (the problem itself is that sensitive).
 * Defaults: m = 60, n = 12, κ = 10⁰ … 10¹⁰ (11 points), seed = 0, noise = 0.
 */
export function kappaSweep(options: KappaSweepOptions = {}): KappaRow[] {
  const {m = 60, n = 12, seed = 0, noise = 0} = options;
  const kappas = options.kappas ?? Array.from({length: 11}, (_, i) => 10 ** i);
  const rng = defaultRng(seed);
  const rows: KappaRow[] = [];
  for (const kappa of kappas) {
    const p = conditionedProblem(m, n, kappa, noise, rng);
    const xn = norm(p.xExact);
    for (const r of compareLeastSquares(p.A, p.b, {xExact: p.xExact}).rows) {
      rows.push({kappa, method: r.method, relError: r.errorVsExact / xn, failure: r.failure});
    }
  }
  return rows;
}

/** Least-squares slope of log10(y) against log10(x) over the points with finite, positive x and y. NaN with < 2 points. */
export function logLogSlope(points: readonly {x: number; y: number}[]): number {
  const pts = points.filter(
    (p) => p.x > 0 && p.y > 0 && Number.isFinite(p.x) && Number.isFinite(p.y)
  );
  if (pts.length < 2) return NaN;
  const lx = pts.map((p) => Math.log10(p.x)),
    ly = pts.map((p) => Math.log10(p.y));
  const mx = lx.reduce((s, v) => s + v, 0) / pts.length,
    my = ly.reduce((s, v) => s + v, 0) / pts.length;
  let sxy = 0,
    sxx = 0;
  for (let i = 0; i < pts.length; i++) {
    sxy += (lx[i]! - mx) * (ly[i]! - my);
    sxx += (lx[i]! - mx) ** 2;
  }
  return sxx === 0 ? NaN : sxy / sxx;
}

/**
 * Fitted slope per method over the sweep's informative range: errors between `floor` (default 1e-13, above
 * the ε-level plateau at κ ≈ 1) and `ceiling` (default 1e-2, before the error saturates near 1).
 */
export function sweepSlopes(
  rows: readonly KappaRow[],
  options: {floor?: number; ceiling?: number} = {}
): {method: LstsqMethod; slope: number; points: number}[] {
  const {floor = 1e-13, ceiling = 1e-2} = options;
  return LSTSQ_METHODS.map((method) => {
    const pts = rows
      .filter((r) => r.method === method && r.relError > floor && r.relError < ceiling)
      .map((r) => ({x: r.kappa, y: r.relError}));
    return {method, slope: logLogSlope(pts), points: pts.length};
  });
}

/** Coefficients at one penalty: `lambda`, the solution `w`, and (lasso) the sweeps used. */
export interface PathPoint {
  lambda: number;
  w: Float64Array;
  sweeps?: number;
}

function softThreshold(z: number, g: number): number {
  return z > g ? z - g : z < -g ? z + g : 0;
}

/**
 * Lasso path: argmin_w (1/2n)‖y − Xw‖² + λ‖w‖₁ for each λ (visited in the given order, warm-started).
 * X is n×d with no all-zero column. Stops a λ when no coefficient moves more than tol in a sweep,
 * or after maxSweeps sweeps.
 */
export function lassoPath(
  x: MatrixLike,
  y: ArrayLike<number>,
  lambdas: ArrayLike<number>,
  tol = 1e-12,
  maxSweeps = 10000
): PathPoint[] {
  const X = asMatrix(x);
  const {rows: n, cols: d} = X;
  const xd = X.data;
  const colSq = new Float64Array(d);
  for (let j = 0; j < d; j++) for (let i = 0; i < n; i++) colSq[j] += xd[i * d + j] ** 2 / n;
  const w = new Float64Array(d);
  const r = Float64Array.from(y); // residual y − Xw
  const out: PathPoint[] = [];
  for (const lambda of Array.from(lambdas)) {
    let sweeps = 0;
    for (; sweeps < maxSweeps; sweeps++) {
      let moved = 0;
      for (let j = 0; j < d; j++) {
        let rho = 0;
        for (let i = 0; i < n; i++) rho += xd[i * d + j] * r[i];
        const wj = softThreshold(rho / n + colSq[j] * w[j], lambda) / colSq[j];
        const dw = wj - w[j];
        if (dw !== 0) {
          for (let i = 0; i < n; i++) r[i] -= xd[i * d + j] * dw;
          w[j] = wj;
          moved = Math.max(moved, Math.abs(dw));
        }
      }
      if (moved <= tol) break;
    }
    out.push({lambda, w: w.slice(), sweeps: sweeps + 1});
  }
  return out;
}

/** Ridge path: argmin_w (1/2n)‖y − Xw‖² + (λ/2)‖w‖², i.e. (XᵀX/n + λI) w = Xᵀy/n, for each λ > 0. */
export function ridgePath(
  x: MatrixLike,
  y: ArrayLike<number>,
  lambdas: ArrayLike<number>
): PathPoint[] {
  const X = asMatrix(x);
  const n = X.rows;
  const G = scale(1 / n, matmul(transpose(X), X));
  const c = vscale(1 / n, matmul(transpose(X), Float64Array.from(y)));
  return Array.from(lambdas, (lambda) => ({
    lambda,
    w: solve(add(G, scale(lambda, eye(X.cols))), c)
  }));
}

/**
 * The smallest grid λ from which coefficient j stays exactly 0 for every larger λ of the path
 * (any order of points); NaN if it is non-zero at the largest λ.
 */
export function zeroFromLambda(path: readonly PathPoint[], j: number): number {
  const sorted = [...path].sort((a, b) => b.lambda - a.lambda);
  let from = NaN;
  for (const p of sorted) {
    if (p.w[j] !== 0) break;
    from = p.lambda;
  }
  return from;
}
