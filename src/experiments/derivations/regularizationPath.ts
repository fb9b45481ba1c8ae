// Lasso by cyclic coordinate descent with soft thresholding (Friedman, Hastie & Tibshirani 2010) and ridge by its normal equations.
import {type MatrixLike} from "../../linalg/matrix.js";
import {add, eye, matmul, scale, solve, transpose, vscale} from "../../linalg/index.js";
import {asMatrix} from "../../linalg/validate.js";

/** Coefficients at one penalty: `lambda`, the solution `w`, and (lasso) the sweeps used. */
export interface PathPoint {
  lambda: number;
  w: Float64Array;
  sweeps?: number;
}

function softThreshold(z: number, g: number): number {
  return z > g ? z - g : z < -g ? z + g : 0;
}

/**
 * Lasso path: argmin_w (1/2n)‖y − Xw‖² + λ‖w‖₁ for each λ (visited in the given order, warm-started).
 * X is n×d with no all-zero column. Stops a λ when no coefficient moves more than tol in a sweep,
 * or after maxSweeps sweeps.
 */
export function lassoPath(x: MatrixLike, y: ArrayLike<number>, lambdas: ArrayLike<number>, tol = 1e-12, maxSweeps = 10000): PathPoint[] {
  const X = asMatrix(x);
  const {rows: n, cols: d} = X;
  const xd = X.data;
  const colSq = new Float64Array(d);
  for (let j = 0; j < d; j++) for (let i = 0; i < n; i++) colSq[j] += xd[i * d + j] ** 2 / n;
  const w = new Float64Array(d);
  const r = Float64Array.from(y); // residual y − Xw
  const out: PathPoint[] = [];
  for (const lambda of Array.from(lambdas)) {
    let sweeps = 0;
    for (; sweeps < maxSweeps; sweeps++) {
      let moved = 0;
      for (let j = 0; j < d; j++) {
        let rho = 0;
        for (let i = 0; i < n; i++) rho += xd[i * d + j] * r[i];
        const wj = softThreshold(rho / n + colSq[j] * w[j], lambda) / colSq[j];
        const dw = wj - w[j];
        if (dw !== 0) {
          for (let i = 0; i < n; i++) r[i] -= xd[i * d + j] * dw;
          w[j] = wj;
          moved = Math.max(moved, Math.abs(dw));
        }
      }
      if (moved <= tol) break;
    }
    out.push({lambda, w: w.slice(), sweeps: sweeps + 1});
  }
  return out;
}

/** Ridge path: argmin_w (1/2n)‖y − Xw‖² + (λ/2)‖w‖², i.e. (XᵀX/n + λI) w = Xᵀy/n, for each λ > 0. */
export function ridgePath(x: MatrixLike, y: ArrayLike<number>, lambdas: ArrayLike<number>): PathPoint[] {
  const X = asMatrix(x);
  const n = X.rows;
  const G = scale(1 / n, matmul(transpose(X), X));
  const c = vscale(1 / n, matmul(transpose(X), Float64Array.from(y)));
  return Array.from(lambdas, (lambda) => ({lambda, w: solve(add(G, scale(lambda, eye(X.cols))), c)}));
}

/**
 * The smallest grid λ from which coefficient j stays exactly 0 for every larger λ of the path
 * (any order of points); NaN if it is non-zero at the largest λ.
 */
export function zeroFromLambda(path: readonly PathPoint[], j: number): number {
  const sorted = [...path].sort((a, b) => b.lambda - a.lambda);
  let from = NaN;
  for (const p of sorted) {
    if (p.w[j] !== 0) break;
    from = p.lambda;
  }
  return from;
}
