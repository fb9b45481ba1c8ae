// Worked functions for the matrix-calculus chapter, each with its hand-derived gradient or Jacobian (checked against finite differences on the page).
import {Matrix} from "../../linalg/matrix.js";

/** g : ℝ³ → ℝ², g(x) = (x₁x₂ + sin x₃, x₁² − x₂x₃). */
export function g(x: ArrayLike<number>): Float64Array {
  return Float64Array.of(x[0] * x[1] + Math.sin(x[2]), x[0] * x[0] - x[1] * x[2]);
}

/** The 2×3 Jacobian of g, derived by hand: rows are ∇g₁ᵀ and ∇g₂ᵀ. */
export function jacobianG(x: ArrayLike<number>): Matrix {
  return Matrix.from([
    [x[1], x[0], Math.cos(x[2])],
    [2 * x[0], -x[2], -x[1]],
  ]);
}

/** f : ℝ² → ℝ, f(u) = u₁² + 3u₂ + u₁u₂. */
export function f(u: ArrayLike<number>): number {
  return u[0] * u[0] + 3 * u[1] + u[0] * u[1];
}

/** ∇f(u) = (2u₁ + u₂, 3 + u₁). */
export function gradF(u: ArrayLike<number>): Float64Array {
  return Float64Array.of(2 * u[0] + u[1], 3 + u[0]);
}

/** A smooth test function with every derivative known: h(x) = Σ exp(xᵢ), ∇h = exp(x), all higher derivatives exp(xᵢ). */
export function expSum(x: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += Math.exp(x[i]);
  return s;
}

/** ∇ of expSum. */
export function gradExpSum(x: ArrayLike<number>): Float64Array {
  return Float64Array.from(x, Math.exp);
}
