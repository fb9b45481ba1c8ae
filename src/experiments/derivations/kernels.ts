// The Gaussian (RBF) kernel matrix exp(−γ‖xᵢ − xⱼ‖²) on the rows of a data matrix, a Mercer kernel.
import {Matrix, type MatrixLike} from "../../linalg/matrix.js";
import {pairwiseDistances} from "./distances.js";

/** K_ij = exp(−γ‖x_i − x_j‖²) for the rows of X (n×d); n×n, symmetric, unit diagonal. RangeError for γ ≤ 0. */
export function rbfKernel(x: MatrixLike, gamma: number): Matrix {
  if (!(gamma > 0)) throw new RangeError(`rbfKernel: gamma must be positive, got ${gamma}`);
  const D = pairwiseDistances(x);
  return new Matrix(D.rows, D.cols, D.data.map((d) => Math.exp(-gamma * d * d)));
}
