// NumPy's rounding, replayed: fused multiply-add by round-to-odd (Boldo & Melquiond, IEEE TC 2008), OpenBLAS's dgemv_t order, NumPy's pairwise sum.
import {Matrix, ShapeError} from "../../linalg/index.js";

const buf = new Float64Array(1);
const bits = new BigInt64Array(buf.buffer);
const SPLIT = 134217729; // 2^27 + 1, Veltkamp's splitter for binary64

/** The neighbour of x (x ≠ 0) one ulp further from zero (up = true) or nearer to zero. */
function stepUlp(x: number, up: boolean): number {
  buf[0] = x;
  bits[0] += up ? 1n : -1n;
  return buf[0]!;
}

/** Round-to-odd of x + y: the nearest sum, moved one ulp towards the exact sum when inexact and even. */
function addRoundToOdd(x: number, y: number): number {
  const s = x + y;
  const bb = s - x;
  const err = x - (s - bb) + (y - bb); // TwoSum: x + y = s + err exactly
  if (err === 0) return s;
  buf[0] = s;
  if ((bits[0]! & 1n) === 1n) return s;
  return stepUlp(s, err > 0 === s > 0);
}

/** Exact fma through BigInt: RN(a·b + c), ties to even (a subnormal result may be rounded twice). Slow; the reference for `fma`. */
export function fmaExact(a: number, b: number, c: number): number {
  if (
    !Number.isFinite(a) ||
    !Number.isFinite(b) ||
    !Number.isFinite(c) ||
    a === 0 ||
    b === 0 ||
    c === 0
  )
    return a * b + c;
  const [ma, ea] = decompose(a),
    [mb, eb] = decompose(b),
    [mc, ec] = decompose(c);
  const ep = ea + eb;
  const e = Math.min(ep, ec);
  const sum = ((ma * mb) << BigInt(ep - e)) + (mc << BigInt(ec - e));
  if (sum === 0n) return 0;
  const neg = sum < 0n;
  let mag = neg ? -sum : sum;
  let exp = e;
  // Keep 60 significant bits with a sticky last bit (round to odd), so Number() rounds once, correctly.
  const len = mag.toString(2).length;
  if (len > 60) {
    const sh = BigInt(len - 60);
    const kept = mag >> sh;
    mag = kept | (kept << sh !== mag ? 1n : 0n);
    exp += len - 60;
  }
  const r = Number(mag) * 2 ** Math.max(exp, -1000) * 2 ** Math.min(exp + 1000, 0);
  return neg ? -r : r;
}

/** x = m · 2^e with integer m (BigInt, signed). */
function decompose(x: number): [bigint, number] {
  buf[0] = x;
  const b = bits[0]!;
  const expBits = Number((b >> 52n) & 0x7ffn);
  const frac = b & ((1n << 52n) - 1n);
  const m = expBits === 0 ? frac : frac | (1n << 52n);
  return [x < 0 ? -m : m, (expBits === 0 ? 1 : expBits) - 1075];
}

/**
 * Fused multiply-add RN(a·b + c) with one rounding, as the FMA instruction. Exact Dekker product, TwoSum,
 * then a round-to-odd correction; falls back to `fmaExact` where splitting could overflow or lose bits.
 */
export function fma(a: number, b: number, c: number): number {
  const p = a * b;
  if (c === 0 || a === 0 || b === 0 || !Number.isFinite(p) || !Number.isFinite(c)) return p + c;
  const ap = Math.abs(p),
    ac = Math.abs(c);
  if (
    ap < 1e-290 ||
    ap > 1e300 ||
    ac > 1e300 ||
    (ac < 1e-290 && ac !== 0) ||
    Math.abs(a) > 1e300 ||
    Math.abs(b) > 1e300
  ) {
    return fmaExact(a, b, c);
  }
  // Dekker: a·b = p + pe exactly.
  let t = SPLIT * a;
  const ah = t - (t - a),
    al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b),
    bl = b - bh;
  const pe = ah * bh - p + ah * bl + al * bh + al * bl;
  // TwoSum: c + p = sh + sl exactly.
  const sh = c + p;
  const bb = sh - c;
  const sl = c - (sh - bb) + (p - bb);
  return sh + addRoundToOdd(sl, pe);
}

/**
 * NumPy's `np.sum` of a contiguous float64 array: blocks of at most 128 summed with 8 interleaved
 * accumulators, larger arrays split in halves (multiple of 8) and summed recursively.
 */
