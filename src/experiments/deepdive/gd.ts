// Gradient descent on the quadratic f(x) = ½xᵀHx: measured contraction per step and steps to a tolerance.
import {type MatrixLike, matmul} from "../../linalg/index.js";
import {asMatrix} from "../../linalg/validate.js";

export interface GdRun {
  /** ‖x_k − x*‖₂ for k = 0..iters (the minimiser of ½xᵀHx is x* = 0). */
  errors: Float64Array;
  /** Measured contraction per step, (e_K / e_{K/2})^{2/K}, from the second half of the run. */
  rate: number;
}

/** Gradient descent x ← x − step·Hx on f(x) = ½xᵀHx (H symmetric PD), from x0. */
export function gdQuadratic(h: MatrixLike, x0: ArrayLike<number>, step: number, iters: number): GdRun {
  const H = asMatrix(h);
  let x: Float64Array = Float64Array.from(x0);
  const errors = new Float64Array(iters + 1);
  for (let k = 0; k <= iters; k++) {
    errors[k] = Math.hypot(...x);
    const g = matmul(H, x);
    x = x.map((xi, i) => xi - step * g[i]!);
  }
  const half = Math.floor(iters / 2);
  const rate = Math.pow(errors[iters]! / errors[half]!, 1 / (iters - half));
  return {errors, rate};
}

/** Steps of GD with the given step until ‖x_k‖ ≤ tol·‖x_0‖ (capped at maxIter). */
export function gdStepsToTolerance(h: MatrixLike, x0: ArrayLike<number>, step: number, tol = 1e-6, maxIter = 100000): number {
  const H = asMatrix(h);
  let x: Float64Array = Float64Array.from(x0);
  const e0 = Math.hypot(...x);
  for (let k = 0; k < maxIter; k++) {
    if (Math.hypot(...x) <= tol * e0) return k;
    const g = matmul(H, x);
    x = x.map((xi, i) => xi - step * g[i]!);
  }
  return maxIter;
}
