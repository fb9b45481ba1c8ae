// Pairwise Euclidean distances between the rows of a data matrix (the "distance kernel" of chapter 3's counterexample).
import {Matrix, type MatrixLike} from "../../linalg/matrix.js";
import {asMatrix} from "../../linalg/validate.js";

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
