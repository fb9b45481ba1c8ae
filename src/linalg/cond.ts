// Condition number κ(A) = ‖A‖·‖A⁻¹‖; for the 2-norm σ₁/σₙ from the SVD (Golub & Van Loan 4th ed. §2.6.2), as numpy.linalg.cond.
import {ShapeError, SingularMatrixError} from "./errors.js";
import type {MatrixLike} from "./matrix.js";
import {norm, type NormOrder} from "./norms.js";
import {inv} from "./solve.js";
import {svd} from "./svd.js";
import {assertSquare, input, shapeOf} from "./validate.js";

/**
 * np.linalg.cond. ord 2 (default) is σ₁/σ_min and -2 is σ_min/σ₁, for any non-empty shape;
 * other orders ("fro", "nuc", ±1, ±Infinity) are ‖A‖·‖A⁻¹‖ for square A.
 * A singular matrix gives Infinity (an exactly zero σ_min or pivot), as NumPy;
 * a nearly singular one gives a large finite number. ShapeError for empty (or non-square, ord ≠ ±2).
 */
export function cond(a: MatrixLike, ord: NormOrder = 2): number {
  const A = input("cond", a);
  if (A.rows === 0 || A.cols === 0) throw new ShapeError(`cond: empty matrix of shape ${shapeOf(A)}`);
  if (ord === 2 || ord === -2) {
    const {s} = svd(A, {computeUV: false});
    const big = s[0]!, small = s[s.length - 1]!;
    if (big === 0) return Infinity; // 0/0, which NumPy reports as Infinity
    return ord === 2 ? big / small : small / big;
  }
  assertSquare("cond", A);
  try {
    return norm(A, ord) * norm(inv(A), ord);
  } catch (e) {
    if (e instanceof SingularMatrixError) return Infinity;
    throw e;
  }
}
