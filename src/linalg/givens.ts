// Givens plane rotations, Golub & Van Loan 4th ed. Alg 5.1.3, and the application of a rotation sequence (as LAPACK dlasr).
import {addr, wasmFor} from "./kernels.js";

/** A plane rotation: c = cos θ, s = sin θ, and r, the length it leaves behind. */
export interface Rotation {
  c: number;
  s: number;
  r: number;
}

/**
 * A matrix with `rows` rows that rotations act on from the right, stored by columns: column k is the
 * contiguous w[k·stride .. k·stride + rows) (stride ≥ rows). Rows are independent under rotations of
 * columns, so a sequence is applied to several rows at once (SIMD lanes on the WASM path).
 */
export interface RotationTarget {
  w: Float64Array;
  rows: number;
  stride: number;
}

const SAFE_MIN = 2 ** -500;
const SAFE_MAX = 2 ** 500;

/**
 * The rotation with c·f + s·g = r and −s·f + c·g = 0 (c² + s² = 1). A rotation with this (c, s)
 * acts on a pair (x, y) as x ← c·x + s·y, y ← −s·x + c·y. Computed without overflow or underflow.
 */
export function givens(f: number, g: number): Rotation {
  if (g === 0) return {c: 1, s: 0, r: f};
  if (f === 0) return {c: 0, s: 1, r: g};
  const af = Math.abs(f),
    ag = Math.abs(g);
  const big = af > ag ? af : ag,
    small = af > ag ? ag : af;
  let r: number;
  if (big < SAFE_MAX && small > SAFE_MIN) r = Math.sqrt(f * f + g * g);
  else {
    const fs = f / big,
      gs = g / big;
    r = big * Math.sqrt(fs * fs + gs * gs);
  }
  return {c: f / r, s: g / r, r};
}

/**
 * Apply the rotations (c[k], s[k]), k = 0..count−1, in that order, to the column pairs
 * (col0 + k, col0 + k + 1) of the column-stored target (see RotationTarget). Rotation k maps columns
 * (x, y) to (c·x + s·y, −s·x + c·y). Each row is swept once, left to right, carrying the running entry
 * in a register. Overwrites `w`.
 */
export function rotateColumnSequence(
  w: Float64Array,
  rows: number,
  stride: number,
  col0: number,
  c: Float64Array,
  s: Float64Array,
  count: number
): void {
  if (count <= 0) return;
  const wasm = wasmFor(w, c, s);
  if (wasm) {
    wasm.rotateSequence(addr(w), rows, stride, col0, addr(c), addr(s), count);
    return;
  }
  const b0 = col0 * stride;
  let i = 0;
  // Four rows at a time: four independent carried entries hide the latency of each update chain.
  for (; i + 3 < rows; i += 4) {
    let o = b0 + i;
    let t0 = w[o]!,
      t1 = w[o + 1]!,
      t2 = w[o + 2]!,
      t3 = w[o + 3]!;
    for (let k = 0; k < count; k++, o += stride) {
      const ck = c[k]!,
        sk = s[k]!,
        q = o + stride;
      const y0 = w[q]!,
        y1 = w[q + 1]!,
        y2 = w[q + 2]!,
        y3 = w[q + 3]!;
      w[o] = ck * t0 + sk * y0;
      w[o + 1] = ck * t1 + sk * y1;
      w[o + 2] = ck * t2 + sk * y2;
      w[o + 3] = ck * t3 + sk * y3;
      t0 = ck * y0 - sk * t0;
      t1 = ck * y1 - sk * t1;
      t2 = ck * y2 - sk * t2;
      t3 = ck * y3 - sk * t3;
    }
    w[o] = t0;
    w[o + 1] = t1;
    w[o + 2] = t2;
    w[o + 3] = t3;
  }
  for (; i < rows; i++) {
    let o = b0 + i,
      t = w[o]!;
    for (let k = 0; k < count; k++, o += stride) {
      const ck = c[k]!,
        sk = s[k]!;
      const y = w[o + stride]!;
      w[o] = ck * t + sk * y;
      t = ck * y - sk * t;
    }
    w[o] = t;
  }
}

