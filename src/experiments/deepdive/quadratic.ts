// Quadratic forms q(x) = xᵀHx sampled on a grid, for bowl and saddle contour plots.
import {Matrix, type MatrixLike} from "../../linalg/index.js";

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
