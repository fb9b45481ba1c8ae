// Bounded integers by Lemire's nearly divisionless method (Lemire 2019, "Fast Random Integer Generation in an Interval"), as NumPy's int64 Generator.integers.
import type {PCG64} from "./pcg64.js";

const UINT32_MAX = 0xffffffff;
const UINT64_MAX = (1n << 64n) - 1n;

/** High and low 32-bit halves of a·b for a, b < 2^32 (exact, via 16-bit splitting). */
function mul32(a: number, b: number): [number, number] {
  const p = (a >>> 16) * b;
  const q = (a & 0xffff) * b;
  const pLow = p % 65536;
  const mid = pLow * 65536 + q; // < 2^49, exact
  const low = mid % 4294967296;
  return [(p - pLow) / 65536 + (mid - low) / 4294967296, low];
}

/** Uniform integer in [0, rng] for 0 ≤ rng < 2^32, from 32-bit words (NumPy's buffered_bounded_lemire_uint32). */
export function boundedUint32(bg: PCG64, rng: number): number {
  if (rng === 0) return 0;
  if (rng === UINT32_MAX) return bg.nextUint32();
  const rngExcl = rng + 1;
  let [high, leftover] = mul32(bg.nextUint32(), rngExcl);
  if (leftover < rngExcl) {
    const threshold = (UINT32_MAX - rng) % rngExcl;
    while (leftover < threshold) [high, leftover] = mul32(bg.nextUint32(), rngExcl);
  }
  return high;
}

/** Uniform integer in [0, rng] for 2^32 ≤ rng < 2^64, from 64-bit words (NumPy's bounded_lemire_uint64). */
export function boundedUint64(bg: PCG64, rng: bigint): bigint {
  if (rng === UINT64_MAX) return bg.nextUint64();
  const rngExcl = rng + 1n;
  let m = bg.nextUint64() * rngExcl;
  if ((m & UINT64_MAX) < rngExcl) {
    const threshold = (UINT64_MAX - rng) % rngExcl;
    while ((m & UINT64_MAX) < threshold) m = bg.nextUint64() * rngExcl;
  }
  return m >> 64n;
}