/**
 * Apply two rotation sequences, (c1, s1) and then (c2, s2), each as in rotateColumnSequence on the column
 * pairs (col0 + k, col0 + k + 1), k = 0..count−1, in one sweep per row: the second sequence trails the
 * first by one column, so each entry is loaded and stored once for two rotations. Overwrites `w`.
 */
export function rotateColumnSequencePair(
  w: Float64Array,
  rows: number,
  stride: number,
  col0: number,
  c1: Float64Array,
  s1: Float64Array,
  c2: Float64Array,
  s2: Float64Array,
  count: number
): void {
  if (count <= 0) return;
  const wasm = wasmFor(w, c1, s1, c2, s2);
  if (wasm) {
    wasm.rotateSequencePair(
      addr(w),
      rows,
      stride,
      col0,
      addr(c1),
      addr(s1),
      addr(c2),
      addr(s2),
      count
    );
    return;
  }
  const b0 = col0 * stride;
  let i = 0;
  // Two rows at a time; t carries the first sequence's running entry, u the second's.
  for (; i + 1 < rows; i += 2) {
    const o = b0 + i;
    let t0 = w[o]!,
      t1 = w[o + 1]!;
    let ca = c1[0]!,
      sa = s1[0]!;
    let y0 = w[o + stride]!,
      y1 = w[o + stride + 1]!;
    let u0 = ca * t0 + sa * y0,
      u1 = ca * t1 + sa * y1;
    t0 = ca * y0 - sa * t0;
    t1 = ca * y1 - sa * t1;
    for (let k = 1, r = o, q = o + 2 * stride; k < count; k++, r += stride, q += stride) {
      ca = c1[k]!;
      sa = s1[k]!;
      const cb = c2[k - 1]!,
        sb = s2[k - 1]!;
      y0 = w[q]!;
      y1 = w[q + 1]!;
      const a0 = ca * t0 + sa * y0,
        a1 = ca * t1 + sa * y1;
      t0 = ca * y0 - sa * t0;
      t1 = ca * y1 - sa * t1;
      w[r] = cb * u0 + sb * a0;
      w[r + 1] = cb * u1 + sb * a1;
      u0 = cb * a0 - sb * u0;
      u1 = cb * a1 - sb * u1;
    }
    const cb = c2[count - 1]!,
      sb = s2[count - 1]!,
      r = o + (count - 1) * stride;
    w[r] = cb * u0 + sb * t0;
    w[r + 1] = cb * u1 + sb * t1;
    w[r + stride] = cb * t0 - sb * u0;
    w[r + stride + 1] = cb * t1 - sb * u1;
  }
  for (; i < rows; i++) {
    const o = b0 + i;
    let t = w[o]!,
      y = w[o + stride]!;
    let u = c1[0]! * t + s1[0]! * y;
    t = c1[0]! * y - s1[0]! * t;
    for (let k = 1; k < count; k++) {
      const ca = c1[k]!,
        sa = s1[k]!,
        cb = c2[k - 1]!,
        sb = s2[k - 1]!;
      y = w[o + (k + 1) * stride]!;
      const a = ca * t + sa * y;
      t = ca * y - sa * t;
      w[o + (k - 1) * stride] = cb * u + sb * a;
      u = cb * a - sb * u;
    }
    const cb = c2[count - 1]!,
      sb = s2[count - 1]!;
    w[o + (count - 1) * stride] = cb * u + sb * t;
    w[o + count * stride] = cb * t - sb * u;
  }
}

/** Apply one rotation to columns j and k of a column-stored target: (x_j, x_k) ← (c·x_j + s·x_k, −s·x_j + c·x_k). */
export function rotateColumns(
  w: Float64Array,
  rows: number,
  stride: number,
  j: number,
  k: number,
  c: number,
  s: number
): void {
  for (let i = 0, oj = j * stride, ok = k * stride; i < rows; i++, oj++, ok++) {
    const x = w[oj]!,
      y = w[ok]!;
    w[oj] = c * x + s * y;
    w[ok] = c * y - s * x;
  }
}
