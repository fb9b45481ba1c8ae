// Quadratic forms along the unit circle, and a midpoint-convexity test (grids for contour plots: derivations/quadric.ts).
import {type MatrixLike, dot, matmul} from "../../linalg/index.js";
import {asMatrix} from "../../linalg/validate.js";

/** xᵀMx for unit x = (cos θ, sin θ), θ = 0..180 degrees in 1° steps (M is 2×2, not necessarily symmetric). */
export function formAlongCircle(m: MatrixLike): {deg: number; value: number}[] {
  const M = asMatrix(m);
  return Array.from({length: 181}, (_, deg) => {
    const c = Math.cos((deg * Math.PI) / 180), s = Math.sin((deg * Math.PI) / 180);
    return {deg, value: M.get(0, 0) * c * c + (M.get(0, 1) + M.get(1, 0)) * c * s + M.get(1, 1) * s * s};
  });
}

/**
 * Midpoint-convexity gaps of f(x) = ½xᵀAx + bᵀx over paired points (row i of X with row i of Y, X and Y k×n):
 * ½(f(x) + f(y)) − f((x + y)/2), which equals ⅛(x − y)ᵀA(x − y). All ≥ 0 for every pair ⇔ convex (A ⪰ 0).
 */
export function midpointGaps(a: MatrixLike, b: ArrayLike<number>, x: MatrixLike, y: MatrixLike): Float64Array {
  const A = asMatrix(a), X = asMatrix(x), Y = asMatrix(y);
  if (X.rows !== Y.rows || X.cols !== Y.cols) throw new RangeError(`midpointGaps: X is ${X.rows}×${X.cols} but Y is ${Y.rows}×${Y.cols}`);
  const f = (v: Float64Array) => 0.5 * dot(v, matmul(A, v)) + dot(b, v);
  return Float64Array.from({length: X.rows}, (_, i) => {
    const u = X.row(i), v = Y.row(i);
    return 0.5 * (f(u) + f(v)) - f(u.map((t, j) => 0.5 * (t + v[j]!)));
  });
}
