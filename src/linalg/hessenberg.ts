// Householder reduction to upper Hessenberg form, Golub & Van Loan 4th ed. Alg 7.4.2.
import type {MatrixLike} from "./matrix.js";
import {Matrix} from "./matrix.js";
import {assertSquare, input} from "./validate.js";

/**
 * H = Qᵀ A Q with H upper Hessenberg (zero below the first subdiagonal) and Q orthogonal.
 * A must be square and finite (ShapeError / NonFiniteError). Returns fresh n×n matrices.
 */
export function hessenberg(a: MatrixLike): {H: Matrix; Q: Matrix} {
  const A = input("hessenberg", a);
  assertSquare("hessenberg", A);
  const n = A.rows;
  const h = A.data.slice();
  const q = new Float64Array(n * n);
  for (let i = 0; i < n; i++) q[i * n + i] = 1;
  reduceToHessenberg(n, h, q);
  return {H: new Matrix(n, n, h), Q: new Matrix(n, n, q)};
}

/**
 * In place on row-major n×n buffers: h ← Pᵀ h P (Hessenberg) and q ← q P, where P is the product
 * of the Householder reflectors. Internal workhorse shared with eig.
 */
export function reduceToHessenberg(n: number, h: Float64Array, q: Float64Array): void {
  const v = new Float64Array(n);
  for (let k = 0; k < n - 2; k++) {
    // Reflector that zeroes h[k+2..n-1][k]: v = x − αe₁ with α = −sign(x₀)‖x‖ (scaled to avoid overflow).
    let scale = 0;
    for (let i = k + 1; i < n; i++) scale = Math.max(scale, Math.abs(h[i * n + k]!));
    if (scale === 0) continue;
    let ss = 0;
    for (let i = k + 1; i < n; i++) {
      const t = h[i * n + k]! / scale;
      v[i] = t;
      ss += t * t;
    }
    const x0 = v[k + 1]!;
    const alpha = (x0 >= 0 ? -1 : 1) * Math.sqrt(ss);
    v[k + 1] = x0 - alpha;
    const vtv = ss - x0 * x0 + v[k + 1]! * v[k + 1]!;
    if (vtv === 0) continue;
    const beta = 2 / vtv;
    // Rows k+1..n-1: h ← (I − βvvᵀ) h, on columns k..n-1.
    for (let j = k; j < n; j++) {
      let s = 0;
      for (let i = k + 1; i < n; i++) s += v[i]! * h[i * n + j]!;
      s *= beta;
      for (let i = k + 1; i < n; i++) h[i * n + j] -= s * v[i]!;
    }
    // Columns k+1..n-1: h ← h (I − βvvᵀ), all rows; the same for q.
    for (const buf of [h, q]) {
      for (let i = 0; i < n; i++) {
        const o = i * n;
        let s = 0;
        for (let j = k + 1; j < n; j++) s += buf[o + j]! * v[j]!;
        s *= beta;
        for (let j = k + 1; j < n; j++) buf[o + j] -= s * v[j]!;
      }
    }
    for (let i = k + 2; i < n; i++) h[i * n + k] = 0;
  }
}
