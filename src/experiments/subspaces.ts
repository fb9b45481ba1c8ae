// Subspaces: the four fundamental subspaces of A read off a full SVD (Strang, Introduction to Linear
// Algebra §3.5; Trefethen & Bau Lecture 5), and Gauss–Jordan reduction to reduced row echelon form with
// partial pivoting and a drop tolerance (Strang §3.3).
import {Matrix, type MatrixLike} from "../linalg/matrix.js";
import {eigh, fromColumns, matmul, norm, svd, transpose} from "../linalg/index.js";
import {asMatrix, input} from "../linalg/validate.js";

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
    m,
    n,
    rank,
    col: U!.slice(0, m, 0, rank),
    leftNull: U!.slice(0, m, rank, m),
    row: V.slice(0, n, 0, rank),
    nullSpace: V.slice(0, n, rank, n)
  };
}

/** R: the reduced row echelon form of A (same shape); pivots: the pivot column of each non-zero row; rank = pivots.length. */
export interface Echelon {
  R: Matrix;
  pivots: number[];
  rank: number;
}

/**
 * RREF of an m×n A. In each column the largest remaining entry is the pivot candidate; if it is ≤ tol the column
 * has no pivot and the search moves on to the next column (the step LU with partial pivoting does not take).
 * Default tol = max(m, n)·ε·‖A‖_F, the scale of rounding in the elimination. Entries ≤ tol are set to 0.
 */
export function rowEchelon(a: MatrixLike, tol?: number): Echelon {
  const A = input("rowEchelon", a);
  const {rows: m, cols: n} = A;
  const cut = tol ?? Math.max(m, n) * Number.EPSILON * norm(A, "fro");
  const w = A.toArray();
  const pivots: number[] = [];
  for (let c = 0, r = 0; c < n && r < m; c++) {
    let p = r;
    for (let i = r + 1; i < m; i++) if (Math.abs(w[i][c]) > Math.abs(w[p][c])) p = i;
    if (Math.abs(w[p][c]) <= cut) continue;
    [w[r], w[p]] = [w[p], w[r]];
    const lead = w[r][c];
    w[r] = w[r].map((v) => v / lead);
    for (let i = 0; i < m; i++) {
      if (i === r || w[i][c] === 0) continue;
      const f = w[i][c];
      w[i] = w[i].map((v, j) => v - f * w[r][j]);
    }
    pivots.push(c);
    r++;
  }
  const R = Matrix.from(w.map((row) => row.map((v) => (Math.abs(v) <= cut ? 0 : v))));
  return {R, pivots, rank: pivots.length};
}

/** The number of rows of M with an entry of absolute value > tol (default 0: any non-zero entry). */
export function nonZeroRows(M: MatrixLike, tol = 0): number {
  return input("nonZeroRows", M)
    .toArray()
    .filter((row) => row.some((v) => Math.abs(v) > tol)).length;
}

/**
 * A basis of Null(A) by elimination, independent of any SVD: one special solution per free column of the
 * reduced row echelon form (Strang §3.2). Free variable j is set to 1, the other free ones to 0, and each
 * pivot variable is −R[row, j]. Returns n × (n − rank); the columns are independent but not orthonormal.
 */
export function specialSolutions(a: MatrixLike, tol?: number): Matrix {
  const {R, pivots} = rowEchelon(a, tol);
  const n = R.cols;
  const free = Array.from({length: n}, (_, j) => j).filter((j) => !pivots.includes(j));
  const N = new Matrix(n, free.length);
  free.forEach((j, c) => {
    N.data[j * free.length + c] = 1;
    pivots.forEach((p, row) => {
      N.data[p * free.length + c] = -R.data[row * n + j]! || 0; // no −0
    });
  });
  return N;
}

/**
 * An orthonormal basis of N(A), found without the SVD: the eigenvectors of AᵀA (eigh) whose eigenvalues are at
 * most rtol·λmax, since N(A) = N(AᵀA). Its column count is dim N(A), counted independently of the rank.
 */
export function nullSpaceByEigh(a: MatrixLike, rtol = 1e-10): Matrix {
  const A = asMatrix(a);
  const {values, vectors} = eigh(matmul(transpose(A), A));
  const cut = rtol * Math.max(values[values.length - 1]!, 0);
  const zero = Array.from(values.keys()).filter((i) => values[i]! <= cut);
  return zero.length === 0 ? new Matrix(A.cols, 0) : fromColumns(zero.map((i) => vectors.col(i)));
}
