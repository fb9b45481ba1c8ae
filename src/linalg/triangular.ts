// Triangular solves (Golub & Van Loan 4th ed. Alg 3.1.1/3.1.2 substitution; many right-hand sides
// blocked recursively as BLAS dtrsm, §3.1.4, the off-diagonal blocks as matrix products).
import {ShapeError, SingularMatrixError} from "./errors.js";
import {gemmNTSub} from "./gemm-nt.js";
import {scratch, wasmFor, withScratch} from "./kernels.js";
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
 * Throws SingularMatrixError(i) on an exactly zero diagonal entry t_ii (the first one in solving
 * order), ShapeError if shapes disagree, NonFiniteError for NaN or ±Infinity in T or b.
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

/**
 * A right-hand side, validated and copied: x is rows×k row-major (k = 1 for a vector), `shape` as
 * NumPy prints it.
 */
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

/** Largest diagonal block solved by substitution; all else is matrix products. */
const BLOCK = 16;

/**
 * Overwrite X (n×k, row-major) with the solution of op(T) X = X. One right-hand side: a
 * substitution loop that reads T in place by rows. More: as BLAS dtrsm, the rows halved
 * recursively, the solved half entering the other as one matrix product (the WASM kernels' gemm on
 * that path), and only diagonal blocks of at most BLOCK rows solved by substitution.
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
  // op(T) is lower, and solved forward, when T is lower and not transposed or upper and transposed.
  const forward = lower !== trans;
  const n = T.rows,
    t = T.data;
  if (!unit) {
    for (let step = 0; step < n; step++) {
      const i = forward ? step : n - 1 - step;
      if (t[i * n + i] === 0) throw new SingularMatrixError(i, "diagonal entry");
    }
  }
  if (n === 0 || k === 0) return;
  if (k === 1) {
    if (trans) columnSweep(t, n, x, forward, unit);
    else rowSweep(t, n, x, forward, unit);
    return;
  }
  withScratch(n * n + n * k + 64, () => blocked(t, n, x, k, forward, trans, unit));
}

/** One right-hand side, op(T) = T: x_i = (b_i − Σ_j t_ij x_j)/t_ii over the solved j (dot form). */
function rowSweep(
  t: Float64Array,
  n: number,
  x: Float64Array,
  forward: boolean,
  unit: boolean
): void {
  for (let step = 0; step < n; step++) {
    const i = forward ? step : n - 1 - step,
      r = i * n;
    const j0 = forward ? 0 : i + 1,
      j1 = forward ? i : n;
    let v = x[i]!;
    for (let j = j0; j < j1; j++) v -= t[r + j]! * x[j]!;
    x[i] = unit ? v : v / t[r + i]!;
  }
}

/** One right-hand side, op(T) = Tᵀ: solve x_i, then b_j −= t_ij x_i for each unsolved j (saxpy). */
function columnSweep(
  t: Float64Array,
  n: number,
  x: Float64Array,
  forward: boolean,
  unit: boolean
): void {
  for (let step = 0; step < n; step++) {
    const i = forward ? step : n - 1 - step,
      r = i * n;
    const j0 = forward ? i + 1 : 0,
      j1 = forward ? n : i;
    const v = unit ? x[i]! : x[i]! / t[r + i]!;
    x[i] = v;
    for (let j = j0; j < j1; j++) x[j] -= t[r + j]! * v;
  }
}

/**
 * The blocked solve on copies in scratch (the WASM kernels' memory on that path): op(T) by rows,
 * and Xᵀ (k×n): each right-hand side is a contiguous row, and both operands of each product stream
 * contiguously.
 */
function blocked(
  t: Float64Array,
  n: number,
  x: Float64Array,
  k: number,
  forward: boolean,
  trans: boolean,
  unit: boolean
): void {
  const xt = scratch(k * n);
  transposeInto(x, n, k, xt);
  // op(T) is copied when it is Tᵀ, or when the copy puts it in the WASM kernels' memory.
  let s = t;
  if (trans || wasmFor(xt)) {
    s = scratch(n * n);
    if (trans) transposeInto(t, n, n, s);
    else s.set(t);
  }
  solveRows(s, n, xt, k, 0, n, forward, unit);
  transposeInto(xt, k, n, x);
}

