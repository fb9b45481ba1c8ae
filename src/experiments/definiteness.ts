// Tests for positive (semi)definiteness that should agree: eigenvalues, the quadratic form, minors, Cholesky.
import {Matrix, type MatrixLike, NotPositiveDefiniteError, cholesky, det, eigvalsh, inv, matmul, sub} from "../../linalg/index.js";
import {asMatrix} from "../../linalg/validate.js";


/** det of the leading k×k block for k = 1..n (Sylvester: all > 0 ⇔ PD, for symmetric A). */
export function leadingMinors(a: MatrixLike): Float64Array {
  const A = asMatrix(a);
  return Float64Array.from({length: A.rows}, (_, k) => det(A.slice(0, k + 1, 0, k + 1)));
}

export interface Minor {
  /** The kept row/column indices (0-based). */
  indices: number[];
  value: number;
}

/** Every principal minor det A[S, S] over the 2ⁿ − 1 non-empty index sets S (all ≥ 0 ⇔ PSD). n ≤ 10. */
export function principalMinors(a: MatrixLike): Minor[] {
  const A = asMatrix(a);
  const n = A.rows;
  if (n > 10) throw new RangeError(`principalMinors: n = ${n} gives 2^n minors; use n ≤ 10`);
  const out: Minor[] = [];
  for (let mask = 1; mask < 1 << n; mask++) {
    const indices = Array.from({length: n}, (_, i) => i).filter((i) => mask & (1 << i));
    const sub = Matrix.from(indices.map((i) => indices.map((j) => A.get(i, j))));
    out.push({indices, value: det(sub)});
  }
  return out;
}

/** min over the columns x of X of the Rayleigh quotient xᵀAx / xᵀx (a sampled test: it can refute PSD, not prove it). */
export function minRayleighQuotient(a: MatrixLike, x: MatrixLike): number {
  const A = asMatrix(a), X = asMatrix(x);
  const AX = matmul(A, X);
  let best = Infinity;
  for (let j = 0; j < X.cols; j++) {
    let num = 0, den = 0;
    for (let i = 0; i < X.rows; i++) {
      num += X.get(i, j) * AX.get(i, j);
      den += X.get(i, j) * X.get(i, j);
    }
    best = Math.min(best, num / den);
  }
  return best;
}

/** Whether Cholesky runs to the end (true exactly for numerically PD matrices). */
export function choleskySucceeds(a: MatrixLike): boolean {
  try {
    cholesky(a);
    return true;
  } catch (e) {
    if (e instanceof NotPositiveDefiniteError) return false;
    throw e;
  }
}

/**
 * The Schur-complement test for a symmetric M = [[A, B], [Bᵀ, C]] split after row/column k: S = C − BᵀA⁻¹B.
 * Returns whether M and S are PD (by their smallest eigenvalue), or null when the block A is not PD (the test needs A ≻ 0).
 */
export function schurComplementTest(m: MatrixLike, k: number): {pdM: boolean; pdS: boolean} | null {
  const M = asMatrix(m), n = M.rows;
  if (!(k >= 1 && k < n)) throw new RangeError(`schurComplementTest: split k = ${k} must be in 1..${n - 1}`);
  const A = M.slice(0, k, 0, k), B = M.slice(0, k, k, n), C = M.slice(k, n, k, n);
  if (!(eigvalsh(A)[0]! > 0)) return null;
  const S = sub(C, matmul(matmul(B.T, inv(A)), B));
  return {pdM: eigvalsh(M)[0]! > 0, pdS: eigvalsh(S)[0]! > 0};
}
