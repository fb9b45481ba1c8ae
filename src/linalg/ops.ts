// Elementwise and product operations. matmul runs the 4×4 register-blocked kernel of gemm-nt.ts over a packed Bᵀ.
import {ShapeError} from "./errors.js";
import {gemmNTSub} from "./gemm-nt.js";
import {scratch, withScratch} from "./kernels.js";
import {Matrix, type MatrixLike, type VectorLike} from "./matrix.js";
import {asMatrix, asVector, isVector, shapeOf} from "./validate.js";

/** A @ B for matrices; A @ x (a vector) returns a vector. Shapes must agree (ShapeError names both). */
export function matmul(a: MatrixLike, b: MatrixLike): Matrix;
export function matmul(a: MatrixLike, b: VectorLike): Float64Array;
export function matmul(a: MatrixLike, b: MatrixLike | VectorLike): Matrix | Float64Array {
  const A = asMatrix(a);
  if (isVector(b)) return matvec(A, asVector(b));
  const B = asMatrix(b as MatrixLike);
  if (A.cols !== B.rows)
    throw new ShapeError(
      `matmul: shapes ${shapeOf(A)} and ${shapeOf(B)} are not aligned (${A.cols} ≠ ${B.rows})`
    );
  return gemm(A, B);
}

/** A x for a vector x. */
export function matvec(A: Matrix, x: Float64Array): Float64Array {
  if (A.cols !== x.length)
    throw new ShapeError(
      `matmul: shapes ${shapeOf(A)} and ${shapeOf(x)} are not aligned (${A.cols} ≠ ${x.length})`
    );
  const {rows: m, cols: n, data: a} = A;
  const y = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    let s = 0;
    const o = i * n;
    for (let k = 0; k < n; k++) s += a[o + k]! * x[k]!;
    y[i] = s;
  }
  return y;
}

/**
 * C = A B: copy A and Bᵀ (packed so both operands stream contiguously) into scratch, which is the WASM
 * kernels' memory on that path, then the shared C −= A·Bᵀ kernel from C = 0.
 */
function gemm(A: Matrix, B: Matrix): Matrix {
  const m = A.rows,
    K = A.cols,
    n = B.cols;
  const C = new Matrix(m, n);
  withScratch(m * K + n * K + m * n, () => {
    const a = scratch(m * K),
      bt = scratch(n * K),
      c = scratch(m * n),
      b = B.data;
    a.set(A.data);
    for (let k = 0; k < K; k++) for (let j = 0; j < n; j++) bt[j * K + k] = b[k * n + j]!;
    gemmNTSub(m, n, K, a, 0, K, bt, 0, K, c, 0, n); // c = 0 − A B
    const out = C.data;
    for (let k = 0; k < out.length; k++) out[k] = -c[k]! + 0; // negate; + 0 turns −0 into 0
  });
  return C;
}

/** Aᵀ, as a function (same as `A.T`). */
export function transpose(a: MatrixLike): Matrix {
  return asMatrix(a).T;
}

function zip(
  fn: string,
  a: MatrixLike,
  b: MatrixLike,
  f: (x: number, y: number) => number
): Matrix {
  const A = asMatrix(a),
    B = asMatrix(b);
  if (A.rows !== B.rows || A.cols !== B.cols)
    throw new ShapeError(`${fn}: shapes ${shapeOf(A)} and ${shapeOf(B)} differ`);
  const out = new Matrix(A.rows, A.cols);
  for (let k = 0; k < out.data.length; k++) out.data[k] = f(A.data[k]!, B.data[k]!);
  return out;
}

/** A + B, same shapes. */
export function add(a: MatrixLike, b: MatrixLike): Matrix {
  return zip("add", a, b, (x, y) => x + y);
}

/** A − B, same shapes. */
export function sub(a: MatrixLike, b: MatrixLike): Matrix {
  return zip("sub", a, b, (x, y) => x - y);
}

/** Elementwise product A ∘ B (NumPy's `A * B`). */
export function hadamard(a: MatrixLike, b: MatrixLike): Matrix {
  return zip("hadamard", a, b, (x, y) => x * y);
}

/** α A. */
export function scale(alpha: number, a: MatrixLike): Matrix {
  const A = asMatrix(a);
  return new Matrix(
    A.rows,
    A.cols,
    A.data.map((x) => alpha * x)
  );
}

/** Outer product u vᵀ. */
export function outer(u: VectorLike, v: VectorLike): Matrix {
  const x = asVector(u),
    y = asVector(v);
  const out = new Matrix(x.length, y.length);
  for (let i = 0; i < x.length; i++)
    for (let j = 0; j < y.length; j++) out.data[i * y.length + j] = x[i]! * y[j]!;
  return out;
}

/** Inner product uᵀv of two vectors of equal length. */
export function dot(u: VectorLike, v: VectorLike): number {
  if (u.length !== v.length)
    throw new ShapeError(`dot: vectors of length ${u.length} and ${v.length}`);
  let s = 0;
  for (let i = 0; i < u.length; i++) s += u[i]! * v[i]!;
  return s;
}

/** Sum of the diagonal (any shape, as NumPy's trace). */
export function trace(a: MatrixLike): number {
  const A = asMatrix(a);
  let s = 0;
  for (let i = 0; i < Math.min(A.rows, A.cols); i++) s += A.data[i * A.cols + i]!;
  return s;
}

/** Vector arithmetic helpers: x + y, x − y, αx (fresh arrays). */
export function vadd(x: VectorLike, y: VectorLike): Float64Array {
  if (x.length !== y.length)
    throw new ShapeError(`vadd: vectors of length ${x.length} and ${y.length}`);
  return Float64Array.from(x as ArrayLike<number>, (v, i) => v + y[i]!);
}
export function vsub(x: VectorLike, y: VectorLike): Float64Array {
  if (x.length !== y.length)
    throw new ShapeError(`vsub: vectors of length ${x.length} and ${y.length}`);
  return Float64Array.from(x as ArrayLike<number>, (v, i) => v - y[i]!);
}
export function vscale(alpha: number, x: VectorLike): Float64Array {
  return Float64Array.from(x as ArrayLike<number>, (v) => alpha * v);
}
