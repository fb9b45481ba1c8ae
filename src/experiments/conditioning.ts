// Conditioning: matrices with a prescribed condition number, how κ amplifies perturbations of b and loses
// digits in a solve, how it slows gradient descent on a quadratic and what diagonal rescaling does to it,
// and how large Gaussian noise looks after an SVD or a least-squares fit.
import {Matrix, type MatrixLike} from "../linalg/matrix.js";
import {ShapeError} from "../linalg/index.js";
import {
  cond,
  diag,
  inv,
  matmul,
  matvec,
  norm,
  qr,
  solve,
  svd,
  trace,
  transpose,
  vsub
} from "../linalg/index.js";
import {asMatrix} from "../linalg/validate.js";

/**
 * An m×n matrix (m ≥ n) with singular values log-spaced from 1 down to 1/κ, so cond₂(A) = κ.
 * The orthogonal factors are the Q's of Householder QR of the Gaussian matrices g1 (m×n) and g2 (n×n),
 * which the caller draws (from a seeded generator) so that the result is reproducible.
 */
export function withCondition(g1: Matrix, g2: Matrix, kappa: number): Matrix {
  const n = g1.cols;
  if (g2.rows !== n || g2.cols !== n || g1.rows < n)
    throw new RangeError(
      `withCondition: needs g1 m×n (m ≥ n) and g2 n×n, got ${g1.rows}×${g1.cols} and ${g2.rows}×${g2.cols}`
    );
  if (!(kappa >= 1)) throw new RangeError(`withCondition: κ must be ≥ 1, got ${kappa}`);
  const sigma = Float64Array.from({length: n}, (_, i) =>
    n === 1 ? 1 : Math.pow(kappa, -i / (n - 1))
  );
  const U = qr(g1).Q,
    V = qr(g2).Q;
  return matmul(matmul(U, diag(sigma)), transpose(V));
}

/** One solve of Ax = b at a prescribed κ: measured cond(A) and the relative error of x̂ against x_true. */
export interface DigitsRow {
  k: number;
  kappa: number;
  err: number;
}

/**
 * For κ = 10^k (k = 0…kMax), A = withCondition(g1, g2, κ) (square: g1, g2 n×n), b = A·xTrue,
 * x̂ = solve(A, b) by LU; returns cond₂(A) and ‖x̂ − xTrue‖/‖xTrue‖.
 */
export function digitsLost(
  g1: Matrix,
  g2: Matrix,
  xTrue: ArrayLike<number>,
  kMax: number
): DigitsRow[] {
  if (g1.rows !== g1.cols)
    throw new RangeError(`digitsLost: needs a square g1, got ${g1.rows}×${g1.cols}`);
  const xt = Float64Array.from(xTrue);
  return Array.from({length: kMax + 1}, (_, k) => {
    const A = withCondition(g1, g2, 10 ** k);
    const x = solve(A, matvec(A, xt));
    return {k, kappa: cond(A), err: norm(vsub(x, xt)) / norm(xt)};
  });
}

/** (‖δx‖/‖x‖) / (‖δb‖/‖b‖) where Ax = b and A(x + δx) = b + δb (A square, invertible). */
export function amplification(a: MatrixLike, b: ArrayLike<number>, db: ArrayLike<number>): number {
  const x = solve(a, b);
  const bp = Float64Array.from(b, (v, i) => v + db[i]!);
  const dx = solve(a, bp).map((v, i) => v - x[i]!);
  return norm(dx) / norm(x) / (norm(db) / norm(b));
}

/** The b and δb that attain the bound κ₂: b along u₁ (so x is along v₁), δb along uₙ, scaled by eps. */
export function worstCasePerturbation(
  a: MatrixLike,
  eps = 1e-8
): {b: Float64Array; db: Float64Array} {
  const A = asMatrix(a);
  const {U} = svd(A);
  const n = A.rows;
  return {b: U!.col(0), db: U!.col(n - 1).map((v) => v * eps)};
}

export interface GdRun {
  /** ‖x_k − x*‖₂ for k = 0..iters (the minimiser of ½xᵀHx is x* = 0). */
  errors: Float64Array;
  /** Measured contraction per step, (e_K / e_{K/2})^{2/K}, from the second half of the run. */
  rate: number;
}

/** H's entries (row-major), after checking that H is n×n for x0 of length n. */
function gdMatrix(name: string, h: MatrixLike, x0: ArrayLike<number>): Float64Array {
  const H = asMatrix(h),
    n = x0.length;
  if (H.rows !== n || H.cols !== n) {
    throw new ShapeError(`${name}: H is ${H.rows}×${H.cols} but x0 has length ${n}`);
  }
  return H.data;
}

/**
 * next ← x − step·Hx, the product written out: descent runs thousands of steps on a 2×2 or 4×4 H,
 * where matmul's per-call checks and allocations would cost more than the arithmetic.
 */
