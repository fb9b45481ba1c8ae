// PCG64 = PCG XSL-RR 128/64 (O'Neill 2014, "PCG: A Family of Simple Fast Space-Efficient Statistically Good Algorithms"), as NumPy's PCG64.
import {generateState, type Seed} from "./seedSequence.js";

const MASK128 = (1n << 128n) - 1n;

type Limbs = [number, number, number, number, number, number, number, number];

/** Split a 128-bit bigint into eight 16-bit limbs, least significant first. */
function toLimbs(x: bigint): Limbs {
  const l = (i: number) => Number((x >> BigInt(16 * i)) & 0xffffn);
  return [l(0), l(1), l(2), l(3), l(4), l(5), l(6), l(7)];
}

function fromLimbs(l: Limbs): bigint {
  let x = 0n;
  for (let i = 7; i >= 0; i--) x = (x << 16n) | BigInt(l[i]!);
  return x;
}

/** The full generator state, as NumPy's `bit_generator.state["state"]` plus the 32-bit buffer. */
export interface PCG64State {
  /** 128-bit LCG state. */
  state: bigint;
  /** 128-bit odd increment. */
  inc: bigint;
  /** Whether the upper half of the last 64-bit draw is waiting to be used by `nextUint32`. */
  hasUint32: boolean;
  /** That buffered upper half (0 when hasUint32 is false). */
  uinteger: number;
}

/**
 * PCG64 bit generator. The 128-bit state lives in eight 16-bit limbs so each step is exact
 * double arithmetic (no BigInt in the hot path). After `step()`, the 64-bit output is `hi * 2^32 + lo`.
 */
export class PCG64 {
  // state and increment as 16-bit limbs, least significant first (plain fields: fastest in V8)
  private s0 = 0;
  private s1 = 0;
  private s2 = 0;
  private s3 = 0;
  private s4 = 0;
  private s5 = 0;
  private s6 = 0;
  private s7 = 0;
  private c0 = 0;
  private c1 = 0;
  private c2 = 0;
  private c3 = 0;
  private c4 = 0;
  private c5 = 0;
  private c6 = 0;
  private c7 = 0;
  private hasUint32 = false;
  private uinteger = 0;
  /** Upper 32 bits of the latest output (unsigned). */
  hi = 0;
  /** Lower 32 bits of the latest output (unsigned). */
  lo = 0;

  /** Seed as `np.random.PCG64(seed)`: SeedSequence(seed).generate_state(4, uint64) → (state, increment). */
  constructor(seed: Seed) {
    const w = generateState(seed, 8);
    const u = (i: number) => BigInt(w[2 * i]!) | (BigInt(w[2 * i + 1]!) << 32n);
    const initState = (u(0) << 64n) | u(1);
    const initSeq = (u(2) << 64n) | u(3);
    this.setLimbs(0n, (initSeq << 1n) | 1n);
    this.step();
    this.setLimbs(this.stateBig() + initState, this.incBig());
    this.step();
  }

  /** A generator at an exact state (as assigning NumPy's `bit_generator.state`); `inc` must be odd. */
  static fromState(s: PCG64State): PCG64 {
    const g = new PCG64(0);
    g.state = s;
    return g;
  }

  get state(): PCG64State {
    return {
      state: this.stateBig(),
      inc: this.incBig(),
      hasUint32: this.hasUint32,
      uinteger: this.uinteger
    };
  }

  /** Assign an exact state; throws RangeError if the increment is even (PCG needs an odd one). */
  set state(s: PCG64State) {
    if ((s.inc & 1n) === 0n) throw new RangeError(`PCG64: increment must be odd, got ${s.inc}`);
    this.setLimbs(s.state, s.inc);
    this.hasUint32 = s.hasUint32;
    this.uinteger = s.uinteger >>> 0;
  }

  private setLimbs(state: bigint, inc: bigint): void {
    const [s0, s1, s2, s3, s4, s5, s6, s7] = toLimbs(state & MASK128);
    const [c0, c1, c2, c3, c4, c5, c6, c7] = toLimbs(inc & MASK128);
    this.s0 = s0;
    this.s1 = s1;
    this.s2 = s2;
    this.s3 = s3;
    this.s4 = s4;
    this.s5 = s5;
    this.s6 = s6;
    this.s7 = s7;
    this.c0 = c0;
    this.c1 = c1;
    this.c2 = c2;
    this.c3 = c3;
    this.c4 = c4;
    this.c5 = c5;
    this.c6 = c6;
    this.c7 = c7;
  }

  private stateBig(): bigint {
    return fromLimbs([this.s0, this.s1, this.s2, this.s3, this.s4, this.s5, this.s6, this.s7]);
  }

  private incBig(): bigint {
    return fromLimbs([this.c0, this.c1, this.c2, this.c3, this.c4, this.c5, this.c6, this.c7]);
  }

