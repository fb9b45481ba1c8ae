// Truncated SVD and the Eckart–Young error table: ‖A − A_k‖₂ = σ_{k+1}, ‖A − A_k‖_F = √(Σ_{i>k} σᵢ²).
import {Matrix, type MatrixLike, diag, matmul, norm, sub, svd} from "../../linalg/index.js";
import {asMatrix} from "../../linalg/validate.js";

/** U_k Σ_k V_kᵀ from an SVD already computed (reduced or full), so a slider over k costs two products, not an SVD. */
export function lowRankFromSvd({U, s, Vt}: {U: Matrix; s: Float64Array; Vt: Matrix}, k: number): Matrix {
  return matmul(matmul(U.slice(0, U.rows, 0, k), diag(s.slice(0, k))), Vt.slice(0, k));
}

/** A_k = U_k Σ_k V_kᵀ, the top-k singular triplets of A (0 ≤ k ≤ min(m, n)). */
export function truncatedSvd(a: MatrixLike, k: number): Matrix {
  return lowRankFromSvd(svd(a), k);
}

export interface EckartYoungRow {
  k: number;
  /** ‖A − A_k‖₂ measured */
  spectral: number;
  /** σ_{k+1} (0 past the last) */
  sigmaNext: number;
  /** ‖A − A_k‖_F measured */
  frobenius: number;
  /** √(Σ_{i>k} σᵢ²) */
  tail: number;
}

/** Measured truncation errors against the singular-value predictions, for k = 0..min(m, n). */
export function eckartYoungErrors(a: MatrixLike): EckartYoungRow[] {
  const A = asMatrix(a);
  const factors = svd(A);
  const {s} = factors;
  return Array.from({length: s.length + 1}, (_, k) => {
    const E = sub(A, lowRankFromSvd(factors, k));
    let t = 0;
    for (let i = k; i < s.length; i++) t += s[i]! * s[i]!;
    return {k, spectral: norm(E, 2), sigmaNext: s[k] ?? 0, frobenius: norm(E, "fro"), tail: Math.sqrt(t)};
  });
}

/**
 * A smooth m×n test "image": Σ wᵢ sin(aᵢπt) cos(bᵢπu) over the layers [w, a, b], t and u on [0, 1] — one rank-one term
 * per layer — plus `noise` (an m×n matrix, e.g. scaled Gaussian draws). Its singular values drop after the layers.
 */
export function layeredImage(layers: readonly (readonly [number, number, number])[], noise: Matrix): Matrix {
  const {rows: m, cols: n} = noise;
  const out = new Matrix(m, n);
  for (let i = 0; i < m; i++) {
    const t = m > 1 ? i / (m - 1) : 0;
    for (let j = 0; j < n; j++) {
      const u = n > 1 ? j / (n - 1) : 0;
      let v = noise.get(i, j);
      for (const [w, a, b] of layers) v += w * Math.sin(a * Math.PI * t) * Math.cos(b * Math.PI * u);
      out.data[i * n + j] = v;
    }
  }
  return out;
}
