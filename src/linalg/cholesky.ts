// Cholesky factorization A = L Lᵀ (Golub & Van Loan 4th ed. Alg 4.2.1, gaxpy Cholesky, row by row for row-major storage).
import {NotPositiveDefiniteError} from "./errors.js";
import {Matrix, type MatrixLike} from "./matrix.js";
import {assertSquare, input} from "./validate.js";

/**
 * Lower-triangular L with positive diagonal and A = L Lᵀ, for symmetric positive definite A (n×n).
 * As numpy.linalg.cholesky, only the lower triangle of A is read (symmetry is assumed, not checked).
 * Throws NotPositiveDefiniteError(k, d) at the first pivot d = a_kk − Σ l_kj² that is not positive
 * (k is 0-based: the leading (k+1)×(k+1) minor is not positive definite); ShapeError if A is not square.
 */
export function cholesky(a: MatrixLike): Matrix {
  const A = input("cholesky", a);
  assertSquare("cholesky", A);
  const n = A.rows;
  const L = new Matrix(n, n);
  const l = L.data, x = A.data;
  for (let i = 0; i < n; i++) {
    const ri = i * n;
    // Off-diagonal: l_ij = (a_ij − l_i,0:j · l_j,0:j) / l_jj — two contiguous row prefixes.
    for (let j = 0; j < i; j++) {
      const rj = j * n;
      let s = x[ri + j]!;
      for (let k = 0; k < j; k++) s -= l[ri + k]! * l[rj + k]!;
      l[ri + j] = s / l[rj + j]!;
    }
    // Diagonal: the pivot a_ii − ‖l_i,0:i‖² must be positive.
    let d = x[ri + i]!;
    for (let k = 0; k < i; k++) d -= l[ri + k]! * l[ri + k]!;
    if (!(d > 0)) throw new NotPositiveDefiniteError(i, d);
    l[ri + i] = Math.sqrt(d);
  }
  return L;
}
