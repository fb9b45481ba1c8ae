// C −= A·Bᵀ on flat row-major storage with 4×4 register blocks, and the Gram product X·Xᵀ built on it, Golub & Van Loan 4th ed. §1.5 (blocked matrix multiplication).
import {addr, wasmFor} from "./kernels.js";

/**
 * C[i][j] −= Σ_k A[i][k]·B[j][k] for i < m, j < n, k < K, where row i of A starts at a[ao + i·lda]
 * (k contiguous), row j of B at b[bo + j·ldb], and C[i][j] is c[co + i·ldc + j]. Both operands stream
 * contiguously in k. Overwrites `c` only. Runs the WASM SIMD kernel when all three arrays live in its memory.
 */
export function gemmNTSub(
  m: number,
  n: number,
  K: number,
  a: Float64Array,
  ao: number,
  lda: number,
  b: Float64Array,
  bo: number,
  ldb: number,
  c: Float64Array,
  co: number,
  ldc: number
): void {
  const wasm = wasmFor(a, b, c);
  if (wasm) {
    if (m > 0 && n > 0 && K > 0)
      wasm.gemmNT(m, n, K, addr(a, ao), lda, addr(b, bo), ldb, addr(c, co), ldc);
    return;
  }
  const m4 = m - (m % 4),
    n4 = n - (n % 4);
  for (let i = 0; i < m4; i += 4) {
    const a0 = ao + i * lda,
      a1 = a0 + lda,
      a2 = a1 + lda,
      a3 = a2 + lda;
    for (let j = 0; j < n4; j += 4) {
      const b0 = bo + j * ldb,
        b1 = b0 + ldb,
        b2 = b1 + ldb,
        b3 = b2 + ldb;
      let c00 = 0,
        c01 = 0,
        c02 = 0,
        c03 = 0,
        c10 = 0,
        c11 = 0,
        c12 = 0,
        c13 = 0;
      let c20 = 0,
        c21 = 0,
        c22 = 0,
        c23 = 0,
        c30 = 0,
        c31 = 0,
        c32 = 0,
        c33 = 0;
      for (let k = 0; k < K; k++) {
        const x0 = a[a0 + k]!,
          x1 = a[a1 + k]!,
          x2 = a[a2 + k]!,
          x3 = a[a3 + k]!;
        const y0 = b[b0 + k]!,
          y1 = b[b1 + k]!,
          y2 = b[b2 + k]!,
          y3 = b[b3 + k]!;
        c00 += x0 * y0;
        c01 += x0 * y1;
        c02 += x0 * y2;
        c03 += x0 * y3;
        c10 += x1 * y0;
        c11 += x1 * y1;
        c12 += x1 * y2;
        c13 += x1 * y3;
        c20 += x2 * y0;
        c21 += x2 * y1;
        c22 += x2 * y2;
        c23 += x2 * y3;
        c30 += x3 * y0;
        c31 += x3 * y1;
        c32 += x3 * y2;
        c33 += x3 * y3;
      }
      let o = co + i * ldc + j;
      c[o] -= c00;
      c[o + 1] -= c01;
      c[o + 2] -= c02;
      c[o + 3] -= c03;
      o += ldc;
      c[o] -= c10;
      c[o + 1] -= c11;
      c[o + 2] -= c12;
      c[o + 3] -= c13;
      o += ldc;
      c[o] -= c20;
      c[o + 1] -= c21;
      c[o + 2] -= c22;
      c[o + 3] -= c23;
      o += ldc;
      c[o] -= c30;
      c[o + 1] -= c31;
      c[o + 2] -= c32;
      c[o + 3] -= c33;
    }
  }
  // Edges: the rows and columns of C left over by the 4×4 blocking.
  for (let i = 0; i < m; i++) {
    const ai = ao + i * lda;
    for (let j = i < m4 ? n4 : 0; j < n; j++) {
      const bj = bo + j * ldb;
      let s = 0;
      for (let k = 0; k < K; k++) s += a[ai + k]! * b[bj + k]!;
      c[co + i * ldc + j] -= s;
    }
  }
}

/**
 * X·Xᵀ for the `rows` rows of X, row i being x[xo + i·ldx ..) with K contiguous entries: a fresh row-major
 * rows×rows array, exactly symmetric (computed once as a product, then the lower triangle mirrored).
 */
export function gramRows(
  rows: number,
  K: number,
  x: Float64Array,
  xo: number,
  ldx: number
): Float64Array {
  const g = new Float64Array(rows * rows);
  gemmNTSub(rows, rows, K, x, xo, ldx, x, xo, ldx, g, 0, rows); // −XXᵀ
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j <= i; j++) {
      const v = 0 - g[i * rows + j]!;
      g[i * rows + j] = v;
      g[j * rows + i] = v;
    }
  }
  return g;
}
