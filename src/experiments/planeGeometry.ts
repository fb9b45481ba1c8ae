// Plane geometry for the figures: closed curves (circle, ℓp spheres, parallelograms), their images
// under a 2×2 map, and the pictures of a 2×2 map (unit square, unit circle, direction fan, p-ball).
import {Matrix, type MatrixLike} from "../linalg/index.js";
import {asMatrix} from "../linalg/validate.js";
import {absCosine} from "./compare.js";

/** A point of a closed planar curve: coordinates and its position along the curve (Plot's line order). */
export interface PlanePoint {
  x: number;
  y: number;
  order: number;
}

/** A curve point tagged with the figure it belongs to (e.g. "unit circle", "image"). */
export type ShapePoint = PlanePoint & {shape: string};

function as2x2(name: string, a: MatrixLike): Matrix {
  const A = asMatrix(a);
  if (A.rows !== 2 || A.cols !== 2) {
    throw new RangeError(`${name}: needs a 2×2 matrix, got ${A.rows}×${A.cols}`);
  }
  return A;
}

/** n + 1 points on the unit circle (the first repeated last, so lines close). */
export function unitCircle(n = 96): PlanePoint[] {
  return Array.from({length: n + 1}, (_, order) => {
    const t = (2 * Math.PI * order) / n;
    return {x: Math.cos(t), y: Math.sin(t), order};
  });
}

/** (|x|^p + |y|^p)^(1/p) for p > 0 or Infinity, scaled by max(|x|, |y|): no overflow at 1e200. */
export function pNorm2(x: number, y: number, p: number): number {
  const big = Math.max(Math.abs(x), Math.abs(y));
  if (p === Infinity || big === 0 || !Number.isFinite(big)) return big;
  return big * ((Math.abs(x) / big) ** p + (Math.abs(y) / big) ** p) ** (1 / p);
}

/**
 * n + 1 points on the ℓp unit sphere {x : (|x₁|^p + |x₂|^p)^(1/p) = 1} in the plane, p > 0 or Infinity.
 * Each direction (cos t, sin t) is rescaled to unit p-"norm"; for p < 1 the set is not convex.
 * n a multiple of 8 puts the ℓ1 and ℓ∞ corners on it.
 */
export function lpUnitSphere(p: number, n = 200): PlanePoint[] {
  if (!(p > 0)) throw new RangeError(`lpUnitSphere: p must be positive, got ${p}`);
  return unitCircle(n).map(({x, y, order}) => {
    const r = pNorm2(x, y, p);
    return {x: x / r, y: y / r, order};
  });
}

/** The closed parallelogram 0 → u → u + v → v → 0 spanned by two planar vectors. */
export function parallelogram(u: ArrayLike<number>, v: ArrayLike<number>): PlanePoint[] {
  const pts: [number, number][] = [
    [0, 0],
    [u[0]!, u[1]!],
    [u[0]! + v[0]!, u[1]! + v[1]!],
    [v[0]!, v[1]!],
    [0, 0]
  ];
  return pts.map(([x, y], order) => ({x, y, order}));
}

/** The image A·p of each planar point under a 2×2 matrix (order kept). */
export function mapCurve(a: MatrixLike, pts: readonly PlanePoint[]): PlanePoint[] {
  const [a00, a01, a10, a11] = as2x2("mapCurve", a).data as unknown as [
    number,
    number,
    number,
    number
  ];
  return pts.map(({x, y, order}) => ({x: a00 * x + a01 * y, y: a10 * x + a11 * y, order}));
}

function tag(pts: readonly PlanePoint[], shape: string): ShapePoint[] {
  return pts.map((p) => ({...p, shape}));
}

/** The unit square's corners (0,0),(1,0),(1,1),(0,1),(0,0) before and after A (2×2): a closed polygon each. */
export function unitSquareImage(a: MatrixLike): ShapePoint[] {
  const square = parallelogram([1, 0], [0, 1]);
  return [...tag(square, "unit square"), ...tag(mapCurve(a, square), "image A·square")];
}

/** n+1 points on the unit circle (closed) and their images under A: an ellipse for invertible A. */
export function unitCircleImage(a: MatrixLike, n = 96): ShapePoint[] {
  const circle = unitCircle(n);
  return [...tag(circle, "unit circle"), ...tag(mapCurve(a, circle), "image")];
}

/**
 * n+1 points on the boundary of the unit p-ball (p ≥ 1 or Infinity; closed), their images under A, and the
 * boundary of the p-ball of radius `radius` (pass ‖A‖_p: the smallest ball holding the image).
 * Each point carries its p-norm in `size`.
 */
export function unitBallImage(
  a: MatrixLike,
  p: number,
  radius: number,
  n = 96
): (ShapePoint & {size: number})[] {
  const ball = lpUnitSphere(p, n);
  const image = mapCurve(a, ball);
  return [
    ...ball.map((q) => ({...q, shape: "unit ball", size: 1})),
    ...image.map((q) => ({...q, shape: "image A·ball", size: pNorm2(q.x, q.y, p)})),
    ...ball.map((q) => ({
      x: radius * q.x,
      y: radius * q.y,
      order: q.order,
      shape: "ball of radius ‖A‖",
      size: radius
    }))
  ];
}

export interface DirectionRow {
  theta: number;
  x: number;
  y: number;
  ax: number;
  ay: number;
  /** |cos| of the angle between x and Ax: 1 on an eigen-direction. */
  alignment: number;
}

/** n unit vectors over the half-turn [0, π) and their images, with how well each keeps its direction. */
export function directionFan(a: MatrixLike, n = 24): DirectionRow[] {
  const A = as2x2("directionFan", a);
  return Array.from({length: n}, (_, i) => {
    const theta = (Math.PI * i) / n;
    const x = Math.cos(theta),
      y = Math.sin(theta);
    const [{x: ax, y: ay}] = mapCurve(A, [{x, y, order: 0}]) as [PlanePoint];
    return {theta, x, y, ax, ay, alignment: absCosine([x, y], [ax, ay])};
  });
}

/** The 2×2 rotation by theta radians (counter-clockwise). */
export function rotation(theta: number): Matrix {
  const c = Math.cos(theta),
    s = Math.sin(theta);
  return Matrix.from([
    [c, -s],
    [s, c]
  ]);
}

/** Area enclosed by a closed polygon (shoelace formula; the vertex order may be either orientation). */
export function polygonArea(points: readonly {x: number; y: number}[]): number {
  let twice = 0;
  for (let i = 0; i < points.length; i++) {
    const p = points[i]!,
      q = points[(i + 1) % points.length]!;
    twice += p.x * q.y - q.x * p.y;
  }
  return Math.abs(twice) / 2;
}

/**
 * The oblique projection of the plane onto the line through a, along the direction d (d not parallel to a):
 * P = a nᵀ/(nᵀa) with n ⟂ d. P² = P and P·a = a, but Pᵀ ≠ P unless d ⟂ a.
 */
export function obliqueProjector(a: ArrayLike<number>, d: ArrayLike<number>): Matrix {
  const n = [d[1]!, -d[0]!];
  const na = n[0]! * a[0]! + n[1]! * a[1]!;
  if (na === 0) throw new RangeError("obliqueProjector: the direction d is parallel to the line");
  return Matrix.from([
    [(a[0]! * n[0]!) / na, (a[0]! * n[1]!) / na],
    [(a[1]! * n[0]!) / na, (a[1]! * n[1]!) / na]
  ]);
}
