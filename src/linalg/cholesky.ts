// Cholesky factorization A = L Lᵀ (Golub & Van Loan 4th ed. Alg 4.2.1 gaxpy Cholesky, by block columns: the update from the left is one matrix product).
import {NotPositiveDefiniteError} from "./errors.js";
import {gemmNTSub} from "./gemm-nt.js";
import {scratch, withScratch} from "./kernels.js";
import {Matrix, type MatrixLike} from "./matrix.js";
import {assertSquare, input} from "./validate.js";

/** Columns per block column: the update from the columns to its left is one matrix product. */
const BLOCK = 16;

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
  // The work array is scratch (the WASM kernels' memory on that path), copied out at the end.
  withScratch(n * n + 64, () => {
    const l = scratch(n * n);
    factor(A.data, n, l);
    L.data.set(l);
  });
  return L;
}

/** Blocked gaxpy Cholesky of the lower triangle of x (n×n) into l (zeroed, n×n). */
function factor(x: Float64Array, n: number, l: Float64Array): void {
  for (let i = 0; i < n; i++) for (let j = 0; j <= i; j++) l[i * n + j] = x[i * n + j]!;
  for (let j0 = 0; j0 < n; j0 += BLOCK) {
    const j1 = Math.min(j0 + BLOCK, n);
    // Block column j0..j1−1, rows j0..n−1: subtract L[j0:n, 0:j0] · L[j0:j1, 0:j0]ᵀ, one product over contiguous row prefixes.
    gemmNTSub(n - j0, j1 - j0, j0, l, j0 * n, n, l, j0 * n, n, l, j0 * n + j0, n);
    // The product also filled the diagonal block's upper triangle, which belongs to Lᵀ: clear it.
    for (let i = j0; i < j1; i++) l.fill(0, i * n + i + 1, i * n + j1);
    // What remains is gaxpy Cholesky within the block: dot products over the block's columns only.
    for (let i = j0; i < n; i++) {
      const ri = i * n;
      for (let j = j0; j < Math.min(i, j1); j++) {
        const rj = j * n;
        let s = l[ri + j]!;
        for (let k = j0; k < j; k++) s -= l[ri + k]! * l[rj + k]!;
        l[ri + j] = s / l[rj + j]!;
      }
      if (i >= j1) continue;
      // Diagonal: the pivot a_ii − ‖l_i,0:i‖² must be positive.
      let d = l[ri + i]!;
      for (let k = j0; k < i; k++) d -= l[ri + k]! * l[ri + k]!;
      if (!(d > 0)) throw new NotPositiveDefiniteError(i, d);
      l[ri + i] = Math.sqrt(d);
    }
  }
}