export function pairwiseSum(x: ArrayLike<number>, start = 0, n = x.length - start): number {
  if (n < 8) {
    let s = 0;
    for (let i = 0; i < n; i++) s += x[start + i]!;
    return s;
  }
  if (n <= 128) {
    const r = new Float64Array(8);
    for (let j = 0; j < 8; j++) r[j] = x[start + j]!;
    let i = 8;
    for (; i < n - (n % 8); i += 8) for (let j = 0; j < 8; j++) r[j] += x[start + i + j]!;
    let s = r[0]! + r[1]! + (r[2]! + r[3]!) + (r[4]! + r[5]! + (r[6]! + r[7]!));
    for (; i < n; i++) s += x[start + i]!;
    return s;
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return pairwiseSum(x, start, n2) + pairwiseSum(x, start + n2, n - n2);
}

/**
 * `X @ w` rounded exactly as NumPy does it with single-threaded OpenBLAS on Haswell/SkylakeX/Zen kernels
 * (dgemv_t): for each row, the first d − d mod 4 products go to four FMA lanes (lane k takes entries
 * k, k+4, …), reduced as (l0 + l2) + (l1 + l3); rows left over from groups of four use SSE pairs
 * without FMA; the last d mod 4 entries are added by compiled C with contracted FMAs.
 * A single row (N = 1) goes through ddot instead, whose tail is one FMA chain (replayed for d < 16).
 * X is N×d (d < 2048; d < 16 when N = 1), w has length d; ShapeError otherwise.
 */
export function openblasMatvec(X: Matrix, w: ArrayLike<number>): Float64Array {
  const N = X.rows,
    d = X.cols,
    a = X.data;
  if (w.length !== d)
    throw new ShapeError(`openblasMatvec: shapes (${N}, ${d}) and (${w.length},) are not aligned`);
  if (d >= 2048)
    throw new ShapeError(
      `openblasMatvec: rows longer than 2047 (got ${d}) take OpenBLAS's blocked path, not replayed`
    );
  const y = new Float64Array(N);
  if (N === 1) {
    if (d >= 16)
      throw new ShapeError(
        `openblasMatvec: a single row of length ${d} ≥ 16 takes ddot's vector kernel, not replayed`
      );
    let s = 0;
    for (let i = 0; i < d; i++) s = fma(w[i]!, a[i]!, s);
    y[0] = s;
    return y;
  }
  const tail = d % 4,
    nb = d - tail;
  const n4 = N - (N % 4);
  if (nb > 0) {
    for (let j = 0; j < n4; j++) {
      const o = j * d;
      const lane = [0, 0, 0, 0];
      for (let i = 0; i < nb; i++) lane[i % 4] = fma(a[o + i]!, w[i]!, lane[i % 4]!);
      y[j] = lane[0]! + lane[2]! + (lane[1]! + lane[3]!);
    }
    let j = n4;
    if ((N % 4) & 2) {
      for (const r of [j, j + 1]) {
        const o = r * d;
        let l0 = 0,
          l1 = 0;
        for (let i = 0; i < nb; i += 2) {
          l0 += a[o + i]! * w[i]!;
          l1 += a[o + i + 1]! * w[i + 1]!;
        }
        y[r] = l0 + l1;
      }
      j += 2;
    }
    if ((N % 4) & 1) {
      const o = j * d;
      let a0 = 0,
        a1 = 0,
        b0 = 0,
        b1 = 0;
      for (let i = 0; i < nb; i += 4) {
        a0 += a[o + i]! * w[i]!;
        a1 += a[o + i + 1]! * w[i + 1]!;
        b0 += a[o + i + 2]! * w[i + 2]!;
        b1 += a[o + i + 3]! * w[i + 3]!;
      }
      y[j] = a0 + b0 + (a1 + b1);
    }
  }
  if (tail > 0) {
    for (let j = 0; j < N; j++) {
      const o = j * d + nb;
      if (tail === 1) y[j] = fma(a[o]!, w[nb]!, y[j]!);
      else if (tail === 2) y[j] = y[j]! + fma(a[o]!, w[nb]!, a[o + 1]! * w[nb + 1]!);
      else y[j] = y[j]! + fma(a[o + 2]!, w[nb + 2]!, fma(a[o]!, w[nb]!, a[o + 1]! * w[nb + 1]!));
    }
  }
  return y;
}