/** dst (cols×rows) = srcᵀ for src rows×cols, both row-major, by 32×32 tiles that stay in cache. */
function transposeInto(src: Float64Array, rows: number, cols: number, dst: Float64Array): void {
  for (let i0 = 0; i0 < rows; i0 += 32) {
    const i1 = Math.min(i0 + 32, rows);
    for (let j0 = 0; j0 < cols; j0 += 32) {
      const j1 = Math.min(j0 + 32, cols);
      for (let i = i0; i < i1; i++)
        for (let j = j0; j < j1; j++) dst[j * rows + i] = src[i * cols + j]!;
    }
  }
}

/**
 * Rows i0..i1−1 of op(T) X = X, the other rows' contributions already subtracted: halve the rows,
 * solve the half that comes first, subtract its contribution from the other half as one matrix
 * product, then solve that half.
 */
function solveRows(
  s: Float64Array,
  n: number,
  xt: Float64Array,
  k: number,
  i0: number,
  i1: number,
  forward: boolean,
  unit: boolean
): void {
  if (i1 - i0 <= BLOCK) {
    diagonalBlock(s, n, xt, k, i0, i1, forward, unit);
    return;
  }
  const mid = i0 + ((i1 - i0) >> 1);
  if (forward) {
    solveRows(s, n, xt, k, i0, mid, forward, unit);
    // X[mid:i1] −= op(T)[mid:i1, i0:mid] X[i0:mid]
    gemmNTSub(k, i1 - mid, mid - i0, xt, i0, n, s, mid * n + i0, n, xt, mid, n);
    solveRows(s, n, xt, k, mid, i1, forward, unit);
  } else {
    solveRows(s, n, xt, k, mid, i1, forward, unit);
    // X[i0:mid] −= op(T)[i0:mid, mid:i1] X[mid:i1]
    gemmNTSub(k, mid - i0, i1 - mid, xt, mid, n, s, i0 * n + mid, n, xt, i0, n);
    solveRows(s, n, xt, k, i0, mid, forward, unit);
  }
}

/**
 * Substitution in the diagonal block i0..i1−1 of op(T) (rows of s) for every right-hand side
 * (rows of xt), four right-hand sides per pass so that four independent chains of divisions
 * overlap.
 */
function diagonalBlock(
  s: Float64Array,
  n: number,
  xt: Float64Array,
  k: number,
  i0: number,
  i1: number,
  forward: boolean,
  unit: boolean
): void {
  let c = 0;
  for (; c + 3 < k; c += 4) {
    const o0 = c * n,
      o1 = o0 + n,
      o2 = o1 + n,
      o3 = o2 + n;
    for (let step = i0; step < i1; step++) {
      const i = forward ? step : i0 + i1 - 1 - step,
        r = i * n;
      const j0 = forward ? i0 : i + 1,
        j1 = forward ? i : i1;
      let v0 = xt[o0 + i]!,
        v1 = xt[o1 + i]!,
        v2 = xt[o2 + i]!,
        v3 = xt[o3 + i]!;
      for (let j = j0; j < j1; j++) {
        const t = s[r + j]!;
        v0 -= t * xt[o0 + j]!;
        v1 -= t * xt[o1 + j]!;
        v2 -= t * xt[o2 + j]!;
        v3 -= t * xt[o3 + j]!;
      }
      if (!unit) {
        const d = s[r + i]!;
        v0 /= d;
        v1 /= d;
        v2 /= d;
        v3 /= d;
      }
      xt[o0 + i] = v0;
      xt[o1 + i] = v1;
      xt[o2 + i] = v2;
      xt[o3 + i] = v3;
    }
  }
  for (; c < k; c++) {
    const o = c * n;
    for (let step = i0; step < i1; step++) {
      const i = forward ? step : i0 + i1 - 1 - step,
        r = i * n;
      const j0 = forward ? i0 : i + 1,
        j1 = forward ? i : i1;
      let v = xt[o + i]!;
      for (let j = j0; j < j1; j++) v -= s[r + j]! * xt[o + j]!;
      xt[o + i] = unit ? v : v / s[r + i]!;
    }
  }
}
