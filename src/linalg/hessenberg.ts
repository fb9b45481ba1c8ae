// Householder reduction to upper Hessenberg form, Golub & Van Loan 4th ed. Alg 7.4.2.
import {house} from "./householder.js";
import {Matrix, type MatrixLike} from "./matrix.js";
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
    // Reflector zeroing h[k+2..n−1][k]: β lands on the subdiagonal, v = (1, v₁, …) is copied out contiguously.
    const tau = house(h, (k + 1) * n + k, n - k - 1, n);
    if (tau === 0) continue;
    v[k + 1] = 1;
    for (let i = k + 2; i < n; i++) {
      v[i] = h[i * n + k]!;
      h[i * n + k] = 0;
    }
    // Rows k+1..n−1: h ← (I − τvvᵀ) h, on columns k+1..n−1 (column k is done).
    for (let j = k + 1; j < n; j++) {
      let s = 0;
      for (let i = k + 1; i < n; i++) s += v[i]! * h[i * n + j]!;
      s *= tau;
      for (let i = k + 1; i < n; i++) h[i * n + j] -= s * v[i]!;
    }
    // Columns k+1..n−1: h ← h (I − τvvᵀ), all rows; the same for q.
    for (const buf of [h, q]) {
      for (let i = 0; i < n; i++) {
        const o = i * n;
        let s = 0;
        for (let j = k + 1; j < n; j++) s += buf[o + j]! * v[j]!;
        s *= tau;
        for (let j = k + 1; j < n; j++) buf[o + j] -= s * v[j]!;
      }
    }
  }
}
