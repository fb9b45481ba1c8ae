// Orthogonal projector onto the column space, P = U_r U_rᵀ from the SVD (Golub & Van Loan 4th ed. §2.5.2 and §5.4.1).
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
  let r = 0;
  while (r < s.length && s[r]! > tol) r++;
  // p_ij = Σ_{l<r} u_il u_jl: the lower triangle as dot products of row prefixes, mirrored.
  const p = U.cols;
  const P = new Matrix(m, m);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = 0;
      for (let l = 0; l < r; l++) sum += U.data[i * p + l]! * U.data[j * p + l]!;
      P.data[i * m + j] = sum;
      P.data[j * m + i] = sum;
    }
  }
  return P;
}
