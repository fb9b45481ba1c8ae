// Vector and matrix norms with NumPy's semantics; 2-norms by the scaled sum of squares of LAPACK's dnrm2/dlassq.
import {ShapeError} from "./errors.js";
import {Matrix, type MatrixLike, type VectorLike} from "./matrix.js";
import {svd} from "./svd.js";
import {input, inputVector} from "./validate.js";

/** Orders accepted by `norm`: p (any real, incl. ±Infinity and 0) for vectors; "fro", "nuc", ±1, ±2, ±Infinity for matrices. */
export type NormOrder = number | "fro" | "nuc";

/**
 * √(Σ xᵢ²) without overflow or underflow: a running scale s = max|xᵢ| and sum q of (xᵢ/s)², so
 * the result is s·√q. Entries of size 1e±170 give the exact-scale answer.
 */
export function scaledNorm2(x: ArrayLike<number>): number {
  let scale = 0,
    ssq = 1;
  for (let i = 0; i < x.length; i++) {
    const a = Math.abs(x[i]!);
    if (a === 0) continue;
    if (a === Infinity) return Infinity;
    if (scale < a) {
      const r = scale / a;
      ssq = 1 + ssq * r * r;
      scale = a;
    } else {
      const r = a / scale;
      ssq += r * r;
    }
  }
  return scale * Math.sqrt(ssq);
}

/**
 * np.linalg.norm. A vector (number[] or Float64Array) takes ord = p: 2 (default), 1, Infinity
 * (max |xᵢ|), -Infinity (min |xᵢ|), 0 (count of non-zeros), any other p gives (Σ|xᵢ|ᵖ)^(1/p).
 * A matrix (Matrix or number[][]) takes "fro" (default), "nuc" (Σσᵢ), 2 (σ₁), -2 (σ_min),
 * 1 / -1 (max / min column sum of |aᵢⱼ|), Infinity / -Infinity (max / min row sum).
 * Empty inputs follow NumPy: a maximum over nothing is 0, a minimum over nothing is a ShapeError.
 * RangeError for an order that does not apply; NonFiniteError for NaN/±Infinity entries.
 */
export function norm(x: VectorLike | MatrixLike, ord?: NormOrder): number {
  if (isMatrix(x)) return matrixNorm(input("norm", x), ord ?? "fro");
  return vectorNorm(inputVector("norm", x as VectorLike), ord ?? 2);
}

function isMatrix(x: VectorLike | MatrixLike): x is MatrixLike {
  return x instanceof Matrix || (Array.isArray(x) && x.length > 0 && typeof x[0] !== "number");
}

function vectorNorm(x: Float64Array, ord: NormOrder): number {
  if (typeof ord !== "number" || Number.isNaN(ord))
    throw new RangeError(`norm: invalid order ${String(ord)} for vectors`);
  const n = x.length;
  const abs = x.map(Math.abs);
  if (ord === 2) return scaledNorm2(x);
  if (ord === Infinity) return maxOf(abs);
  if (ord === -Infinity) {
    if (n === 0)
      throw new ShapeError("norm: ord=-Infinity of an empty vector (minimum over nothing)");
    return minOf(abs);
  }
  if (ord === 0) return abs.reduce((c, a) => c + (a !== 0 ? 1 : 0), 0);
  if (ord === 1) return abs.reduce((s, a) => s + a, 0);
  if (ord > 0) {
    // Scale by the largest entry so |xᵢ|ᵖ neither overflows nor underflows.
    const m = maxOf(abs);
    if (m === 0) return 0;
    return (
      m *
      Math.pow(
        abs.reduce((s, a) => s + Math.pow(a / m, ord), 0),
        1 / ord
      )
    );
  }
  // ord < 0: a zero entry makes Σ|xᵢ|ᵖ infinite and the norm 0; an empty sum gives Infinity (as NumPy).
  if (n === 0) return Infinity;
  const m = minOf(abs);
  if (m === 0) return 0;
  return (
    m *
    Math.pow(
      abs.reduce((s, a) => s + Math.pow(a / m, ord), 0),
      1 / ord
    )
  );
}

function matrixNorm(A: Matrix, ord: NormOrder): number {
  const {rows: m, cols: n, data} = A;
  if (ord === "fro") return scaledNorm2(data);
  if (ord === "nuc" || ord === 2 || ord === -2) {
    const {s} = svd(A, {computeUV: false});
    if (ord === "nuc") return s.reduce((t, v) => t + v, 0);
    if (ord === 2) return s.length === 0 ? 0 : s[0]!;
    if (s.length === 0)
      throw new ShapeError(`norm: ord=-2 of an empty matrix of shape (${m}, ${n})`);
    return s[s.length - 1]!;
  }
  if (ord === 1 || ord === -1 || ord === Infinity || ord === -Infinity) {
    const byCols = ord === 1 || ord === -1;
    const sums = new Float64Array(byCols ? n : m);
    for (let i = 0; i < m; i++)
      for (let j = 0; j < n; j++) sums[byCols ? j : i] += Math.abs(data[i * n + j]!);
    if (ord > 0) return maxOf(sums);
    if (sums.length === 0)
      throw new ShapeError(
        `norm: ord=${ord} of a matrix of shape (${m}, ${n}) is a minimum over nothing`
      );
    return minOf(sums);
  }
  throw new RangeError(
    `norm: invalid order ${String(ord)} for matrices (use "fro", "nuc", ±1, ±2 or ±Infinity)`
  );
}

/** Largest of non-negative values (0 when empty). */
function maxOf(v: Float64Array): number {
  return v.reduce((a, b) => Math.max(a, b), 0);
}

/** Smallest of non-empty values. */
function minOf(v: Float64Array): number {
  return v.reduce((a, b) => Math.min(a, b), Infinity);
}
