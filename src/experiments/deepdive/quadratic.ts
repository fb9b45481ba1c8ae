// Quadratic forms q(x) = xᵀHx sampled on a grid, for bowl and saddle contour plots, and a midpoint-convexity test.
import {Matrix, type MatrixLike, dot, matmul} from "../../linalg/index.js";

export interface Grid {
  /** n×n values, row-major with y increasing by row: the layout Plot.contour expects with width = height = n. */
  values: Float64Array;
  n: number;
  extent: number;
}

/** q(x, y) = [x y] H [x y]ᵀ on an n×n grid over [−extent, extent]² (H is 2×2). */
export function quadraticGrid(h: MatrixLike, extent = 2, n = 61): Grid {
  const H = h instanceof Matrix ? h : Matrix.from(h);
  const a = H.get(0, 0), b = H.get(0, 1), c = H.get(1, 0), d = H.get(1, 1);
  const values = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    const y = -extent + ((i + 0.5) * 2 * extent) / n;
    for (let j = 0; j < n; j++) {
      const x = -extent + ((j + 0.5) * 2 * extent) / n;
      values[i * n + j] = a * x * x + (b + c) * x * y + d * y * y;
    }
  }
  return {values, n, extent};
}

/** xᵀMx for unit x = (cos θ, sin θ), θ = 0..180 degrees in 1° steps (M is 2×2, not necessarily symmetric). */
export function formAlongCircle(m: MatrixLike): {deg: number; value: number}[] {
  const M = m instanceof Matrix ? m : Matrix.from(m);
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
  const A = a instanceof Matrix ? a : Matrix.from(a), X = x instanceof Matrix ? x : Matrix.from(x), Y = y instanceof Matrix ? y : Matrix.from(y);
  if (X.rows !== Y.rows || X.cols !== Y.cols) throw new RangeError(`midpointGaps: X is ${X.rows}×${X.cols} but Y is ${Y.rows}×${Y.cols}`);
  const f = (v: Float64Array) => 0.5 * dot(v, matmul(A, v)) + dot(b, v);
  return Float64Array.from({length: X.rows}, (_, i) => {
    const u = X.row(i), v = Y.row(i);
    return 0.5 * (f(u) + f(v)) - f(u.map((t, j) => 0.5 * (t + v[j]!)));
  });
}
