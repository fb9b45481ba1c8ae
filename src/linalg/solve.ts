// Square systems, inverse and determinant from LU with partial pivoting (Golub & Van Loan 4th ed. §3.4.4–3.4.5, Alg 3.4.1).
import {ShapeError, SingularMatrixError} from "./errors.js";
import {luFactor, type LUFactors} from "./lu.js";
import {Matrix, type MatrixLike, type VectorLike} from "./matrix.js";
import {rhs, substitute} from "./triangular.js";
import {assertSquare, input, shapeOf} from "./validate.js";

/**
 * Solve A X = B from the factors of a square A (as scipy.linalg.lu_solve): permute B, then L y = PᵀB, U x = y.
 * b a vector gives a Float64Array, a Matrix gives a Matrix. Throws SingularMatrixError at an exact zero pivot.
 */
export function luSolve(f: LUFactors, b: VectorLike): Float64Array;
export function luSolve(f: LUFactors, b: MatrixLike): Matrix;
export function luSolve(f: LUFactors, b: MatrixLike | VectorLike): Float64Array | Matrix {
  return solveWith(f, b, "luSolve");
}

function solveWith(f: LUFactors, b: MatrixLike | VectorLike, fn: string): Float64Array | Matrix {
  const {lu: F, perm, zeroPivot} = f;
  if (F.rows !== F.cols)
    throw new ShapeError(`${fn}: the LU factors are of a non-square matrix of shape ${shapeOf(F)}`);
  const {x: src, rows, k, vector, shape} = rhs(fn, b);
  const n = F.rows;
  if (rows !== n)
    throw new ShapeError(
      `${fn}: A has shape ${shapeOf(F)} but b has shape ${shape} (${n} ≠ ${rows})`
    );
  if (zeroPivot >= 0) throw new SingularMatrixError(zeroPivot);
  // x ← Pᵀ b: row i of the permuted right-hand side is row perm[i] of b.
  const x = new Float64Array(n * k);
  for (let i = 0; i < n; i++) x.set(src.subarray(perm[i]! * k, perm[i]! * k + k), i * k);
  substitute(F, x, k, true, false, true);
  substitute(F, x, k, false, false, false);
  return vector ? x : new Matrix(n, k, x);
}

/**
 * x with A x = b for square A (n×n), as numpy.linalg.solve: b a vector (n) → Float64Array, b a Matrix (n×k) → Matrix.
 * Throws SingularMatrixError (exact zero pivot), ShapeError (A not square, or b's rows ≠ n), NonFiniteError.
 */
export function solve(a: MatrixLike, b: VectorLike): Float64Array;
export function solve(a: MatrixLike, b: MatrixLike): Matrix;
export function solve(a: MatrixLike, b: MatrixLike | VectorLike): Float64Array | Matrix {
  const A = input("solve", a);
  assertSquare("solve", A);
  return solveWith(luFactor(A, "solve"), b, "solve");
}

/** A⁻¹ for square A, by solving A X = I. Throws SingularMatrixError at an exact zero pivot. */
export function inv(a: MatrixLike): Matrix {
  const A = input("inv", a);
  assertSquare("inv", A);
  const n = A.rows;
  const I = new Matrix(n, n);
  for (let i = 0; i < n; i++) I.data[i * n + i] = 1;
  return solveWith(luFactor(A, "inv"), I, "inv") as Matrix;
}

/**
 * log|det A| and the sign of det A for square A, as numpy.linalg.slogdet: det A = sign · exp(logabsdet).
 * Never overflows. Singular A gives {sign: 0, logabsdet: −Infinity}; the 0×0 matrix gives {sign: 1, logabsdet: 0}.
 */
export function slogdet(a: MatrixLike): {sign: number; logabsdet: number} {
  const A = input("slogdet", a);
  assertSquare("slogdet", A);
  const {lu: F, piv, zeroPivot} = luFactor(A, "slogdet");
  if (zeroPivot >= 0) return {sign: 0, logabsdet: -Infinity};
  // det A = det P · Π u_ii, and det P = (−1)^(number of row swaps).
  const n = F.rows;
  let sign = 1;
  let logabsdet = 0;
  for (let i = 0; i < n; i++) {
    const u = F.data[i * n + i]!;
    if (u < 0) sign = -sign;
    if (piv[i] !== i) sign = -sign;
    logabsdet += Math.log(Math.abs(u));
  }
  return {sign, logabsdet};
}

/**
 * det A for square A as the signed product of LU's pivots (as numpy.linalg.det): 0 for singular A,
 * 1 for the 0×0 matrix. May overflow to ±Infinity or underflow to 0 for large n; slogdet does not.
 */
export function det(a: MatrixLike): number {
  const A = input("det", a);
  assertSquare("det", A);
  const {lu: F, piv, zeroPivot} = luFactor(A, "det");
  if (zeroPivot >= 0) return 0;
  const n = F.rows;
  let d = 1;
  for (let i = 0; i < n; i++) {
    d *= F.data[i * n + i]!;
    if (piv[i] !== i) d = -d;
  }
  return d;
}
