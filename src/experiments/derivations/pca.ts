// PCA two ways: eigenvectors of the covariance XᵀX/n, and right singular vectors of centred X (σᵢ²/n = variance).
import {Matrix, type MatrixLike} from "../../linalg/matrix.js";
import {eigh, matmul, scale, svd, transpose} from "../../linalg/index.js";
import {asMatrix} from "../../linalg/validate.js";
import {timeInterleaved} from "./timing.js";

/** Principal directions (d×k, columns, descending variance) and explained variances (length k). */
export interface Pca {
  directions: Matrix;
  variances: Float64Array;
}

/** X with each column's mean subtracted (n×d → n×d). */
export function centerColumns(x: MatrixLike): Matrix {
  const X = asMatrix(x);
  const {rows: n, cols: d} = X;
  const out = X.clone();
  for (let j = 0; j < d; j++) {
    let mu = 0;
    for (let i = 0; i < n; i++) mu += X.data[i * d + j] / n;
    for (let i = 0; i < n; i++) out.data[i * d + j] -= mu;
  }
  return out;
}

/** PCA from the d×d covariance XᵀX/n of X as given (centre first for true PCA): eigh, reversed to descending. */
export function pcaByCovariance(x: MatrixLike): Pca {
  const X = asMatrix(x);
  const {values, vectors} = eigh(scale(1 / X.rows, matmul(transpose(X), X)));
  const d = values.length;
  const order = Array.from({length: d}, (_, i) => d - 1 - i);
  const directions = new Matrix(d, d);
  order.forEach((src, k) => {
    for (let i = 0; i < d; i++) directions.data[i * d + k] = vectors.data[i * d + src];
  });
  return {directions, variances: Float64Array.from(order, (i) => values[i])};
}

/** PCA from the thin SVD of X as given: directions = columns of V, variances σᵢ²/n (k = min(n, d)). */
export function pcaBySvd(x: MatrixLike): Pca {
  const X = asMatrix(x);
  const {s, Vt} = svd(X);
  return {directions: Vt!.T, variances: s.map((v) => (v * v) / X.rows)};
}

/** Median wall-clock milliseconds of the two PCA paths on X as given (`reps` runs each, interleaved). */
export function pcaTimings(x: MatrixLike, reps = 3, now: () => number = () => performance.now()): {covarianceMs: number; svdMs: number} {
  const X = asMatrix(x);
  const [covarianceMs, svdMs] = timeInterleaved(() => pcaByCovariance(X), () => pcaBySvd(X), reps, now);
  return {covarianceMs, svdMs};
}
