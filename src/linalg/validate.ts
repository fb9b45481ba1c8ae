// Input checks shared by every routine: coercion, finiteness, shape. Nothing here mutates.
import {NonFiniteError, ShapeError} from "./errors.js";
import {Matrix, type MatrixLike, type VectorLike} from "./matrix.js";

/** Coerce to a Matrix (nested arrays are copied; a Matrix is returned as is, never mutated). */
export function asMatrix(a: MatrixLike): Matrix {
  return a instanceof Matrix ? a : Matrix.from(a);
}

/** Copy a vector into a fresh Float64Array. */
export function asVector(v: VectorLike): Float64Array {
  return Float64Array.from(v as ArrayLike<number>);
}

/** True for a vector argument (any typed array or number[]), false for a matrix (Matrix or number[][]). */
export function isVector(b: unknown): b is VectorLike {
  return (
    ArrayBuffer.isView(b) || (Array.isArray(b) && (b.length === 0 || typeof b[0] === "number"))
  );
}

/** Throw NonFiniteError naming the first NaN or ±Infinity. */
export function assertFinite(fn: string, a: Matrix | Float64Array): void {
  const d = a instanceof Matrix ? a.data : a;
  const n = a instanceof Matrix ? Math.max(a.cols, 1) : 1;
  for (let k = 0; k < d.length; k++) {
    const x = d[k]!;
    if (x - x !== 0)
      throw new NonFiniteError(fn, Math.floor(k / n), a instanceof Matrix ? k % n : 0, x);
  }
}

/** Coerce and check finiteness in one step: the common entry guard. */
export function input(fn: string, a: MatrixLike): Matrix {
  const m = asMatrix(a);
  assertFinite(fn, m);
  return m;
}

export function inputVector(fn: string, v: VectorLike): Float64Array {
  const x = asVector(v);
  assertFinite(fn, x);
  return x;
}

export function assertSquare(fn: string, a: Matrix): void {
  if (a.rows !== a.cols)
    throw new ShapeError(`${fn}: expected a square matrix, got shape (${a.rows}, ${a.cols})`);
}

export function shapeOf(a: Matrix | Float64Array): string {
  return a instanceof Matrix ? `(${a.rows}, ${a.cols})` : `(${a.length},)`;
}
