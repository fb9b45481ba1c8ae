// Gradient check: an analytic gradient against finite differences, with absolute and relative error.
import {ShapeError} from "../linalg/errors.js";
import {Matrix, type MatrixLike, type VectorLike} from "../linalg/matrix.js";
import {scaledNorm2} from "../linalg/norms.js";
import {asMatrix, input, inputVector, shapeOf} from "../linalg/validate.js";
import {NonFiniteValueError} from "./evaluate.js";
import {numericalGradient, numericalGradientMatrix} from "./gradient.js";
import type {DifferenceOptions} from "./options.js";

const TINY = 2.2250738585072014e-308;

export interface GradCheck<T> {
  analytic: T;
  numeric: T;
  /** ‖analytic − numeric‖₂ (Frobenius for matrices). */
  absError: number;
  /** ‖a − n‖ / max(‖a‖, ‖n‖, tiny): 0 when both vanish; for a correct gradient of a smooth f at the default step, typically 1e-8 or less. */
  relError: number;
}

/**
 * Compare grad(x) with the finite-difference gradient of f at x (options as numericalGradient).
 * x a vector: grad returns a vector of the same length. x a Matrix (or number[][]): f and grad take
 * a Matrix and grad returns one of the same shape. Arguments are copies; x is never mutated.
 * ShapeError for a gradient of the wrong shape; NonFiniteValueError for non-finite values.
 */
export function gradCheck(
  f: (x: Float64Array) => number,
  grad: (x: Float64Array) => VectorLike,
  x: VectorLike,
  opts?: DifferenceOptions
): GradCheck<Float64Array>;
export function gradCheck(
  f: (X: Matrix) => number,
  grad: (X: Matrix) => MatrixLike,
  X: MatrixLike,
  opts?: DifferenceOptions
): GradCheck<Matrix>;
export function gradCheck(
  f: ((x: Float64Array) => number) | ((X: Matrix) => number),
  grad: ((x: Float64Array) => VectorLike) | ((X: Matrix) => MatrixLike),
  x: VectorLike | MatrixLike,
  opts: DifferenceOptions = {}
): GradCheck<Float64Array> | GradCheck<Matrix> {
  const fn = "gradCheck";
  if (x instanceof Matrix || (Array.isArray(x) && x.length > 0 && typeof x[0] !== "number")) {
    const X = input(fn, x as MatrixLike);
    const numeric = numericalGradientMatrix(f as (X: Matrix) => number, X, opts);
    const analytic = asMatrix((grad as (X: Matrix) => MatrixLike)(X.clone())).clone();
    if (analytic.rows !== X.rows || analytic.cols !== X.cols) {
      throw new ShapeError(
        `gradCheck: grad returned shape ${shapeOf(analytic)} for X of shape ${shapeOf(X)}`
      );
    }
    assertFiniteGradient(analytic.data);
    return {analytic, numeric, ...errors(analytic.data, numeric.data)};
  }
  const x0 = inputVector(fn, x as VectorLike);
  const numeric = numericalGradient(f as (x: Float64Array) => number, x0, opts);
  const analytic = Float64Array.from(
    (grad as (x: Float64Array) => VectorLike)(x0.slice()) as ArrayLike<number>
  );
  if (analytic.length !== x0.length)
    throw new ShapeError(
      `gradCheck: grad returned length ${analytic.length} for x of length ${x0.length}`
    );
  assertFiniteGradient(analytic);
  return {analytic, numeric, ...errors(analytic, numeric)};
}

function assertFiniteGradient(a: Float64Array): void {
  const bad = a.findIndex((v) => !Number.isFinite(v));
  if (bad >= 0)
    throw new NonFiniteValueError("gradCheck", `${a[bad]} in grad entry ${bad} (row-major)`, "x");
}

function errors(a: Float64Array, n: Float64Array): {absError: number; relError: number} {
  const absError = scaledNorm2(a.map((v, i) => v - n[i]!));
  return {absError, relError: absError / Math.max(scaledNorm2(a), scaledNorm2(n), TINY)};
}
