// Page-side comparisons: how far two arrays are apart, how far a matrix is from symmetric or orthonormal.
import {Matrix, type MatrixLike, eye, matmul} from "../linalg/index.js";

type Arrayish = MatrixLike | ArrayLike<number>;

function flat(a: Arrayish): ArrayLike<number> {
  if (a instanceof Matrix) return a.data;
  const first = (a as ArrayLike<unknown>)[0];
  if (first !== undefined && typeof first !== "number")
    return Matrix.from(a as ArrayLike<ArrayLike<number>>).data;
  return a as ArrayLike<number>;
}

/** max |aᵢ − bᵢ| over matching entries; Infinity when the sizes differ. */
export function maxAbsDiff(a: Arrayish, b: Arrayish): number {
  const x = flat(a),
    y = flat(b);
  if (x.length !== y.length) return Infinity;
  let worst = 0;
  for (let i = 0; i < x.length; i++) worst = Math.max(worst, Math.abs(x[i]! - y[i]!));
  return worst;
}

/** max |Aᵢⱼ − Aⱼᵢ| for a square A. */
export function symmetryError(A: Matrix): number {
  return maxAbsDiff(A, A.T);
}

/** max |QᵀQ − I|: zero when the columns of Q are orthonormal. */
export function orthonormalityError(Q: Matrix): number {
  return maxAbsDiff(matmul(Q.T, Q), eye(Q.cols));
}

/** |cos| of the angle between two non-zero vectors (1 means parallel or antiparallel). */
export function absCosine(u: ArrayLike<number>, v: ArrayLike<number>): number {
  let uv = 0,
    uu = 0,
    vv = 0;
  for (let i = 0; i < u.length; i++) {
    uv += u[i]! * v[i]!;
    uu += u[i]! * u[i]!;
    vv += v[i]! * v[i]!;
  }
  return Math.abs(uv) / Math.sqrt(uu * vv);
}
