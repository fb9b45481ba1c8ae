// Test matrices with a prescribed 2-norm condition number: A = Q₁ diag(σ) Q₂ᵀ with Haar-like orthogonal factors (Higham, Accuracy and Stability §28.3, randsvd).
import {Matrix} from "../../linalg/matrix.js";
import {cond, diag, matmul, matvec, norm, qr, solve, transpose, vsub} from "../../linalg/index.js";

/**
 * An m×n matrix (m ≥ n) with singular values log-spaced from 1 down to 1/κ, so cond₂(A) = κ.
 * The orthogonal factors are the Q's of Householder QR of the Gaussian matrices g1 (m×n) and g2 (n×n),
 * which the caller draws (from a seeded generator) so that the result is reproducible.
 */
export function withCondition(g1: Matrix, g2: Matrix, kappa: number): Matrix {
  const n = g1.cols;
  if (g2.rows !== n || g2.cols !== n || g1.rows < n) throw new RangeError(`withCondition: needs g1 m×n (m ≥ n) and g2 n×n, got ${g1.rows}×${g1.cols} and ${g2.rows}×${g2.cols}`);
  if (!(kappa >= 1)) throw new RangeError(`withCondition: κ must be ≥ 1, got ${kappa}`);
  const sigma = Float64Array.from({length: n}, (_, i) => (n === 1 ? 1 : Math.pow(kappa, -i / (n - 1))));
  const U = qr(g1).Q, V = qr(g2).Q;
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
export function digitsLost(g1: Matrix, g2: Matrix, xTrue: ArrayLike<number>, kMax: number): DigitsRow[] {
  if (g1.rows !== g1.cols) throw new RangeError(`digitsLost: needs a square g1, got ${g1.rows}×${g1.cols}`);
  const xt = Float64Array.from(xTrue);
  return Array.from({length: kMax + 1}, (_, k) => {
    const A = withCondition(g1, g2, 10 ** k);
    const x = solve(A, matvec(A, xt));
    return {k, kappa: cond(A), err: norm(vsub(x, xt)) / norm(xt)};
  });
}
