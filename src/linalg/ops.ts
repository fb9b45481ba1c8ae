// Elementwise and product operations. matmul is a 4×4 register-blocked kernel over a packed Bᵀ.
import {ShapeError} from "./errors.js";
import {Matrix, type MatrixLike, type VectorLike} from "./matrix.js";
import {asMatrix, asVector, shapeOf} from "./validate.js";

/** A @ B for matrices; A @ x (a vector) returns a vector. Shapes must agree (ShapeError names both). */
export function matmul(a: MatrixLike, b: MatrixLike): Matrix;
export function matmul(a: MatrixLike, b: VectorLike): Float64Array;
export function matmul(a: MatrixLike, b: MatrixLike | VectorLike): Matrix | Float64Array {
  const A = asMatrix(a);
  if (isVector(b)) return matvec(A, asVector(b));
  const B = asMatrix(b as MatrixLike);
  if (A.cols !== B.rows) throw new ShapeError(`matmul: shapes ${shapeOf(A)} and ${shapeOf(B)} are not aligned (${A.cols} ≠ ${B.rows})`);
  return gemm(A, B);
}

function isVector(b: unknown): b is VectorLike {
  return ArrayBuffer.isView(b) || (Array.isArray(b) && (b.length === 0 || typeof b[0] === "number"));
}

/** A x for a vector x. */
export function matvec(A: Matrix, x: Float64Array): Float64Array {
  if (A.cols !== x.length) throw new ShapeError(`matmul: shapes ${shapeOf(A)} and ${shapeOf(x)} are not aligned (${A.cols} ≠ ${x.length})`);
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

/** C = A B: pack Bᵀ so both operands stream contiguously, then 4×4 blocks of C in registers. */
function gemm(A: Matrix, B: Matrix): Matrix {
  const m = A.rows, K = A.cols, n = B.cols;
  const C = new Matrix(m, n);
  const a = A.data, bt = B.T.data, c = C.data;
  const m4 = m - (m % 4), n4 = n - (n % 4);
  for (let i = 0; i < m4; i += 4) {
    const a0 = i * K, a1 = a0 + K, a2 = a1 + K, a3 = a2 + K;
    for (let j = 0; j < n4; j += 4) {
      const b0 = j * K, b1 = b0 + K, b2 = b1 + K, b3 = b2 + K;
      let c00 = 0, c01 = 0, c02 = 0, c03 = 0, c10 = 0, c11 = 0, c12 = 0, c13 = 0;
      let c20 = 0, c21 = 0, c22 = 0, c23 = 0, c30 = 0, c31 = 0, c32 = 0, c33 = 0;
      for (let k = 0; k < K; k++) {
        const x0 = a[a0 + k]!, x1 = a[a1 + k]!, x2 = a[a2 + k]!, x3 = a[a3 + k]!;
        const y0 = bt[b0 + k]!, y1 = bt[b1 + k]!, y2 = bt[b2 + k]!, y3 = bt[b3 + k]!;
        c00 += x0 * y0; c01 += x0 * y1; c02 += x0 * y2; c03 += x0 * y3;
        c10 += x1 * y0; c11 += x1 * y1; c12 += x1 * y2; c13 += x1 * y3;
        c20 += x2 * y0; c21 += x2 * y1; c22 += x2 * y2; c23 += x2 * y3;
        c30 += x3 * y0; c31 += x3 * y1; c32 += x3 * y2; c33 += x3 * y3;
      }
      let o = i * n + j;
      c[o] = c00; c[o + 1] = c01; c[o + 2] = c02; c[o + 3] = c03; o += n;
      c[o] = c10; c[o + 1] = c11; c[o + 2] = c12; c[o + 3] = c13; o += n;
      c[o] = c20; c[o + 1] = c21; c[o + 2] = c22; c[o + 3] = c23; o += n;
      c[o] = c30; c[o + 1] = c31; c[o + 2] = c32; c[o + 3] = c33;
    }
  }
  // Edges: the rows and columns left over by the 4×4 blocking.
  for (let i = 0; i < m; i++) {
    const j0 = i < m4 ? n4 : 0;
    for (let j = j0; j < n; j++) {
      let s = 0;
      const ao = i * K, bo = j * K;
      for (let k = 0; k < K; k++) s += a[ao + k]! * bt[bo + k]!;
      c[i * n + j] = s;
    }
  }
  return C;
}

/** Aᵀ, as a function (same as `A.T`). */
export function transpose(a: MatrixLike): Matrix {
  return asMatrix(a).T;
}

function zip(fn: string, a: MatrixLike, b: MatrixLike, f: (x: number, y: number) => number): Matrix {
  const A = asMatrix(a), B = asMatrix(b);
  if (A.rows !== B.rows || A.cols !== B.cols) throw new ShapeError(`${fn}: shapes ${shapeOf(A)} and ${shapeOf(B)} differ`);
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
  return new Matrix(A.rows, A.cols, A.data.map((x) => alpha * x));
}

/** Outer product u vᵀ. */
export function outer(u: VectorLike, v: VectorLike): Matrix {
  const x = asVector(u), y = asVector(v);
  const out = new Matrix(x.length, y.length);
  for (let i = 0; i < x.length; i++) for (let j = 0; j < y.length; j++) out.data[i * y.length + j] = x[i]! * y[j]!;
  return out;
}

/** Inner product uᵀv of two vectors of equal length. */
export function dot(u: VectorLike, v: VectorLike): number {
  if (u.length !== v.length) throw new ShapeError(`dot: vectors of length ${u.length} and ${v.length}`);
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
  if (x.length !== y.length) throw new ShapeError(`vadd: vectors of length ${x.length} and ${y.length}`);
  return Float64Array.from(x as ArrayLike<number>, (v, i) => v + y[i]!);
}
export function vsub(x: VectorLike, y: VectorLike): Float64Array {
  if (x.length !== y.length) throw new ShapeError(`vsub: vectors of length ${x.length} and ${y.length}`);
  return Float64Array.from(x as ArrayLike<number>, (v, i) => v - y[i]!);
}
export function vscale(alpha: number, x: VectorLike): Float64Array {
  return Float64Array.from(x as ArrayLike<number>, (v) => alpha * v);
}
