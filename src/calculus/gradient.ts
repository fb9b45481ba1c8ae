// Finite-difference gradients of scalar functions of vectors and of matrices (central or forward differences).
import {Matrix, type MatrixLike, type VectorLike} from "../linalg/matrix.js";
import {input, inputVector} from "../linalg/validate.js";
import {scalarAt, probe} from "./evaluate.js";
import {resolve, type DifferenceOptions} from "./options.js";

/**
 * ∇f(x) ≈ ĝ with ĝᵢ = (f(x + h eᵢ) − f(x − h eᵢ)) / 2h (central, default) or (f(x + h eᵢ) − f(x)) / h
 * (forward), h = eps (default 1e-6). f gets a fresh Float64Array each call; x is never mutated.
 * Errors: NonFiniteError (x), RangeError (options), NonFiniteValueError (f not finite at a probe).
 */
export function numericalGradient(
  f: (x: Float64Array) => number,
  x: VectorLike,
  opts: DifferenceOptions = {}
): Float64Array {
  return gradientOf("numericalGradient", f, inputVector("numericalGradient", x), opts);
}

/**
 * The m×n matrix of ∂F/∂Xᵢⱼ by finite differences, for a scalar function F of an m×n matrix
 * (e.g. F(X) = log det X, whose gradient is X⁻ᵀ). F gets a fresh Matrix each call.
 */
export function numericalGradientMatrix(
  F: (X: Matrix) => number,
  X: MatrixLike,
  opts: DifferenceOptions = {}
): Matrix {
  const A = input("numericalGradientMatrix", X);
  const g = gradientOf(
    "numericalGradientMatrix",
    (d) => F(new Matrix(A.rows, A.cols, d)),
    A.data,
    opts
  );
  return new Matrix(A.rows, A.cols, g);
}

function gradientOf(
  fn: string,
  f: (x: Float64Array) => number,
  x: Float64Array,
  opts: DifferenceOptions
): Float64Array {
  const {eps, scheme} = resolve(fn, opts);
  const n = x.length;
  const g = new Float64Array(n);
  const f0 = scheme === "forward" ? scalarAt(fn, f, x.slice(), probe(0, 0)) : 0;
  for (let i = 0; i < n; i++) {
    const xp = x.slice();
    xp[i] = x[i]! + eps;
    const fp = scalarAt(fn, f, xp, probe(i, 1));
    if (scheme === "forward") {
      g[i] = (fp - f0) / eps;
    } else {
      const xm = x.slice();
      xm[i] = x[i]! - eps;
      g[i] = (fp - scalarAt(fn, f, xm, probe(i, -1))) / (2 * eps);
    }
  }
  return g;
}
