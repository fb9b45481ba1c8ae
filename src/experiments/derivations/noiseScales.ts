// How large Gaussian noise looks after two computations: the top singular value of a noise matrix (Bai–Yin edge) and the error it leaves in a least-squares fit.
import type {MatrixLike} from "../../linalg/matrix.js";
import {inv, matmul, trace, transpose} from "../../linalg/index.js";
import {asMatrix} from "../../linalg/validate.js";

/** σ(√m + √n): where the largest singular value of an m×n matrix of N(0, σ²) entries concentrates for large m, n. */
export function noiseEdge(sigma: number, m: number, n: number): number {
  return sigma * (Math.sqrt(m) + Math.sqrt(n));
}

/**
 * σ√tr((AᵀA)⁻¹) = √E‖x_LS − x_true‖² for b = A x_true + σe, e standard normal, A (m×n) of full column rank.
 * Throws SingularMatrixError when AᵀA is singular.
 */
export function noiseErrorPrediction(a: MatrixLike, sigma: number): number {
  const A = asMatrix(a);
  return sigma * Math.sqrt(trace(inv(matmul(transpose(A), A))));
}
