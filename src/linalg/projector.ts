// Orthogonal projector onto the column space, P = U_r U_rᵀ from the SVD (Golub & Van Loan 4th ed. §2.5.2 and §5.4.1).
import {gramRows} from "./gemm-nt.js";
import {Matrix, type MatrixLike} from "./matrix.js";
import {svd} from "./svd.js";
import {input} from "./validate.js";

export interface ProjectorOptions {
  /** Singular values ≤ tol count as zero. Default σ₁·max(m, n)·ε, as numpy.linalg.matrix_rank. */
  tol?: number;
}

/**
 * The orthogonal projector P (m×m) onto col(A) for any m×n A, rank-deficient included: P = U_r U_rᵀ with
 * r the numerical rank. P is exactly symmetric, P² = P up to rounding, P A = A, and trace P = r.
 */
export function projector(a: MatrixLike, options: ProjectorOptions = {}): Matrix {
  const A = input("projector", a);
  const m = A.rows;
  const {U, s} = svd(A);
  const tol = options.tol ?? (s[0] ?? 0) * Math.max(m, A.cols) * 2 ** -52;
  if (!(tol >= 0 && tol < Infinity))
    throw new RangeError(`projector: tol must be a finite number ≥ 0, got ${tol}`);
  let r = 0;
  while (r < s.length && s[r]! > tol) r++;
  // U_r U_rᵀ over the first r entries of each row of U, exactly symmetric.
  return new Matrix(m, m, gramRows(m, r, U.data, 0, U.cols));
}
