// Planar point sets for the derivation figures: circles, ℓp unit spheres, parallelograms, images under a 2×2 map.
import {Matrix, type MatrixLike} from "../../linalg/matrix.js";
import {asMatrix} from "../../linalg/validate.js";

/** A point of a closed planar curve: coordinates and its index along the curve (for Plot's line order). */
export interface CurvePoint {
  x: number;
  y: number;
  i: number;
}

/** n + 1 points on the unit circle (the first repeated last, so lines close). */
export function unitCircle(n = 96): CurvePoint[] {
  return Array.from({length: n + 1}, (_, i) => {
    const t = (2 * Math.PI * i) / n;
    return {x: Math.cos(t), y: Math.sin(t), i};
  });
}

/**
 * n + 1 points on the ℓp unit sphere {x : (|x₁|^p + |x₂|^p)^(1/p) = 1} in the plane, p > 0 or Infinity.
 * Each direction (cos t, sin t) is rescaled to unit p-"norm"; for p < 1 the set is not convex.
 */
export function lpUnitSphere(p: number, n = 200): CurvePoint[] {
  if (!(p > 0)) throw new RangeError(`lpUnitSphere: p must be positive, got ${p}`);
  return unitCircle(n).map(({x, y, i}) => {
    const ax = Math.abs(x), ay = Math.abs(y);
    const r = p === Infinity ? Math.max(ax, ay) : Math.pow(Math.pow(ax, p) + Math.pow(ay, p), 1 / p);
    return {x: x / r, y: y / r, i};
  });
}

/** The closed parallelogram 0 → u → u + v → v → 0 spanned by two planar vectors. */
export function parallelogram(u: ArrayLike<number>, v: ArrayLike<number>): CurvePoint[] {
  const pts: [number, number][] = [[0, 0], [u[0], u[1]], [u[0] + v[0], u[1] + v[1]], [v[0], v[1]], [0, 0]];
  return pts.map(([x, y], i) => ({x, y, i}));
}

/** The image A·p of each planar point under a 2×2 matrix (index kept). */
export function mapCurve(a: MatrixLike, pts: readonly CurvePoint[]): CurvePoint[] {
  const A: Matrix = asMatrix(a);
  if (A.rows !== 2 || A.cols !== 2) throw new RangeError(`mapCurve: needs a 2×2 matrix, got ${A.rows}×${A.cols}`);
  const [a00, a01, a10, a11] = A.data;
  return pts.map(({x, y, i}) => ({x: a00 * x + a01 * y, y: a10 * x + a11 * y, i}));
}
