// Calling user functions for finite differences: fresh argument copies, finite results or a clear error.
import type {VectorLike} from "../linalg/matrix.js";

/** A function under differentiation returned NaN or ±Infinity (or not a number) at a probed point. */
export class NonFiniteValueError extends Error {
  constructor(
    readonly fn: string,
    readonly value: unknown,
    readonly where: string
  ) {
    super(
      `${fn}: the function returned ${String(value)} at ${where}; finite differences need finite values there`
    );
    this.name = "NonFiniteValueError";
  }
}

/** Where a probe was taken, for error messages: "x", "x + h·e_3", "x − h·e_3". */
export function probe(k: number, sign: 1 | -1 | 0): string {
  return sign === 0 ? "x" : `x ${sign > 0 ? "+" : "−"} h·e_${k}`;
}

/** f(arg) with a finite number required. */
export function scalarAt<T>(fn: string, f: (arg: T) => number, arg: T, where: string): number {
  const v = f(arg);
  if (typeof v !== "number" || !Number.isFinite(v)) throw new NonFiniteValueError(fn, v, where);
  return v;
}

/** g(arg) as a fresh Float64Array with every entry finite. */
export function vectorAt<T>(
  fn: string,
  g: (arg: T) => VectorLike,
  arg: T,
  where: string
): Float64Array {
  const v = Float64Array.from(g(arg) as ArrayLike<number>);
  for (let i = 0; i < v.length; i++) {
    if (!Number.isFinite(v[i]!))
      throw new NonFiniteValueError(fn, `${v[i]} in output entry ${i}`, where);
  }
  return v;
}