  /** Advance the LCG (state = state·MULT + inc mod 2^128) and set `hi`, `lo` to the XSL-RR output. */
  step(): void {
    // limb k of state·MULT + inc: at most eight 16×16-bit products plus a carry, exact below 2^53.
    // The hex constants are the 16-bit limbs, least significant first, of PCG's 128-bit multiplier
    // 2549297995355413924·2^64 + 4865540595714422341 (0x2360ed051fc65da4_4385df649fccf645).
    const a0 = this.s0,
      a1 = this.s1,
      a2 = this.s2,
      a3 = this.s3,
      a4 = this.s4,
      a5 = this.s5,
      a6 = this.s6,
      a7 = this.s7;
    let sum: number, carry: number;
    sum = this.c0 + a0 * 0xf645;
    carry = Math.floor(sum / 65536);
    const t0 = sum - carry * 65536;
    sum = this.c1 + carry + a0 * 0x9fcc + a1 * 0xf645;
    carry = Math.floor(sum / 65536);
    const t1 = sum - carry * 65536;
    sum = this.c2 + carry + a0 * 0xdf64 + a1 * 0x9fcc + a2 * 0xf645;
    carry = Math.floor(sum / 65536);
    const t2 = sum - carry * 65536;
    sum = this.c3 + carry + a0 * 0x4385 + a1 * 0xdf64 + a2 * 0x9fcc + a3 * 0xf645;
    carry = Math.floor(sum / 65536);
    const t3 = sum - carry * 65536;
    sum = this.c4 + carry + a0 * 0x5da4 + a1 * 0x4385 + a2 * 0xdf64 + a3 * 0x9fcc + a4 * 0xf645;
    carry = Math.floor(sum / 65536);
    const t4 = sum - carry * 65536;
    sum =
      this.c5 +
      carry +
      a0 * 0x1fc6 +
      a1 * 0x5da4 +
      a2 * 0x4385 +
      a3 * 0xdf64 +
      a4 * 0x9fcc +
      a5 * 0xf645;
    carry = Math.floor(sum / 65536);
    const t5 = sum - carry * 65536;
    sum =
      this.c6 +
      carry +
      a0 * 0xed05 +
      a1 * 0x1fc6 +
      a2 * 0x5da4 +
      a3 * 0x4385 +
      a4 * 0xdf64 +
      a5 * 0x9fcc +
      a6 * 0xf645;
    carry = Math.floor(sum / 65536);
    const t6 = sum - carry * 65536;
    sum =
      this.c7 +
      carry +
      a0 * 0x2360 +
      a1 * 0xed05 +
      a2 * 0x1fc6 +
      a3 * 0x5da4 +
      a4 * 0x4385 +
      a5 * 0xdf64 +
      a6 * 0x9fcc +
      a7 * 0xf645;
    const t7 = sum - Math.floor(sum / 65536) * 65536;
    this.s0 = t0;
    this.s1 = t1;
    this.s2 = t2;
    this.s3 = t3;
    this.s4 = t4;
    this.s5 = t5;
    this.s6 = t6;
    this.s7 = t7;
    const xHi = ((t7 * 65536 + t6) ^ (t3 * 65536 + t2)) >>> 0;
    const xLo = ((t5 * 65536 + t4) ^ (t1 * 65536 + t0)) >>> 0;
    const rot = t7 >>> 10;
    if (rot === 0) {
      this.hi = xHi;
      this.lo = xLo;
    } else if (rot < 32) {
      this.hi = ((xHi >>> rot) | (xLo << (32 - rot))) >>> 0;
      this.lo = ((xLo >>> rot) | (xHi << (32 - rot))) >>> 0;
    } else if (rot === 32) {
      this.hi = xLo;
      this.lo = xHi;
    } else {
      const r = rot - 32;
      this.hi = ((xLo >>> r) | (xHi << (32 - r))) >>> 0;
      this.lo = ((xHi >>> r) | (xLo << (32 - r))) >>> 0;
    }
  }

  /** Next 64-bit output as a bigint (NumPy's `random_raw()`); for tests and display, not hot loops. */
  nextUint64(): bigint {
    this.step();
    return (BigInt(this.hi) << 32n) | BigInt(this.lo);
  }

  /** Next double in [0, 1): (next64 >> 11) · 2^-53. */
  nextDouble(): number {
    this.step();
    return (this.hi * 2097152 + (this.lo >>> 11)) * 2 ** -53;
  }

  /** Next 32-bit output: the low half of a fresh 64-bit draw, then its buffered high half (NumPy's next_uint32). */
  nextUint32(): number {
    if (this.hasUint32) {
      this.hasUint32 = false;
      return this.uinteger;
    }
    this.step();
    this.hasUint32 = true;
    this.uinteger = this.hi;
    return this.lo;
  }
}
