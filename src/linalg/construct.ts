// Constructors, named as in NumPy: zeros, ones, eye, diag, linspace, fromColumns.
import {ShapeError} from "./errors.js";
import {Matrix, type MatrixLike, type VectorLike} from "./matrix.js";
import {asMatrix} from "./validate.js";

export function zeros(rows: number, cols: number = rows): Matrix {
  return new Matrix(rows, cols);
}

export function ones(rows: number, cols: number = rows): Matrix {
  return new Matrix(rows, cols, new Float64Array(rows * cols).fill(1));
}

/** Identity (n×n), or the m×n matrix with ones on its main diagonal. */
export function eye(rows: number, cols: number = rows): Matrix {
  const out = new Matrix(rows, cols);
  for (let i = 0; i < Math.min(rows, cols); i++) out.data[i * cols + i] = 1;
  return out;
}

/** As np.diag: a vector gives the square diagonal matrix; a matrix gives its main diagonal. */
export function diag(v: VectorLike): Matrix;
export function diag(a: Matrix | number[][]): Float64Array;
export function diag(x: VectorLike | MatrixLike): Matrix | Float64Array {
  if (x instanceof Matrix || (Array.isArray(x) && x.length > 0 && Array.isArray(x[0]))) {
    const A = asMatrix(x as MatrixLike);
    const k = Math.min(A.rows, A.cols);
    return Float64Array.from({length: k}, (_, i) => A.data[i * A.cols + i]!);
  }
  const v = x as VectorLike;
  const out = new Matrix(v.length, v.length);
  for (let i = 0; i < v.length; i++) out.data[i * v.length + i] = v[i]!;
  return out;
}

/** n evenly spaced numbers from start to stop inclusive (np.linspace). */
export function linspace(start: number, stop: number, n: number): Float64Array {
  if (!Number.isInteger(n) || n < 0)
    throw new ShapeError(`linspace: count must be a non-negative integer, got ${n}`);
  if (n === 1) return Float64Array.of(start);
  const step = (stop - start) / (n - 1);
  return Float64Array.from({length: n}, (_, i) => (i === n - 1 ? stop : start + i * step));
}

/** The matrix whose columns are the given vectors (all of one length). */
export function fromColumns(cols: ArrayLike<VectorLike>): Matrix {
  const n = cols.length;
  const m = n === 0 ? 0 : cols[0]!.length;
  const out = new Matrix(m, n);
  for (let j = 0; j < n; j++) {
    const c = cols[j]!;
    if (c.length !== m)
      throw new ShapeError(`fromColumns: column ${j} has ${c.length} entries, column 0 has ${m}`);
    for (let i = 0; i < m; i++) out.data[i * n + j] = c[i]!;
  }
  return out;
}

/** The matrix whose rows are the given vectors. */
export function fromRows(rows: ArrayLike<VectorLike>): Matrix {
  return Matrix.from(rows);
}
