// Data-matrix preprocessing (rows are samples): centring, standardizing, whitening, the sample covariance, the RBF Gram and distance matrices.
import {Matrix, type MatrixLike, diag, eigh, matmul, scale} from "../../linalg/index.js";

function asM(a: MatrixLike): Matrix {
  return a instanceof Matrix ? a : Matrix.from(a);
}

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
  const X = asM(x);
  const {mean} = columnStats(X);
  return new Matrix(X.rows, X.cols, X.data.map((v, k) => v - mean[k % X.cols]!));
}

/** X with each column centred and divided by its sample standard deviation (columns must not be constant). */
export function standardize(x: MatrixLike): Matrix {
  const X = asM(x);
  const {mean, sd} = columnStats(X);
  return new Matrix(X.rows, X.cols, X.data.map((v, k) => (v - mean[k % X.cols]!) / sd[k % X.cols]!));
}

/** Sample covariance (m−1 divisor) of the columns of X (m×n → n×n). */
export function covariance(x: MatrixLike): Matrix {
  const Xc = center(x);
  return scale(1 / (Xc.rows - 1), matmul(Xc.T, Xc));
}

/** The RBF (Gaussian) kernel matrix K_ij = exp(−gamma‖xᵢ − xⱼ‖²) over the rows of X. */
export function rbfKernel(x: MatrixLike, gamma: number): Matrix {
  const X = asM(x);
  const m = X.rows;
  const K = new Matrix(m, m);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < m; j++) {
      let d2 = 0;
      for (let k = 0; k < X.cols; k++) d2 += (X.get(i, k) - X.get(j, k)) ** 2;
      K.data[i * m + j] = Math.exp(-gamma * d2);
    }
  }
  return K;
}

/** The Euclidean distance matrix D_ij = ‖xᵢ − xⱼ‖₂ over the rows of X (m×n → m×m, symmetric, zero diagonal). */
export function distanceMatrix(x: MatrixLike): Matrix {
  const X = asM(x);
  const m = X.rows;
  const D = new Matrix(m, m);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < i; j++) {
      let d2 = 0;
      for (let k = 0; k < X.cols; k++) d2 += (X.get(i, k) - X.get(j, k)) ** 2;
      D.data[i * m + j] = D.data[j * m + i] = Math.sqrt(d2);
    }
  }
  return D;
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
