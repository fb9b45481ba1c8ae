// The level set xᵀAx = 1 of a 2×2 symmetric matrix, from its eigendecomposition (principal axes theorem).
import {type MatrixLike} from "../../linalg/matrix.js";
import {asMatrix} from "../../linalg/validate.js";
import {eigh} from "../../linalg/index.js";
import type {CurvePoint} from "./shapes.js";

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
  if (values.length !== 2) throw new RangeError(`semiAxes: needs a 2×2 matrix, got ${values.length} eigenvalues`);
  return [0, 1].map((k) => {
    const lambda = values[k];
    if (!(lambda > 0)) throw new RangeError(`semiAxes: eigenvalue ${lambda} is not positive, the level set is no ellipse`);
    const q: [number, number] = [vectors.get(0, k), vectors.get(1, k)];
    const length = 1 / Math.sqrt(lambda);
    return {lambda, q, end: [q[0] * length, q[1] * length], length};
  });
}

/** n + 1 points on the ellipse xᵀAx = 1 (A symmetric positive definite 2×2), x(t) = cos t·q₁/√λ₁ + sin t·q₂/√λ₂. */
export function ellipse(a: MatrixLike, n = 120): CurvePoint[] {
  const [a1, a2] = semiAxes(a);
  return Array.from({length: n + 1}, (_, i) => {
    const t = (2 * Math.PI * i) / n, c = Math.cos(t), s = Math.sin(t);
    return {x: c * a1.end[0] + s * a2.end[0], y: c * a1.end[1] + s * a2.end[1], i};
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
export function quadraticGrid(h: MatrixLike, g: ArrayLike<number>, c: number, [x1, x2, y1, y2]: [number, number, number, number], n = 120): QuadraticGrid {
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
