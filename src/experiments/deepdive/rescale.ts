// Per-coordinate rescaling of a Hessian (Jacobi scaling), the idealised picture of what Adam/RMSprop do.
import {Matrix, type MatrixLike} from "../../linalg/index.js";
import {asMatrix} from "../../linalg/validate.js";

/** Per-coordinate rescaling D^{-1/2} H D^{-1/2} with D = diag(H) (H symmetric with a positive diagonal). */
export function diagonalRescale(h: MatrixLike): Matrix {
  const H = asMatrix(h);
  const n = H.rows;
  const out = new Matrix(n, n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      out.data[i * n + j] = H.data[i * n + j]! / Math.sqrt(H.data[i * n + i]! * H.data[j * n + j]!);
    }
  }
  return out;
}
