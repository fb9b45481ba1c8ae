// Orthogonal projector onto the column space, P = U_r U_rᵀ from the SVD (Golub & Van Loan 4th ed. §2.5.2 and §5.4.1).
import {gemmNTSub} from "./gemm-nt.js";
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
  if (!(tol >= 0 && tol < Infinity)) throw new RangeError(`projector: tol must be a finite number ≥ 0, got ${tol}`);
  let r = 0;
  while (r < s.length && s[r]! > tol) r++;
  // −U_r U_rᵀ as one product over contiguous row prefixes (gemmNTSub subtracts from zero); then negate it,
  // copying the lower triangle onto the upper so that P is exactly symmetric.
  const P = new Matrix(m, m), d = P.data;
  gemmNTSub(m, m, r, U.data, 0, U.cols, U.data, 0, U.cols, d, 0, m);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j <= i; j++) {
      const v = 0 - d[i * m + j]!;
      d[i * m + j] = v;
      d[j * m + i] = v;
    }
  }
  return P;
}
