// Finite-difference Jacobian of a vector function g: Rⁿ → Rᵐ, one column per coordinate (central or forward differences).
import {ShapeError} from "../linalg/errors.js";
import {Matrix, type VectorLike} from "../linalg/matrix.js";
import {inputVector} from "../linalg/validate.js";
import {probe, vectorAt} from "./evaluate.js";
import {resolve, type DifferenceOptions} from "./options.js";

/**
 * J ≈ ∂g/∂x as an m×n Matrix: column j is (g(x + h eⱼ) − g(x − h eⱼ)) / 2h (central, default) or
 * (g(x + h eⱼ) − g(x)) / h (forward). m is the length of g(x). g gets a fresh Float64Array each call
 * and may return number[] or Float64Array. ShapeError if g's output length changes between probes;
 * NonFiniteValueError for a non-finite output; RangeError for bad options.
 */
export function jacobian(
  g: (x: Float64Array) => VectorLike,
  x: VectorLike,
  opts: DifferenceOptions = {}
): Matrix {
  const fn = "jacobian";
  const x0 = inputVector(fn, x);
  const {eps, scheme} = resolve(fn, opts);
  const n = x0.length;
  const g0 = vectorAt(fn, g, x0.slice(), probe(0, 0));
  const m = g0.length;
  const J = new Matrix(m, n);
  const at = (xs: Float64Array, k: number, sign: 1 | -1) => {
    const v = vectorAt(fn, g, xs, probe(k, sign));
    if (v.length !== m)
      throw new ShapeError(
        `jacobian: g(x) has length ${m} but g(${probe(k, sign)}) has length ${v.length}`
      );
    return v;
  };
  for (let j = 0; j < n; j++) {
    const xp = x0.slice();
    xp[j] = x0[j]! + eps;
    const gp = at(xp, j, 1);
    let gm = g0,
      h = eps;
    if (scheme === "central") {
      const xm = x0.slice();
      xm[j] = x0[j]! - eps;
      gm = at(xm, j, -1);
      h = 2 * eps;
    }
    for (let i = 0; i < m; i++) J.data[i * n + j] = (gp[i]! - gm[i]!) / h;
  }
  return J;
}
