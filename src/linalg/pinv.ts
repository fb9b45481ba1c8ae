// Moore–Penrose pseudoinverse from the thin SVD, A⁺ = V Σ⁺ Uᵀ (Golub & Van Loan 4th ed. §5.5.2), as numpy.linalg.pinv.
import {Matrix, type MatrixLike} from "./matrix.js";
import {svd, type SVDResult} from "./svd.js";
import {isSVDResult} from "./svdvals.js";
import {input} from "./validate.js";

export interface PinvOptions {
  /** Relative cutoff: singular values σᵢ ≤ rcond·σ₁ are treated as zero. Default 1e-15 (NumPy's). */
  rcond?: number;
}

/**
 * The n×m pseudoinverse of an m×n matrix: A⁺ = Σ_{σᵢ > rcond·σ₁} vᵢ uᵢᵀ / σᵢ. Pass A, or an SVD of A
 * already computed (thin or full; no second factorization). Any shape; an empty or zero matrix gives the
 * n×m zero matrix. x = A⁺b is the minimum-norm least-squares solution.
 * RangeError for a negative or NaN rcond; NonFiniteError for NaN/±Infinity entries.
 */
export function pinv(a: MatrixLike | SVDResult, opts: PinvOptions = {}): Matrix {
  const A = isSVDResult(a) ? null : input("pinv", a);
  const rcond = opts.rcond ?? 1e-15;
  if (!(rcond >= 0))
    throw new RangeError(`pinv: rcond must be a non-negative number, got ${rcond}`);
  const m = A ? A.rows : (a as SVDResult).U.rows,
    n = A ? A.cols : (a as SVDResult).Vt.cols;
  const out = new Matrix(n, m);
  if (m === 0 || n === 0) return out;
  const {U, s, Vt} = A ? svd(A) : (a as SVDResult);
  const cutoff = rcond * s[0]!;
  const k = s.length,
    uc = U.cols;
  // out[i][j] = Σ_r Vt[r][i] · U[j][r] / σ_r over the kept r.
  for (let r = 0; r < k; r++) {
    if (!(s[r]! > cutoff)) break; // s is descending
    const inv = 1 / s[r]!;
    for (let i = 0; i < n; i++) {
      const v = Vt.data[r * n + i]! * inv;
      if (v === 0) continue;
      const o = i * m;
      for (let j = 0; j < m; j++) out.data[o + j] += v * U.data[j * uc + r]!;
    }
  }
  return out;
}
