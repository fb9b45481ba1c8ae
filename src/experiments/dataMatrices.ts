// Data matrices (rows are samples): centring, standardizing, whitening, the sample covariance, PCA two
// ways, distance and kernel matrices on the rows, and cosines between rows.
import {
  Matrix,
  type MatrixLike,
  cholesky,
  diag,
  eigh,
  matmul,
  scale,
  svd,
  transpose
} from "../linalg/index.js";
import {asMatrix} from "../linalg/validate.js";
import {defaultRng} from "../random/index.js";
import {timeInterleaved} from "./timing.js";

function columnStats(X: Matrix): {mean: Float64Array; sd: Float64Array} {
  const {rows: m, cols: n} = X;
  const mean = new Float64Array(n),
    sd = new Float64Array(n);
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
  return new Matrix(
    X.rows,
    X.cols,
    X.data.map((v, k) => v - mean[k % X.cols]!)
  );
}

/** X with each column centred and divided by its sample standard deviation (columns must not be constant). */
export function standardize(x: MatrixLike): Matrix {
  const X = asMatrix(x);
  const {mean, sd} = columnStats(X);
  return new Matrix(
    X.rows,
    X.cols,
    X.data.map((v, k) => (v - mean[k % X.cols]!) / sd[k % X.cols]!)
  );
}

/** Sample covariance (m−1 divisor) of the columns of X (m×n → n×n). */
export function covariance(x: MatrixLike): Matrix {
  const Xc = center(x);
  return scale(1 / (Xc.rows - 1), matmul(Xc.T, Xc));
}

/**
 * `count` samples of N(μ, LLᵀ) as the rows of a count×d matrix: μ + Lz, z standard normal (a d×count
 * draw from defaultRng(seed), column t for sample t). L is d×d, d = μ.length (RangeError otherwise).
 */
export function gaussianDraws(
  mu: ArrayLike<number>,
  l: MatrixLike,
  count: number,
  seed: number
): Matrix {
  const L = asMatrix(l),
    d = mu.length;
  if (L.rows !== d || L.cols !== d) {
    throw new RangeError(`gaussianDraws: L is ${L.rows}×${L.cols} but μ has length ${d}`);
  }
  const out = transpose(matmul(L, defaultRng(seed).standardNormal([d, count])));
  for (let t = 0; t < count; t++) for (let j = 0; j < d; j++) out.data[t * d + j] += mu[j]!;
  return out;
}

/**
 * ZCA whitening: X_c Σ^{-1/2} with Σ the sample covariance and Σ^{-1/2} = Q Λ^{-1/2} Qᵀ from its eigendecomposition,
 * so the result has identity covariance. RangeError if Σ is not positive definite (collinear or too few samples).
 */
export function whiten(x: MatrixLike): Matrix {
  const {values, vectors: Q} = eigh(covariance(x));
  if (!(values[0]! > 0))
    throw new RangeError(
      `whiten: the covariance is not positive definite (smallest eigenvalue ${values[0]})`
    );
  return matmul(center(x), matmul(matmul(Q, diag(values.map((v) => 1 / Math.sqrt(v)))), Q.T));
}

/** Principal directions (d×k, columns, descending variance) and explained variances (length k). */
export interface Pca {
  directions: Matrix;
  variances: Float64Array;
}

/** PCA from the d×d covariance XᵀX/n of X as given (`center` first for true PCA): eigh, reversed to descending. */
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
export function pcaTimings(
  x: MatrixLike,
  reps = 3,
  now: () => number = () => performance.now()
): {covarianceMs: number; svdMs: number} {
  const X = asMatrix(x);
  const [covarianceMs, svdMs] = timeInterleaved(
    () => pcaByCovariance(X),
    () => pcaBySvd(X),
    reps,
    now
  );
  return {covarianceMs, svdMs};
}

/** The n×n matrix D with D_ij = ‖x_i − x_j‖₂ for the rows x_i of X (n×d). Symmetric, zero diagonal. */
export function pairwiseDistances(x: MatrixLike): Matrix {
  const X = asMatrix(x);
  const {rows: n, cols: d} = X;
  const D = new Matrix(n, n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < i; j++) {
      let s = 0;
      for (let k = 0; k < d; k++) s += (X.data[i * d + k] - X.data[j * d + k]) ** 2;
      D.data[i * n + j] = D.data[j * n + i] = Math.sqrt(s);
    }
  }
  return D;
}

/** K_ij = exp(−γ‖x_i − x_j‖²) for the rows of X (n×d); n×n, symmetric, unit diagonal. RangeError for γ ≤ 0. */
export function rbfKernel(x: MatrixLike, gamma: number): Matrix {
  if (!(gamma > 0)) throw new RangeError(`rbfKernel: gamma must be positive, got ${gamma}`);
  const D = pairwiseDistances(x);
  return new Matrix(
    D.rows,
    D.cols,
    D.data.map((d) => Math.exp(-gamma * d * d))
  );
}

/** cos∠(x_{2k}, x_{2k+1}) for the rows of X (2p×d, p pairs; an odd last row is ignored). A zero row gives NaN. */
export function pairCosines(x: MatrixLike): Float64Array {
  const X = asMatrix(x);
  const {rows, cols: d, data} = X;
  const out = new Float64Array(Math.floor(rows / 2));
  for (let k = 0; k < out.length; k++) {
    let uv = 0,
      uu = 0,
      vv = 0;
    for (let j = 0, a = 2 * k * d, b = a + d; j < d; j++) {
      uv += data[a + j] * data[b + j];
      uu += data[a + j] ** 2;
      vv += data[b + j] ** 2;
    }
    out[k] = uv / Math.sqrt(uu * vv);
  }
  return out;
}

/** √(mean of x²): the spread of values centred on 0 (NaN for an empty input). */
export function rootMeanSquare(x: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += x[i] * x[i];
  return Math.sqrt(s / x.length);
}

/** max(x, 0) entrywise: the outputs of ReLU units (rows are samples). */
export function relu(x: MatrixLike): Matrix {
  const X = asMatrix(x);
  return new Matrix(
    X.rows,
    X.cols,
    X.data.map((v) => Math.max(v, 0))
  );
}

/** The second-moment matrix XᵀX/m of the columns of X (m×n → n×n; not centred, unlike `covariance`). */
export function secondMoment(x: MatrixLike): Matrix {
  const X = asMatrix(x);
  return scale(1 / X.rows, matmul(transpose(X), X));
}

/**
 * The upper-triangular R with RᵀR = (1 − ρ)I + ρ11ᵀ (unit variances, every correlation ρ; needs
 * −1/(n−1) < ρ < 1): rows of Z·R, for Z with independent standard normal entries, have that covariance.
 */
export function correlatedFactor(n: number, rho: number): Matrix {
  if (!(rho > -1 / (n - 1) && rho < 1))
    throw new RangeError(`correlatedFactor: ρ must lie in (−1/(n−1), 1), got ${rho}`);
  const C = Matrix.from(
    Array.from({length: n}, (_, i) => Array.from({length: n}, (_, j) => (i === j ? 1 : rho)))
  );
  return transpose(cholesky(C));
}
