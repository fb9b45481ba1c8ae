// Singular values without the vectors, and an SVD passed around as a value (Julia's `svdvals`, and its
// LinearAlgebra habit of handing a factorization to the functions that need it instead of factoring again).
import {Matrix, type MatrixLike} from "./matrix.js";
import {svd, type SVDResult} from "./svd.js";
import {input} from "./validate.js";

/** Whether `a` is an SVD result ({U, s, Vt} as `svd` returns it) rather than a matrix. */
export function isSVDResult(a: unknown): a is SVDResult {
  if (a === null || typeof a !== "object" || a instanceof Matrix) return false;
  const f = a as Partial<SVDResult>;
  return f.s instanceof Float64Array && f.U instanceof Matrix && f.Vt instanceof Matrix;
}

/**
 * The singular values of A, descending (length min(m, n)), as scipy.linalg.svdvals: the bidiagonal
 * values-only path, no U or V. Given an SVD result, its `s` (not a copy).
 */
export function svdvals(a: MatrixLike | SVDResult): Float64Array {
  if (isSVDResult(a)) return a.s;
  return svd(input("svdvals", a), {computeUV: false}).s;
}

/** The shape (m, n) of the matrix and its singular values, from A or from its SVD. */
export function singularValuesOf(
  name: string,
  a: MatrixLike | SVDResult
): {m: number; n: number; s: Float64Array} {
  if (isSVDResult(a)) return {m: a.U.rows, n: a.Vt.cols, s: a.s};
  const A = input(name, a);
  return {m: A.rows, n: A.cols, s: svd(A, {computeUV: false}).s};
}
