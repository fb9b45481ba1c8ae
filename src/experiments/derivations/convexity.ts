// A strictly convex function whose Hessian is singular at its minimum: f(x) = Σ xᵢ⁴ (convexity counterexample).

/** f(x) = Σ xᵢ⁴: strictly convex, minimum 0 at x = 0, Hessian diag(12xᵢ²) (zero at the minimum). */
export function quartic(x: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += x[i] ** 4;
  return s;
}

/** ∇f(x) = (4xᵢ³). */
export function gradQuartic(x: ArrayLike<number>): Float64Array {
  return Float64Array.from(x, (v) => 4 * v ** 3);
}

/** (f(a) + f(b))/2 − f((a + b)/2): positive for a ≠ b exactly when f is strictly convex on that segment's midpoint. */
export function midpointGap(f: (x: Float64Array) => number, a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) throw new RangeError(`midpointGap: lengths ${a.length} and ${b.length} differ`);
  const mid = Float64Array.from(a, (v, i) => (v + b[i]) / 2);
  return (f(Float64Array.from(a)) + f(Float64Array.from(b))) / 2 - f(mid);
}
