// Data-matrix preprocessing (rows are samples): centring, standardizing, whitening, the sample covariance.
import {Matrix, type MatrixLike, diag, eigh, matmul, scale} from "../../linalg/index.js";
import {asMatrix} from "../../linalg/validate.js";

function columnStats(X: Matrix): {mean: Float64Array; sd: Float64Array} {
  const {rows: m, cols: n} = X;
  const mean = new Float64Array(n), sd = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    let s = 0;
    for (let i = 0; i < m; i++) s += X.get(i, j);
    mean[j] = s / m;
    let v = 0;
    for (let i = 0; i < m; i++) v += (X.get(i, j) - mean[j]!) ** 2;
    sd[j] = Math.sqrt(v / (m - 1));
  }
  return {mean, sd};
}

/** X with each column's mean subtracted. */
export function center(x: MatrixLike): Matrix {
  const X = asMatrix(x);
  const {mean} = columnStats(X);
  return new Matrix(X.rows, X.cols, X.data.map((v, k) => v - mean[k % X.cols]!));
}

/** X with each column centred and divided by its sample standard deviation (columns must not be constant). */
export function standardize(x: MatrixLike): Matrix {
  const X = asMatrix(x);
  const {mean, sd} = columnStats(X);
  return new Matrix(X.rows, X.cols, X.data.map((v, k) => (v - mean[k % X.cols]!) / sd[k % X.cols]!));
}

/** Sample covariance (m−1 divisor) of the columns of X (m×n → n×n). */
export function covariance(x: MatrixLike): Matrix {
  const Xc = center(x);
  return scale(1 / (Xc.rows - 1), matmul(Xc.T, Xc));
}

/**
 * ZCA whitening: X_c Σ^{-1/2} with Σ the sample covariance and Σ^{-1/2} = Q Λ^{-1/2} Qᵀ from its eigendecomposition,
 * so the result has identity covariance. RangeError if Σ is not positive definite (collinear or too few samples).
 */
export function whiten(x: MatrixLike): Matrix {
  const {values, vectors: Q} = eigh(covariance(x));
  if (!(values[0]! > 0)) throw new RangeError(`whiten: the covariance is not positive definite (smallest eigenvalue ${values[0]})`);
  return matmul(center(x), matmul(matmul(Q, diag(values.map((v) => 1 / Math.sqrt(v)))), Q.T));
}
