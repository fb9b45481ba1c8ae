// Givens plane rotations, Golub & Van Loan 4th ed. Alg 5.1.3, and the row-wise application of a rotation sequence (as LAPACK dlasr).

/** A plane rotation: c = cos θ, s = sin θ, and r, the length it leaves behind. */
export interface Rotation {
  c: number;
  s: number;
  r: number;
}

/** A row-major workspace with `rows` rows of length `stride` that a sequence of rotations is applied to. */
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
  const af = Math.abs(f), ag = Math.abs(g);
  const big = af > ag ? af : ag, small = af > ag ? ag : af;
  let r: number;
  if (big < SAFE_MAX && small > SAFE_MIN) r = Math.sqrt(f * f + g * g);
  else {
    const fs = f / big, gs = g / big;
    r = big * Math.sqrt(fs * fs + gs * gs);
  }
  return {c: f / r, s: g / r, r};
}

/**
 * Apply the rotations (c[k], s[k]), k = 0..count−1, in that order, to the column pairs
 * (col0 + k, col0 + k + 1) of a row-major workspace `w` with `rows` rows and row length `stride`.
 * Rotation k maps columns (x, y) to (c·x + s·y, −s·x + c·y). Each row is swept once, left to right,
 * carrying the running entry in a register. Overwrites `w`.
 */
export function rotateColumnSequence(
  w: Float64Array, rows: number, stride: number, col0: number,
  c: Float64Array, s: Float64Array, count: number,
): void {
  if (count <= 0) return;
  let i = 0;
  // Six rows at a time: six independent carried entries hide the latency of each update chain.
  for (; i + 5 < rows; i += 6) {
    const o0 = i * stride + col0, o1 = o0 + stride, o2 = o1 + stride, o3 = o2 + stride, o4 = o3 + stride, o5 = o4 + stride;
    let t0 = w[o0]!, t1 = w[o1]!, t2 = w[o2]!, t3 = w[o3]!, t4 = w[o4]!, t5 = w[o5]!;
    for (let k = 0; k < count; k++) {
      const ck = c[k]!, sk = s[k]!, q = k + 1;
      const y0 = w[o0 + q]!, y1 = w[o1 + q]!, y2 = w[o2 + q]!, y3 = w[o3 + q]!, y4 = w[o4 + q]!, y5 = w[o5 + q]!;
      w[o0 + k] = ck * t0 + sk * y0;
      w[o1 + k] = ck * t1 + sk * y1;
      w[o2 + k] = ck * t2 + sk * y2;
      w[o3 + k] = ck * t3 + sk * y3;
      w[o4 + k] = ck * t4 + sk * y4;
      w[o5 + k] = ck * t5 + sk * y5;
      t0 = ck * y0 - sk * t0;
      t1 = ck * y1 - sk * t1;
      t2 = ck * y2 - sk * t2;
      t3 = ck * y3 - sk * t3;
      t4 = ck * y4 - sk * t4;
      t5 = ck * y5 - sk * t5;
    }
    w[o0 + count] = t0;
    w[o1 + count] = t1;
    w[o2 + count] = t2;
    w[o3 + count] = t3;
    w[o4 + count] = t4;
    w[o5 + count] = t5;
  }
  for (; i < rows; i++) {
    const o = i * stride + col0;
    let t = w[o]!;
    for (let k = 0; k < count; k++) {
      const ck = c[k]!, sk = s[k]!;
      const y = w[o + k + 1]!;
      w[o + k] = ck * t + sk * y;
      t = ck * y - sk * t;
    }
    w[o + count] = t;
  }
}

/**
 * Apply two rotation sequences, (c1, s1) and then (c2, s2), each as in rotateColumnSequence on the column
 * pairs (col0 + k, col0 + k + 1), k = 0..count−1, in one sweep per row: the second sequence trails the
 * first by one column, so each entry is loaded and stored once for two rotations. Overwrites `w`.
 */
