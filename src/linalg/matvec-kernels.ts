// Matrix–vector products on flat row-major arrays, four rows per pass (Golub & Van Loan 4th ed. §1.1, row-oriented gaxpy and dot forms).
// Each runs its WASM SIMD kernel when its arrays live in the kernels' memory.
import {addr, wasmFor} from "./kernels.js";

/** acc[j] += Σ_r w[r][col]·w[r][c0 + j] over rows r0..r1−1 (j < width): Aᵀv for v stored in column `col`, four rows per pass. */
export function accumulateRows(
  w: Float64Array,
  n: number,
  r0: number,
  r1: number,
  col: number,
  c0: number,
  width: number,
  acc: Float64Array
): void {
  const wasm = wasmFor(w, acc);
  if (wasm) {
    if (r1 > r0 && width > 0) wasm.accumulateRows(addr(w), n, r0, r1, col, c0, width, addr(acc));
    return;
  }
  let r = r0;
  for (; r + 3 < r1; r += 4) {
    const o0 = r * n + c0,
      o1 = o0 + n,
      o2 = o1 + n,
      o3 = o2 + n;
    const f0 = w[r * n + col]!,
      f1 = w[(r + 1) * n + col]!,
      f2 = w[(r + 2) * n + col]!,
      f3 = w[(r + 3) * n + col]!;
    for (let j = 0; j < width; j++)
      acc[j] += f0 * w[o0 + j]! + f1 * w[o1 + j]! + f2 * w[o2 + j]! + f3 * w[o3 + j]!;
  }
  for (; r < r1; r++) {
    const o = r * n + c0,
      f = w[r * n + col]!;
    for (let j = 0; j < width; j++) acc[j] += f * w[o + j]!;
  }
}

/** out[r·ld + at] = Σ_j w[r][c0 + j]·u[j] for rows r0..r1−1 (j < width): A·u, four rows per pass. */
export function rowDots(
  w: Float64Array,
  n: number,
  r0: number,
  r1: number,
  c0: number,
  width: number,
  u: Float64Array,
  out: Float64Array,
  ld: number,
  at: number
): void {
  const wasm = wasmFor(w, u, out);
  if (wasm) {
    if (r1 > r0) wasm.rowDots(addr(w), n, r0, r1, c0, width, addr(u), addr(out), ld, at);
    return;
  }
  let r = r0;
  for (; r + 3 < r1; r += 4) {
    const o0 = r * n + c0,
      o1 = o0 + n,
      o2 = o1 + n,
      o3 = o2 + n;
    let s0 = 0,
      s1 = 0,
      s2 = 0,
      s3 = 0;
    for (let j = 0; j < width; j++) {
      const x = u[j]!;
      s0 += x * w[o0 + j]!;
      s1 += x * w[o1 + j]!;
      s2 += x * w[o2 + j]!;
      s3 += x * w[o3 + j]!;
    }
    out[r * ld + at] = s0;
    out[(r + 1) * ld + at] = s1;
    out[(r + 2) * ld + at] = s2;
    out[(r + 3) * ld + at] = s3;
  }
  for (; r < r1; r++) {
    const o = r * n + c0;
    let s = 0;
    for (let j = 0; j < width; j++) s += u[j]! * w[o + j]!;
    out[r * ld + at] = s;
  }
}
