// The dense matrix value: row-major Float64Array storage, as a C-ordered NumPy array.
import {ShapeError} from "./errors.js";

/** A dense real matrix, row-major: entry (i, j) is `data[i * cols + j]`. Treat as immutable. */
export class Matrix {
  readonly rows: number;
  readonly cols: number;
  readonly data: Float64Array;

  constructor(rows: number, cols: number, data?: Float64Array) {
    if (!Number.isInteger(rows) || !Number.isInteger(cols) || rows < 0 || cols < 0) {
      throw new ShapeError(`Matrix: invalid shape (${rows}, ${cols})`);
    }
    if (data && data.length !== rows * cols) {
      throw new ShapeError(
        `Matrix: data has ${data.length} entries, shape (${rows}, ${cols}) needs ${rows * cols}`
      );
    }
    this.rows = rows;
    this.cols = cols;
    this.data = data ?? new Float64Array(rows * cols);
  }

  /** Build from nested arrays; a ragged input is refused with the row named. */
  static from(rows: ArrayLike<ArrayLike<number>>): Matrix {
    const m = rows.length;
    for (let i = 0; i < m; i++) {
      const r = rows[i];
      if (r == null || typeof r !== "object" || typeof r.length !== "number")
        throw new ShapeError(`Matrix.from: row ${i} is not an array`);
    }
    const n = m === 0 ? 0 : rows[0]!.length;
    const out = new Matrix(m, n);
    for (let i = 0; i < m; i++) {
      const r = rows[i]!;
      if (r.length !== n)
        throw new ShapeError(`Matrix.from: row ${i} has ${r.length} entries, row 0 has ${n}`);
      for (let j = 0; j < n; j++) out.data[i * n + j] = +r[j]!;
    }
    return out;
  }

  /** (rows, cols), as NumPy's `shape`. */
  get shape(): [number, number] {
    return [this.rows, this.cols];
  }

  get size(): number {
    return this.rows * this.cols;
  }

  get(i: number, j: number): number {
    if (i < 0 || i >= this.rows || j < 0 || j >= this.cols) {
      throw new RangeError(
        `Matrix.get: (${i}, ${j}) is outside shape (${this.rows}, ${this.cols})`
      );
    }
    return this.data[i * this.cols + j]!;
  }

  /** Transpose, as NumPy's `.T`. */
  get T(): Matrix {
    const {rows: m, cols: n, data: a} = this;
    const out = new Matrix(n, m);
    const t = out.data;
    for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) t[j * m + i] = a[i * n + j]!;
    return out;
  }

  /** Row i as a new vector. */
  row(i: number): Float64Array {
    return this.data.slice(i * this.cols, (i + 1) * this.cols);
  }

  /** Column j as a new vector. */
  col(j: number): Float64Array {
    const out = new Float64Array(this.rows);
    for (let i = 0; i < this.rows; i++) out[i] = this.data[i * this.cols + j]!;
    return out;
  }

  /** Rows r0..r1-1 and columns c0..c1-1, copied (as NumPy's A[r0:r1, c0:c1]). */
  slice(r0: number, r1: number, c0 = 0, c1 = this.cols): Matrix {
    r1 = Math.min(r1, this.rows);
    c1 = Math.min(c1, this.cols);
    const out = new Matrix(Math.max(0, r1 - r0), Math.max(0, c1 - c0));
    for (let i = 0; i < out.rows; i++) {
      out.data.set(
        this.data.subarray((r0 + i) * this.cols + c0, (r0 + i) * this.cols + c1),
        i * out.cols
      );
    }
    return out;
  }

  clone(): Matrix {
    return new Matrix(this.rows, this.cols, this.data.slice());
  }

  toArray(): number[][] {
    return Array.from({length: this.rows}, (_, i) =>
      Array.from(this.data.subarray(i * this.cols, (i + 1) * this.cols))
    );
  }

  toString(): string {
    return `Matrix(${this.rows}×${this.cols}) [${this.toArray()
      .map((r) => `[${r.map((x) => +x.toPrecision(6)).join(", ")}]`)
      .join(", ")}]`;
  }
}

/** What the library accepts where a matrix is expected. */
export type MatrixLike = Matrix | ArrayLike<ArrayLike<number>>;
/** What the library accepts where a vector is expected. */
export type VectorLike = ArrayLike<number>;
