// Repeated multiplication x, Ax, A²x, …: the spectral radius decides growth or decay.
import {Matrix, type MatrixLike, diag, eye, matmul} from "../../linalg/index.js";
import {asMatrix} from "../../linalg/validate.js";

/** A non-symmetric diagonalizable 2×2 with eigenvalues l1, l2: P diag(l1, l2) P⁻¹ with the fixed P = [[2, 1], [1, 1]]. */
export function matrixWithEigenvalues(l1: number, l2: number): Matrix {
  const P = Matrix.from([[2, 1], [1, 1]]);
  const Pinv = Matrix.from([[1, -1], [-1, 2]]); // det P = 1
  return matmul(matmul(P, diag([l1, l2])), Pinv);
}

export interface IterateRow {
  k: number;
  /** ‖Aᵏx‖₂ */
  norm: number;
}

/** ‖Aᵏx₀‖₂ for k = 0..kmax. */
export function powerIterates(a: MatrixLike, x0: ArrayLike<number>, kmax: number): IterateRow[] {
  const A = asMatrix(a);
  let x: Float64Array = Float64Array.from(x0);
  const rows: IterateRow[] = [];
  for (let k = 0; k <= kmax; k++) {
    rows.push({k, norm: Math.hypot(...x)});
    x = matmul(A, x);
  }
  return rows;
}

/** Aᵏ by repeated multiplication (k ≥ 0), the reference for P Λᵏ P⁻¹. */
export function matrixPower(a: MatrixLike, k: number): Matrix {
  const A = asMatrix(a);
  let out = eye(A.rows);
  for (let i = 0; i < k; i++) out = matmul(out, A);
  return out;
}
