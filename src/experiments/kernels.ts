// Distance and Gaussian (RBF) kernel matrices on the rows of a data matrix: the Mercer kernel and its non-PSD cousin.
import {Matrix, type MatrixLike} from "../linalg/matrix.js";
import {asMatrix} from "../linalg/validate.js";

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
  return new Matrix(D.rows, D.cols, D.data.map((d) => Math.exp(-gamma * d * d)));
}
