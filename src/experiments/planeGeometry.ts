// Pictures of a 2×2 map: where it sends the unit square, the unit circle and the directions of the plane.
import {Matrix, type MatrixLike, matmul} from "../../linalg/index.js";
import {absCosine} from "./compare.js";
import {asMatrix} from "../../linalg/validate.js";

export interface PlanePoint {
  x: number;
  y: number;
  /** Which figure the point belongs to (e.g. "before", "after"). */
  shape: string;
  /** Position along the outline (for Plot's `sort`/`z`). */
  order: number;
}

function apply(A: Matrix, x: number, y: number): [number, number] {
  const v = matmul(A, [x, y]);
  return [v[0]!, v[1]!];
}

/** The unit square's corners (0,0),(1,0),(1,1),(0,1),(0,0) before and after A (2×2): a closed polygon each. */
export function unitSquareImage(a: MatrixLike): PlanePoint[] {
  const A = asMatrix(a);
  const corners: [number, number][] = [[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]];
  return corners.flatMap(([x, y], order) => {
    const [u, v] = apply(A, x, y);
    return [{x, y, shape: "unit square", order}, {x: u, y: v, shape: "image A·square", order}];
  });
}

/** n+1 points on the unit circle (closed) and their images under A: an ellipse for invertible A. */
export function unitCircleImage(a: MatrixLike, n = 96): PlanePoint[] {
  const A = asMatrix(a);
  const out: PlanePoint[] = [];
  for (let i = 0; i <= n; i++) {
    const t = (2 * Math.PI * i) / n;
    const [u, v] = apply(A, Math.cos(t), Math.sin(t));
    out.push({x: Math.cos(t), y: Math.sin(t), shape: "unit circle", order: i}, {x: u, y: v, shape: "image", order: i});
  }
  return out;
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
  const A = asMatrix(a);
  return Array.from({length: n}, (_, i) => {
    const theta = (Math.PI * i) / n;
    const x = Math.cos(theta), y = Math.sin(theta);
    const [ax, ay] = apply(A, x, y);
    return {theta, x, y, ax, ay, alignment: absCosine([x, y], [ax, ay])};
  });
}

/** The 2×2 rotation by theta radians (counter-clockwise). */
export function rotation(theta: number): Matrix {
  const c = Math.cos(theta), s = Math.sin(theta);
  return Matrix.from([[c, -s], [s, c]]);
}

/** The p-norm of a plane vector (p ≥ 1 or Infinity). */
function pNorm2(x: number, y: number, p: number): number {
  const big = Math.max(Math.abs(x), Math.abs(y));
  if (p === Infinity || big === 0 || !Number.isFinite(big)) return big;
  return big * ((Math.abs(x) / big) ** p + (Math.abs(y) / big) ** p) ** (1 / p); // scaled: no overflow at 1e200
}

/**
 * n+1 points on the boundary of the unit p-ball (closed; n a multiple of 8 puts the ℓ1 and ℓ∞ corners on it),
 * their images under A, and the boundary of the p-ball of radius `radius` (pass ‖A‖_p: the smallest ball holding the image).
 * Each point carries its p-norm in `size`.
 */
export function unitBallImage(a: MatrixLike, p: number, radius: number, n = 96): (PlanePoint & {size: number})[] {
  const A = asMatrix(a);
  const out: (PlanePoint & {size: number})[] = [];
  for (let i = 0; i <= n; i++) {
    const t = (2 * Math.PI * i) / n;
    const r = pNorm2(Math.cos(t), Math.sin(t), p);
    const x = Math.cos(t) / r, y = Math.sin(t) / r;
    const [u, v] = apply(A, x, y);
    out.push({x, y, shape: "unit ball", order: i, size: 1});
    out.push({x: u, y: v, shape: "image A·ball", order: i, size: pNorm2(u, v, p)});
    out.push({x: radius * x, y: radius * y, shape: "ball of radius ‖A‖", order: i, size: radius});
  }
  return out;
}

/** Area enclosed by a closed polygon (shoelace formula; the vertex order may be either orientation). */
export function polygonArea(points: readonly {x: number; y: number}[]): number {
  let twice = 0;
  for (let i = 0; i < points.length; i++) {
    const p = points[i]!, q = points[(i + 1) % points.length]!;
    twice += p.x * q.y - q.x * p.y;
  }
  return Math.abs(twice) / 2;
}
