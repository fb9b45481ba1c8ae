// Condition number κ(A) = ‖A‖·‖A⁻¹‖; for the 2-norm σ₁/σₙ from the SVD (Golub & Van Loan 4th ed. §2.6.2), as numpy.linalg.cond.
import {ShapeError, SingularMatrixError} from "./errors.js";
import type {MatrixLike} from "./matrix.js";
import {norm, type NormOrder} from "./norms.js";
import {inv} from "./solve.js";
import type {SVDResult} from "./svd.js";
import {isSVDResult, singularValuesOf} from "./svdvals.js";
import {assertSquare, input, shapeOf} from "./validate.js";

/**
 * np.linalg.cond. ord 2 (default) is σ₁/σ_min and -2 is σ_min/σ₁, for any non-empty shape, of A or of an
 * SVD of A already computed (no second factorization); other orders ("fro", "nuc", ±1, ±Infinity) are
 * ‖A‖·‖A⁻¹‖ for square A and need A itself (RangeError for an SVD).
 * A singular matrix gives Infinity (an exactly zero σ_min or pivot), as NumPy;
 * a nearly singular one gives a large finite number. ShapeError for empty (or non-square, ord ≠ ±2).
 */
export function cond(a: MatrixLike | SVDResult, ord: NormOrder = 2): number {
  if (ord === 2 || ord === -2) {
    const {m, n, s} = singularValuesOf("cond", a);
    if (m === 0 || n === 0) throw new ShapeError(`cond: empty matrix of shape (${m}, ${n})`);
    const big = s[0]!,
      small = s[s.length - 1]!;
    if (big === 0) return Infinity; // 0/0, which NumPy reports as Infinity
    return ord === 2 ? big / small : small / big;
  }
  if (isSVDResult(a))
    throw new RangeError(`cond: an SVD gives only the 2-norm condition number, not ord ${ord}`);
  const A = input("cond", a);
  if (A.rows === 0 || A.cols === 0)
    throw new ShapeError(`cond: empty matrix of shape ${shapeOf(A)}`);
  assertSquare("cond", A);
  try {
    return norm(A, ord) * norm(inv(A), ord);
  } catch (e) {
    if (e instanceof SingularMatrixError) return Infinity;
    throw e;
  }
}
