// Triangular solves by substitution (Golub & Van Loan 4th ed. Alg 3.1.1 forward and 3.1.2 back substitution; column-oriented for Tᵀ).
import {ShapeError, SingularMatrixError} from "./errors.js";
import {Matrix, type MatrixLike, type VectorLike} from "./matrix.js";
import {assertSquare, input, inputVector, shapeOf} from "./validate.js";

export interface TriangularOptions {
  /** Use the lower triangle of T (default false: upper). The other triangle is never read. */
  lower?: boolean;
  /** Solve Tᵀ x = b instead of T x = b (default false). */
  trans?: boolean;
  /** Take the diagonal as all ones without reading it (default false). */
  unitDiagonal?: boolean;
}

/**
 * Solve T x = b (or Tᵀ x = b) for triangular T (n×n), as scipy.linalg.solve_triangular.
 * b a vector (length n) gives a Float64Array; b a Matrix (n×k) gives an n×k Matrix.
 * Throws SingularMatrixError(i) on an exactly zero diagonal entry t_ii, ShapeError if shapes disagree.
 */
export function solveTriangular(t: MatrixLike, b: VectorLike, options?: TriangularOptions): Float64Array;
export function solveTriangular(t: MatrixLike, b: MatrixLike, options?: TriangularOptions): Matrix;
export function solveTriangular(t: MatrixLike, b: MatrixLike | VectorLike, options: TriangularOptions = {}): Float64Array | Matrix {
  const T = input("solveTriangular", t);
  assertSquare("solveTriangular", T);
  const {x, rows, k, vector, shape} = rhs("solveTriangular", b);
  if (rows !== T.rows) throw new ShapeError(`solveTriangular: T has shape ${shapeOf(T)} but b has shape ${shape} (${T.rows} ≠ ${rows})`);
  substitute(T, x, k, options.lower ?? false, options.trans ?? false, options.unitDiagonal ?? false);
  return vector ? x : new Matrix(rows, k, x);
}

/** True for a vector argument (Float64Array or number[]), false for a matrix (Matrix or number[][]). */
export function isVector(b: MatrixLike | VectorLike): b is VectorLike {
  return ArrayBuffer.isView(b) || (Array.isArray(b) && (b.length === 0 || typeof b[0] === "number"));
}

/** A right-hand side, validated and copied: x is rows×k row-major (k = 1 for a vector), `shape` as NumPy prints it. */
export function rhs(fn: string, b: MatrixLike | VectorLike): {x: Float64Array; rows: number; k: number; vector: boolean; shape: string} {
  if (isVector(b)) {
    const x = inputVector(fn, b);
    return {x, rows: x.length, k: 1, vector: true, shape: `(${x.length},)`};
  }
  const B = input(fn, b);
  return {x: B.data.slice(), rows: B.rows, k: B.cols, vector: false, shape: shapeOf(B)};
}

/**
 * Overwrite X (n×k, row-major) with the solution of op(T) X = X. Every case reads T by rows, so the
 * transposed solves use the column-oriented (saxpy) form of substitution.
 * Exported for the factorization solvers (LU, Cholesky, QR), which call it on private workspaces.
 */
export function substitute(T: Matrix, x: Float64Array, k: number, lower: boolean, trans: boolean, unit: boolean): void {
  const n = T.rows, t = T.data;
  const divide = (i: number) => {
    if (unit) return;
    const d = t[i * n + i]!;
    if (d === 0) throw new SingularMatrixError(i, "diagonal entry");
    for (let c = 0; c < k; c++) x[i * k + c] /= d;
  };
  // x_i ← x_i − t_ij x_j for one row pair (i, j): an axpy across the k right-hand sides.
  const eliminate = (i: number, tij: number, j: number) => {
    if (tij === 0) return;
    for (let c = 0; c < k; c++) x[i * k + c] -= tij * x[j * k + c]!;
  };
  if (lower && !trans) {
    // Forward substitution, row-oriented: x_i = (b_i − Σ_{j<i} t_ij x_j) / t_ii.
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < i; j++) eliminate(i, t[i * n + j]!, j);
      divide(i);
    }
  } else if (!lower && !trans) {
    // Back substitution, row-oriented: x_i = (b_i − Σ_{j>i} t_ij x_j) / t_ii.
    for (let i = n - 1; i >= 0; i--) {
      for (let j = i + 1; j < n; j++) eliminate(i, t[i * n + j]!, j);
      divide(i);
    }
  } else if (lower && trans) {
    // Tᵀ is upper: back substitution, column-oriented — once x_i is known, remove t_ij x_i (j < i) from b_j.
    for (let i = n - 1; i >= 0; i--) {
      divide(i);
      for (let j = 0; j < i; j++) eliminate(j, t[i * n + j]!, i);
    }
  } else {
    // Tᵀ is lower: forward substitution, column-oriented — remove t_ij x_i (j > i) from b_j.
    for (let i = 0; i < n; i++) {
      divide(i);
      for (let j = i + 1; j < n; j++) eliminate(j, t[i * n + j]!, i);
    }
  }
}
