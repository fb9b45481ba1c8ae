// Matrix completion: recover the missing entries of a low-rank matrix from the observed ones.
// Two classical routes: alternating least squares on the observed entries (a rank-k factor fit), and
// soft-impute (Mazumder, Hastie & Tibshirani 2010), the proximal method for the nuclear-norm
// relaxation min ½‖P_Ω(A − Z)‖²_F + λ‖Z‖_* (Candès & Recht 2009).
import {Matrix, type MatrixLike, matmul, solve, svd, transpose} from "../linalg/index.js";
import {input} from "../linalg/validate.js";

/** The matrix with its unobserved entries set to 0 (mask: 1 = observed, row-major like A.data). */
export function zeroFilled(a: MatrixLike, mask: ArrayLike<number>): Matrix {
  const A = input("zeroFilled", a);
  return new Matrix(
    A.rows,
    A.cols,
    A.data.map((v, i) => (mask[i] ? v : 0))
  );
}

/** ‖(X − A) on the hidden entries‖_F / ‖A on the hidden entries‖_F. */
export function hiddenError(x: MatrixLike, a: MatrixLike, mask: ArrayLike<number>): number {
  const X = input("hiddenError", x),
    A = input("hiddenError", a);
  let num = 0,
    den = 0;
  for (let i = 0; i < A.data.length; i++) {
    if (mask[i]) continue;
    num += (X.data[i]! - A.data[i]!) ** 2;
    den += A.data[i]! ** 2;
  }
  return Math.sqrt(num / den);
}

/** The rank-k factor W (rows×k) that best fits each row's observed entries, given the other factor H. */
function fitRows(A: Matrix, mask: ArrayLike<number>, H: Matrix): Matrix {
  const {rows: m, cols: n} = A,
    k = H.cols;
  const W = new Matrix(m, k);
  for (let i = 0; i < m; i++) {
    const G = new Matrix(k, k),
      r = new Float64Array(k);
    for (let j = 0; j < n; j++) {
      if (!mask[i * n + j]) continue;
      for (let p = 0; p < k; p++) {
        const hp = H.data[j * k + p]!;
        r[p] += hp * A.data[i * n + j]!;
        for (let q = 0; q < k; q++) G.data[p * k + q] += hp * H.data[j * k + q]!;
      }
    }
    W.data.set(solve(G, r), i * k);
  }
  return W;
}

/**
 * Rank-k completion by alternating least squares: A ≈ WHᵀ fitted on the observed entries only,
 * started from the rank-k SVD of the zero-filled matrix, or from `start` (H, n×k) when given (with
 * every entry observed and a random start it finds the best rank-k fit with no SVD at all).
 * Each row and column needs ≥ k observed entries.
 */
export function alternatingLeastSquares(
  a: MatrixLike,
  mask: ArrayLike<number>,
  k: number,
  iters = 200,
  start?: MatrixLike
): Matrix {
  const A = input("alternatingLeastSquares", a);
  const maskT = transpose(new Matrix(A.rows, A.cols, Float64Array.from(mask))).data;
  const At = transpose(A);
  let H = start
    ? input("alternatingLeastSquares", start)
    : svd(zeroFilled(A, mask)).Vt.slice(0, k, 0, A.cols).T;
  let W = fitRows(A, mask, H);
  for (let t = 0; t < iters; t++) {
    H = fitRows(At, maskT, W);
    W = fitRows(A, mask, H);
  }
  return matmul(W, transpose(H));
}

/**
 * Soft-impute: Z ← S_λ(P_Ω(A) + P_Ω⊥(Z)), where S_λ shrinks every singular value by λ (to ≥ 0).
 * Its fixed point minimises ½‖P_Ω(A − Z)‖²_F + λ‖Z‖_*.
 */
export function softImpute(
  a: MatrixLike,
  mask: ArrayLike<number>,
  lambda: number,
  iters = 200
): Matrix {
  const A = input("softImpute", a);
  let Z = new Matrix(A.rows, A.cols);
  for (let t = 0; t < iters; t++) {
    const filled = new Matrix(
      A.rows,
      A.cols,
      A.data.map((v, i) => (mask[i] ? v : Z.data[i]!))
    );
    const {U, s, Vt} = svd(filled);
    const shrunk = Array.from(s, (x) => Math.max(x - lambda, 0));
    const Us = new Matrix(
      U.rows,
      U.cols,
      U.data.map((v, i) => v * shrunk[i % U.cols]!)
    );
    Z = matmul(Us, Vt);
  }
  return Z;
}
