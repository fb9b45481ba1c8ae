// How much a relative change in b is amplified in the solution of Ax = b, against κ(A).
import {type MatrixLike, solve, svd} from "../../linalg/index.js";
import {asMatrix} from "../../linalg/validate.js";

function n2(v: ArrayLike<number>): number {
  return Math.hypot(...Array.from(v));
}

/** (‖δx‖/‖x‖) / (‖δb‖/‖b‖) where Ax = b and A(x + δx) = b + δb (A square, invertible). */
export function amplification(a: MatrixLike, b: ArrayLike<number>, db: ArrayLike<number>): number {
  const x = solve(a, b);
  const bp = Float64Array.from(b, (v, i) => v + db[i]!);
  const dx = solve(a, bp).map((v, i) => v - x[i]!);
  return n2(dx) / n2(x) / (n2(db) / n2(b));
}

/** The b and δb that attain the bound κ₂: b along u₁ (so x is along v₁), δb along uₙ, scaled by eps. */
export function worstCasePerturbation(a: MatrixLike, eps = 1e-8): {b: Float64Array; db: Float64Array} {
  const A = asMatrix(a);
  const {U} = svd(A);
  const n = A.rows;
  return {b: U!.col(0), db: U!.col(n - 1).map((v) => v * eps)};
}
