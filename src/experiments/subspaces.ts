// The four fundamental subspaces of A read off a full SVD (Strang, Introduction to Linear Algebra §3.5; Trefethen & Bau Lecture 5).
import {Matrix, type MatrixLike} from "../../linalg/matrix.js";
import {svd} from "../../linalg/index.js";
import {asMatrix} from "../../linalg/validate.js";

/** Orthonormal bases (as matrix columns) of the four subspaces of an m×n matrix of numerical rank r. */
export interface FourSubspaces {
  m: number;
  n: number;
  rank: number;
  /** Col(A) ⊂ ℝᵐ: m×r, the first r left singular vectors. */
  col: Matrix;
  /** Null(A) ⊂ ℝⁿ: n×(n−r), the last n−r right singular vectors. */
  nullSpace: Matrix;
  /** Row(A) = Col(Aᵀ) ⊂ ℝⁿ: n×r. */
  row: Matrix;
  /** Left null space Null(Aᵀ) ⊂ ℝᵐ: m×(m−r). */
  leftNull: Matrix;
}

/**
 * Bases of Col, Null, Row and left Null of A. The rank counts singular values above
 * tol (default NumPy's matrix_rank cutoff σ₁·max(m, n)·ε).
 */
export function fourSubspaces(a: MatrixLike, tol?: number): FourSubspaces {
  const A = asMatrix(a);
  const {rows: m, cols: n} = A;
  const {U, s, Vt} = svd(A, {fullMatrices: true});
  const cutoff = tol ?? (s.length ? s[0] : 0) * Math.max(m, n) * Number.EPSILON;
  let rank = 0;
  while (rank < s.length && s[rank] > cutoff) rank++;
  const V = Vt!.T;
  return {
    m, n, rank,
    col: U!.slice(0, m, 0, rank),
    leftNull: U!.slice(0, m, rank, m),
    row: V.slice(0, n, 0, rank),
    nullSpace: V.slice(0, n, rank, n),
  };
}
