// NumPy's SeedSequence (O'Neill's seed_seq hash mixing, as numpy/random/bit_generator.pyx): entropy → 4-word pool → state words.

const INIT_A = 0x43b0d7e5;
const MULT_A = 0x931e8875;
const INIT_B = 0x8b51f9dd;
const MULT_B = 0x58f38ded;
const MIX_MULT_L = 0xca01f9dd;
const MIX_MULT_R = 0x4973f715;
const POOL_SIZE = 4;

/** A seed as NumPy accepts it for `default_rng(seed)`: a non-negative integer, as number or bigint. */
export type Seed = number | bigint;

/**
 * Checks a seed and splits it into 32-bit words, least significant first (0 → [0]), as NumPy does.
 * Throws TypeError for a non-integer (fractional, NaN, ±Infinity, other types) and RangeError for a negative seed.
 */
export function seedWords(seed: Seed): Uint32Array {
  let n: bigint;
  if (typeof seed === "bigint") {
    n = seed;
  } else if (typeof seed === "number") {
    if (!Number.isInteger(seed))
      throw new TypeError(`seed must be a non-negative integer, got ${seed}`);
    n = BigInt(seed);
  } else {
    throw new TypeError(
      `seed must be a non-negative integer (number or bigint), got ${String(seed)} (${typeof seed})`
    );
  }
  if (n < 0n) throw new RangeError(`seed must be non-negative, got ${seed}`);
  const words: number[] = [];
  do {
    words.push(Number(n & 0xffffffffn));
    n >>= 32n;
  } while (n > 0n);
  return Uint32Array.from(words);
}

function mix(x: number, y: number): number {
  const r = (Math.imul(MIX_MULT_L, x) - Math.imul(MIX_MULT_R, y)) >>> 0;
  return (r ^ (r >>> 16)) >>> 0;
}

/** The 4-word entropy pool NumPy's SeedSequence builds from `seed` (no spawn key). */
export function seedPool(seed: Seed): Uint32Array {
  const entropy = seedWords(seed);
  let hashConst = INIT_A;
  const hashmix = (value: number): number => {
    let v = (value ^ hashConst) >>> 0;
    hashConst = Math.imul(hashConst, MULT_A) >>> 0;
    v = Math.imul(v, hashConst) >>> 0;
    return (v ^ (v >>> 16)) >>> 0;
  };
  const pool = new Uint32Array(POOL_SIZE);
  for (let i = 0; i < POOL_SIZE; i++) pool[i] = hashmix(i < entropy.length ? entropy[i]! : 0);
  for (let src = 0; src < POOL_SIZE; src++) {
    for (let dst = 0; dst < POOL_SIZE; dst++) {
      if (src !== dst) pool[dst] = mix(pool[dst]!, hashmix(pool[src]!));
    }
  }
  for (let src = POOL_SIZE; src < entropy.length; src++) {
    for (let dst = 0; dst < POOL_SIZE; dst++) pool[dst] = mix(pool[dst]!, hashmix(entropy[src]!));
  }
  return pool;
}

/** `SeedSequence(seed).generate_state(nWords, np.uint32)`: nWords 32-bit words drawn from the pool. */
export function generateState(seed: Seed, nWords: number): Uint32Array {
  const pool = seedPool(seed);
  let hashConst = INIT_B;
  const out = new Uint32Array(nWords);
  for (let i = 0; i < nWords; i++) {
    let v = (pool[i % POOL_SIZE]! ^ hashConst) >>> 0;
    hashConst = Math.imul(hashConst, MULT_B) >>> 0;
    v = Math.imul(v, hashConst) >>> 0;
    out[i] = (v ^ (v >>> 16)) >>> 0;
  }
  return out;
}
