// Numerical rank: the number of singular values above a tolerance (Golub & Van Loan 4th ed. §5.4.1), as numpy.linalg.matrix_rank.
import type {MatrixLike} from "./matrix.js";
import type {SVDResult} from "./svd.js";
import {singularValuesOf} from "./svdvals.js";

/**
 * Number of singular values σᵢ > tol, of A or of an SVD of A already computed (no second factorization).
 * Default tol = σ₁·max(m, n)·ε (NumPy's), which treats as zero what rounding in the SVD itself could have
 * produced. An empty matrix has rank 0.
 * RangeError for a negative or NaN tol; NonFiniteError for NaN/±Infinity entries.
 */
export function matrixRank(a: MatrixLike | SVDResult, tol?: number): number {
  const {m, n, s} = singularValuesOf("matrixRank", a);
  if (tol !== undefined && !(tol >= 0))
    throw new RangeError(`matrixRank: tol must be a non-negative number, got ${tol}`);
  if (s.length === 0) return 0;
  const cutoff = tol ?? s[0]! * Math.max(m, n) * Number.EPSILON;
  return s.reduce((r, v) => r + (v > cutoff ? 1 : 0), 0);
}