function gdStep(hd: Float64Array, x: Float64Array, next: Float64Array, step: number): void {
  const n = x.length;
  for (let i = 0; i < n; i++) {
    let g = 0;
    for (let j = 0; j < n; j++) g += hd[i * n + j]! * x[j]!;
    next[i] = x[i]! - step * g;
  }
}

/** Gradient descent x ← x − step·Hx on f(x) = ½xᵀHx (H symmetric PD), from x0. */
export function gdQuadratic(
  h: MatrixLike,
  x0: ArrayLike<number>,
  step: number,
  iters: number
): GdRun {
  const hd = gdMatrix("gdQuadratic", h, x0);
  let x = Float64Array.from(x0),
    next = new Float64Array(x.length);
  const errors = new Float64Array(iters + 1);
  for (let k = 0; k <= iters; k++) {
    errors[k] = Math.hypot(...x);
    gdStep(hd, x, next, step);
    [x, next] = [next, x];
  }
  const half = Math.floor(iters / 2);
  const rate = Math.pow(errors[iters]! / errors[half]!, 1 / (iters - half));
  return {errors, rate};
}

/** Steps of GD with the given step until ‖x_k‖ ≤ tol·‖x_0‖ (capped at maxIter). */
export function gdStepsToTolerance(
  h: MatrixLike,
  x0: ArrayLike<number>,
  step: number,
  tol = 1e-6,
  maxIter = 100000
): number {
  const hd = gdMatrix("gdStepsToTolerance", h, x0);
  let x = Float64Array.from(x0),
    next = new Float64Array(x.length);
  const e0 = Math.hypot(...x);
  for (let k = 0; k < maxIter; k++) {
    if (Math.hypot(...x) <= tol * e0) return k;
    gdStep(hd, x, next, step);
    [x, next] = [next, x];
  }
  return maxIter;
}

/** Per-coordinate rescaling D^{-1/2} H D^{-1/2} with D = diag(H) (H symmetric with a positive diagonal). */
export function diagonalRescale(h: MatrixLike): Matrix {
  const H = asMatrix(h);
  const n = H.rows;
  const out = new Matrix(n, n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      out.data[i * n + j] = H.data[i * n + j]! / Math.sqrt(H.data[i * n + i]! * H.data[j * n + j]!);
    }
  }
  return out;
}

/** σ(√m + √n): where the largest singular value of an m×n matrix of N(0, σ²) entries concentrates for large m, n. */
export function noiseEdge(sigma: number, m: number, n: number): number {
  return sigma * (Math.sqrt(m) + Math.sqrt(n));
}

/**
 * σ√tr((AᵀA)⁻¹) = √E‖x_LS − x_true‖² for b = A x_true + σe, e standard normal, A (m×n) of full column rank.
 * Throws SingularMatrixError when AᵀA is singular.
 */
export function noiseErrorPrediction(a: MatrixLike, sigma: number): number {
  const A = asMatrix(a);
  return sigma * Math.sqrt(trace(inv(matmul(transpose(A), A))));
}

/**
 * A symmetric positive definite n×n matrix Q·diag(λ)·Qᵀ with eigenvalues log-spaced from 1 to κ
 * (λᵢ = κ^{i/(n−1)}), so cond₂ = κ, L = κ and μ = 1. Q is the Householder-QR factor of the Gaussian g (n×n).
 */
export function spdWithCondition(g: Matrix, kappa: number): Matrix {
  const n = g.rows;
  if (g.cols !== n || n < 2)
    throw new RangeError(`spdWithCondition: needs a square g of size ≥ 2, got ${g.rows}×${g.cols}`);
  if (!(kappa >= 1)) throw new RangeError(`spdWithCondition: κ must be ≥ 1, got ${kappa}`);
  const Q = qr(g).Q;
  const lambda = Float64Array.from({length: n}, (_, i) => Math.pow(kappa, i / (n - 1)));
  return matmul(matmul(Q, diag(lambda)), transpose(Q));
}

/** One measured amplification: the matrix's κ, "random δb" or "worst case", and the factor. */
export interface AmplificationRow {
  kappa: number;
  kind: "random δb" | "worst case";
  amp: number;
}

/**
 * For each κ: A = make(κ), b = A·x with x ~ N(0, I), `trials` random δb of size ~eps, and the worst-case pair
 * (worstCasePerturbation); the relative error amplification of each (see `amplification`).
 */
export function amplificationSweep(
  make: (kappa: number) => Matrix,
  kappas: readonly number[],
  rng: {standardNormal(n: number): Float64Array},
  trials = 30,
  eps = 1e-6
): AmplificationRow[] {
  const rows: AmplificationRow[] = [];
  for (const kappa of kappas) {
    const A = make(kappa),
      b = matvec(A, rng.standardNormal(A.cols));
    for (let t = 0; t < trials; t++) {
      const db = rng.standardNormal(A.rows).map((v) => v * eps);
      rows.push({kappa, kind: "random δb", amp: amplification(A, b, db)});
    }
    const w = worstCasePerturbation(A, eps);
    rows.push({kappa, kind: "worst case", amp: amplification(A, w.b, w.db)});
  }
  return rows;
}