export function rotateColumnSequencePair(
  w: Float64Array, rows: number, stride: number, col0: number,
  c1: Float64Array, s1: Float64Array, c2: Float64Array, s2: Float64Array, count: number,
): void {
  if (count <= 0) return;
  let i = 0;
  // Four rows at a time; t carries the first sequence's running entry, u the second's.
  for (; i + 3 < rows; i += 4) {
    const o0 = i * stride + col0, o1 = o0 + stride, o2 = o1 + stride, o3 = o2 + stride;
    let t0 = w[o0]!, t1 = w[o1]!, t2 = w[o2]!, t3 = w[o3]!;
    let ca = c1[0]!, sa = s1[0]!;
    let y0 = w[o0 + 1]!, y1 = w[o1 + 1]!, y2 = w[o2 + 1]!, y3 = w[o3 + 1]!;
    let u0 = ca * t0 + sa * y0, u1 = ca * t1 + sa * y1, u2 = ca * t2 + sa * y2, u3 = ca * t3 + sa * y3;
    t0 = ca * y0 - sa * t0;
    t1 = ca * y1 - sa * t1;
    t2 = ca * y2 - sa * t2;
    t3 = ca * y3 - sa * t3;
    for (let k = 1; k < count; k++) {
      ca = c1[k]!;
      sa = s1[k]!;
      const cb = c2[k - 1]!, sb = s2[k - 1]!, q = k + 1, r = k - 1;
      y0 = w[o0 + q]!;
      y1 = w[o1 + q]!;
      y2 = w[o2 + q]!;
      y3 = w[o3 + q]!;
      const a0 = ca * t0 + sa * y0, a1 = ca * t1 + sa * y1, a2 = ca * t2 + sa * y2, a3 = ca * t3 + sa * y3;
      t0 = ca * y0 - sa * t0;
      t1 = ca * y1 - sa * t1;
      t2 = ca * y2 - sa * t2;
      t3 = ca * y3 - sa * t3;
      w[o0 + r] = cb * u0 + sb * a0;
      w[o1 + r] = cb * u1 + sb * a1;
      w[o2 + r] = cb * u2 + sb * a2;
      w[o3 + r] = cb * u3 + sb * a3;
      u0 = cb * a0 - sb * u0;
      u1 = cb * a1 - sb * u1;
      u2 = cb * a2 - sb * u2;
      u3 = cb * a3 - sb * u3;
    }
    const cb = c2[count - 1]!, sb = s2[count - 1]!, r = count - 1;
    w[o0 + r] = cb * u0 + sb * t0;
    w[o1 + r] = cb * u1 + sb * t1;
    w[o2 + r] = cb * u2 + sb * t2;
    w[o3 + r] = cb * u3 + sb * t3;
    w[o0 + count] = cb * t0 - sb * u0;
    w[o1 + count] = cb * t1 - sb * u1;
    w[o2 + count] = cb * t2 - sb * u2;
    w[o3 + count] = cb * t3 - sb * u3;
  }
  for (; i < rows; i++) {
    const o = i * stride + col0;
    let t = w[o]!, y = w[o + 1]!;
    let u = c1[0]! * t + s1[0]! * y;
    t = c1[0]! * y - s1[0]! * t;
    for (let k = 1; k < count; k++) {
      const ca = c1[k]!, sa = s1[k]!, cb = c2[k - 1]!, sb = s2[k - 1]!;
      y = w[o + k + 1]!;
      const a = ca * t + sa * y;
      t = ca * y - sa * t;
      w[o + k - 1] = cb * u + sb * a;
      u = cb * a - sb * u;
    }
    const cb = c2[count - 1]!, sb = s2[count - 1]!;
    w[o + count - 1] = cb * u + sb * t;
    w[o + count] = cb * t - sb * u;
  }
}

/** Apply one rotation to columns j and k of a row-major workspace: (x_j, x_k) ← (c·x_j + s·x_k, −s·x_j + c·x_k). Overwrites `w`. */
export function rotateColumns(w: Float64Array, rows: number, stride: number, j: number, k: number, c: number, s: number): void {
  for (let i = 0, oj = j, ok = k; i < rows; i++, oj += stride, ok += stride) {
    const x = w[oj]!, y = w[ok]!;
    w[oj] = c * x + s * y;
    w[ok] = c * y - s * x;
  }
}
