// Triangular solves (Golub & Van Loan 4th ed. Alg 3.1.1 forward and 3.1.2 back substitution, by row blocks for many right-hand sides, §3.1.4).
import {ShapeError, SingularMatrixError} from "./errors.js";
import {gemmNTSub} from "./gemm-nt.js";
import {Matrix, type MatrixLike, type VectorLike} from "./matrix.js";
import {assertSquare, input, inputVector, isVector, shapeOf} from "./validate.js";

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
export function solveTriangular(
  t: MatrixLike,
  b: VectorLike,
  options?: TriangularOptions
): Float64Array;
export function solveTriangular(t: MatrixLike, b: MatrixLike, options?: TriangularOptions): Matrix;
export function solveTriangular(
  t: MatrixLike,
  b: MatrixLike | VectorLike,
  options: TriangularOptions = {}
): Float64Array | Matrix {
  const T = input("solveTriangular", t);
  assertSquare("solveTriangular", T);
  const {x, rows, k, vector, shape} = rhs("solveTriangular", b);
  if (rows !== T.rows)
    throw new ShapeError(
      `solveTriangular: T has shape ${shapeOf(T)} but b has shape ${shape} (${T.rows} ≠ ${rows})`
    );
  substitute(
    T,
    x,
    k,
    options.lower ?? false,
    options.trans ?? false,
    options.unitDiagonal ?? false
  );
  return vector ? x : new Matrix(rows, k, x);
}

/** A right-hand side, validated and copied: x is rows×k row-major (k = 1 for a vector), `shape` as NumPy prints it. */
export function rhs(
  fn: string,
  b: MatrixLike | VectorLike
): {x: Float64Array; rows: number; k: number; vector: boolean; shape: string} {
  if (isVector(b)) {
    const x = inputVector(fn, b);
    return {x, rows: x.length, k: 1, vector: true, shape: `(${x.length},)`};
  }
  const B = input(fn, b);
  return {x: B.data.slice(), rows: B.rows, k: B.cols, vector: false, shape: shapeOf(B)};
}

/** Rows per diagonal block: everything off the diagonal blocks is one matrix product per block. */
const BLOCK = 32;

/**
 * Overwrite X (n×k, row-major) with the solution of op(T) X = X, by blocks of rows: the solved blocks enter
 * the next one as a single matrix product, and only the small diagonal blocks are solved by substitution.
 * Throws SingularMatrixError at the first zero on the diagonal in solving order (unless `unit`).
 * Exported for the factorization solvers (LU, Cholesky, QR), which call it on private workspaces.
 */
export function substitute(
  T: Matrix,
  x: Float64Array,
  k: number,
  lower: boolean,
  trans: boolean,
  unit: boolean
): void {
  // Tᵀ is copied, so every product below reads op(T) by rows; a lower op(T) is solved forward, an upper one backward.
  const S = trans ? T.T : T;
  const forward = lower !== trans;
  const n = S.rows,
    s = S.data;
  if (!unit) {
    for (let step = 0; step < n; step++) {
      const i = forward ? step : n - 1 - step;
      if (s[i * n + i] === 0) throw new SingularMatrixError(i, "diagonal entry");
    }
  }
  // Work on Xᵀ (k×n), so each right-hand side is a contiguous row (one right-hand side is already laid out so).
  const xt = k === 1 ? x : new Matrix(n, k, x).T.data;
  if (forward) {
    for (let i0 = 0; i0 < n; i0 += BLOCK) {
      const i1 = Math.min(i0 + BLOCK, n);
      // X[i0:i1] −= op(T)[i0:i1, 0:i0] X[0:i0], then forward substitution in the diagonal block.
      gemmNTSub(k, i1 - i0, i0, xt, 0, n, s, i0 * n, n, xt, i0, n);
      for (let c = 0; c < k; c++) {
        const r = c * n;
        for (let i = i0; i < i1; i++) {
          let v = xt[r + i]!;
          for (let j = i0; j < i; j++) v -= s[i * n + j]! * xt[r + j]!;
          xt[r + i] = unit ? v : v / s[i * n + i]!;
        }
      }
    }
  } else {
    for (let i1 = n; i1 > 0; i1 -= BLOCK) {
      const i0 = Math.max(0, i1 - BLOCK);
      // X[i0:i1] −= op(T)[i0:i1, i1:n] X[i1:n], then back substitution in the diagonal block.
      gemmNTSub(k, i1 - i0, n - i1, xt, i1, n, s, i0 * n + i1, n, xt, i0, n);
      for (let c = 0; c < k; c++) {
        const r = c * n;
        for (let i = i1 - 1; i >= i0; i--) {
          let v = xt[r + i]!;
          for (let j = i + 1; j < i1; j++) v -= s[i * n + j]! * xt[r + j]!;
          xt[r + i] = unit ? v : v / s[i * n + i]!;
        }
      }
    }
  }
  if (k !== 1) x.set(new Matrix(k, n, xt).T.data);
}
