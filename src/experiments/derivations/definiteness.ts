// Definiteness of a symmetric matrix read off the signs of its eigenvalues (Sylvester's law of inertia).

/** The five inertia classes of a symmetric matrix, plus the zero matrix. */
export type Definiteness =
  | "positive definite"
  | "positive semidefinite"
  | "negative definite"
  | "negative semidefinite"
  | "indefinite"
  | "zero";

/**
 * Classify eigenvalues (any order) by sign. A value with |λ| ≤ tol·max|λ| counts as zero, so
 * rounding noise of ±1e-16 on a singular matrix does not flip the class. Default tol = 1e-12.
 */
export function definiteness(values: ArrayLike<number>, tol = 1e-12): Definiteness {
  let scale = 0;
  for (let i = 0; i < values.length; i++) scale = Math.max(scale, Math.abs(values[i]));
  let pos = 0, neg = 0;
  for (let i = 0; i < values.length; i++) {
    if (values[i] > tol * scale) pos++;
    else if (values[i] < -tol * scale) neg++;
  }
  const zero = values.length - pos - neg;
  if (pos && neg) return "indefinite";
  if (pos) return zero ? "positive semidefinite" : "positive definite";
  if (neg) return zero ? "negative semidefinite" : "negative definite";
  return "zero";
}
