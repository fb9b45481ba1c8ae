// Cosine similarity of consecutive row pairs of a data matrix, and their root-mean-square (chapter 2's near-orthogonality figure).
import type {MatrixLike} from "../../linalg/matrix.js";
import {asMatrix} from "../../linalg/validate.js";

/** cos∠(x_{2k}, x_{2k+1}) for the rows of X (2p×d, p pairs; an odd last row is ignored). A zero row gives NaN. */
export function pairCosines(x: MatrixLike): Float64Array {
  const X = asMatrix(x);
  const {rows, cols: d, data} = X;
  const out = new Float64Array(Math.floor(rows / 2));
  for (let k = 0; k < out.length; k++) {
    let uv = 0, uu = 0, vv = 0;
    for (let j = 0, a = 2 * k * d, b = a + d; j < d; j++) {
      uv += data[a + j] * data[b + j];
      uu += data[a + j] ** 2;
      vv += data[b + j] ** 2;
    }
    out[k] = uv / Math.sqrt(uu * vv);
  }
  return out;
}

/** √(mean of x²): the spread of values centred on 0 (NaN for an empty input). */
export function rootMeanSquare(x: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += x[i] * x[i];
  return Math.sqrt(s / x.length);
}
