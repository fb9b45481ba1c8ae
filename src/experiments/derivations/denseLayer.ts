// One dense layer z = Wx + b, a = tanh(z), with loss L = ½‖a − t‖², and its backward pass (equation 7; Goodfellow et al., Deep Learning §6.5).
import {Matrix, type MatrixLike} from "../../linalg/matrix.js";
import {matvec, outer, vadd} from "../../linalg/index.js";
import {asMatrix} from "../../linalg/validate.js";

/** The loss of the layer for weights W (h×d), bias b (h), input x (d) and target t (h). */
export function layerLoss(w: MatrixLike, b: ArrayLike<number>, x: ArrayLike<number>, t: ArrayLike<number>): number {
  const a = vadd(matvec(asMatrix(w), Float64Array.from(x)), b).map(Math.tanh);
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i] - t[i]) ** 2;
  return s / 2;
}

/** Gradients by equation 7: δ = ∂L/∂a ⊙ σ'(z) with ∂L/∂a = a − t and tanh' = 1 − a²; ∂L/∂W = δxᵀ, ∂L/∂b = δ. */
export function layerBackward(
  w: MatrixLike, b: ArrayLike<number>, x: ArrayLike<number>, t: ArrayLike<number>,
): {delta: Float64Array; dW: Matrix; db: Float64Array} {
  const a = vadd(matvec(asMatrix(w), Float64Array.from(x)), b).map(Math.tanh);
  const delta = a.map((ai, i) => (ai - t[i]) * (1 - ai * ai));
  return {delta, dW: outer(delta, x), db: delta.slice()};
}
