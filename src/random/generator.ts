// NumPy's Generator over PCG64 (numpy.random.default_rng): the same seeds give the same draws, in the same order.
import {Matrix} from "../linalg/matrix.js";
import {boundedUint32, boundedUint64} from "./bounded.js";
import {PCG64} from "./pcg64.js";
import type {Seed} from "./seedSequence.js";
import {standardNormalDraw} from "./ziggurat.js";

/** Output size as NumPy's `size`: a count (→ Float64Array) or a shape [m, n] (→ Matrix, filled in C order). */
export type Size = number | readonly [number] | readonly [number, number];

/** What a draw returns for a given size: number when omitted, Float64Array for a count, Matrix for [m, n]. */
export type Drawn<S> = S extends undefined
  ? number
  : S extends readonly [number, number]
    ? Matrix
    : Float64Array;

function checkedCount(n: number, size: Size): number {
  if (!Number.isSafeInteger(n) || n < 0)
    throw new RangeError(`size must hold non-negative integers, got ${JSON.stringify(size)}`);
  return n;
}

function fill<S extends Size | undefined>(size: S, draw: () => number): Drawn<S> {
  if (size === undefined) return draw() as Drawn<S>;
  let out: Float64Array;
  let shape: [number, number] | null = null;
  if (typeof size === "number") {
    out = new Float64Array(checkedCount(size, size));
  } else if (Array.isArray(size) && size.length === 1) {
    out = new Float64Array(checkedCount(size[0] as number, size));
  } else if (Array.isArray(size) && size.length === 2) {
    shape = [checkedCount(size[0] as number, size), checkedCount(size[1] as number, size)];
    out = new Float64Array(shape[0] * shape[1]);
  } else {
    throw new RangeError(`size must be a count or a shape [m, n], got ${JSON.stringify(size)}`);
  }
  for (let i = 0; i < out.length; i++) out[i] = draw();
  return (shape ? new Matrix(shape[0], shape[1], out) : out) as Drawn<S>;
}

/**
 * A random generator reproducing NumPy's `Generator(PCG64(seed))` draw for draw.
 * Scalar parameters only (no broadcasting). Bad parameters throw RangeError (TypeError for non-integers)
 * with NumPy's condition in the message; nothing is drawn when a call throws.
 */
export class Generator {
  constructor(readonly bitGenerator: PCG64) {}

  /** The next n raw 64-bit words, as `bit_generator.random_raw(n)`. */
  randomRaw(n: number): BigUint64Array {
    const out = new BigUint64Array(checkedCount(n, n));
    for (let i = 0; i < n; i++) out[i] = this.bitGenerator.nextUint64();
    return out;
  }

  /** Uniform doubles in [0, 1) with 53 random bits, as `random(size)`. */
  random<S extends Size | undefined = undefined>(size?: S): Drawn<S> {
    const bg = this.bitGenerator;
    return fill(size as S, () => bg.nextDouble());
  }

  /** Standard normal draws (256-level ziggurat), as `standard_normal(size)`. */
  standardNormal<S extends Size | undefined = undefined>(size?: S): Drawn<S> {
    const bg = this.bitGenerator;
    return fill(size as S, () => standardNormalDraw(bg));
  }

  /** loc + scale · N(0, 1), as `normal(loc, scale, size)`. Throws RangeError if scale < 0 or NaN. */
  normal<S extends Size | undefined = undefined>(loc = 0, scale = 1, size?: S): Drawn<S> {
    if (!(scale >= 0)) throw new RangeError(`normal: scale < 0 (scale = ${scale})`);
    const bg = this.bitGenerator;
    return fill(size as S, () => loc + scale * standardNormalDraw(bg));
  }

  /** low + (high − low) · U[0, 1), as `uniform(low, high, size)`. Throws RangeError if high − low is negative or not finite. */
  uniform<S extends Size | undefined = undefined>(low = 0, high = 1, size?: S): Drawn<S> {
    const range = high - low;
    if (range < 0) throw new RangeError(`uniform: high - low < 0 (low = ${low}, high = ${high})`);
    if (!Number.isFinite(range))
      throw new RangeError(
        `uniform: high - low range exceeds valid bounds (low = ${low}, high = ${high})`
      );
    const bg = this.bitGenerator;
    return fill(size as S, () => low + range * bg.nextDouble());
  }

  /**
   * Integers in [low, high), as `integers(low, high, size)` with dtype int64; `high` omitted means [0, low).
   * Bounds are integers with |bound| ≤ 2^53, so every result is an exact double. Ranges up to 2^32 use buffered
   * 32-bit words, wider ones 64-bit words, as NumPy. Throws TypeError for non-integer bounds, RangeError if
   * low >= high or a bound is beyond 2^53.
   */
  integers<S extends Size | undefined = undefined>(low: number, high?: number, size?: S): Drawn<S> {
    if (high === undefined) [low, high] = [0, low];
    for (const [name, v] of [
      ["low", low],
      ["high", high]
    ] as const) {
      if (!Number.isInteger(v))
        throw new TypeError(`integers: ${name} must be an integer, got ${v}`);
      if (Math.abs(v) > 2 ** 53)
        throw new RangeError(`integers: |${name}| must be at most 2^53 (exact doubles), got ${v}`);
    }
    if (low >= high) throw new RangeError(`integers: low >= high (low = ${low}, high = ${high})`);
    const bg = this.bitGenerator;
    const off = low;
    const rng = BigInt(high) - BigInt(low) - 1n;
    if (rng <= 0xffffffffn) {
      const r = Number(rng);
      return fill(size as S, () => off + boundedUint32(bg, r));
    }
    return fill(size as S, () => Number(BigInt(off) + boundedUint64(bg, rng)));
  }
}

/**
 * `numpy.random.default_rng(seed)`: a Generator over PCG64 seeded through SeedSequence.
 * The seed is a non-negative integer (number or bigint, any size); a fractional or non-numeric seed
 * throws TypeError, a negative one RangeError.
 */
export function defaultRng(seed: Seed): Generator {
  return new Generator(new PCG64(seed));
}
