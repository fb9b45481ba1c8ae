import {describe, expect, it} from "vitest";
import {PCG64, defaultRng, generateState, seedWords} from "../../src/random/index.js";
import {fixtures} from "./fixtures.js";

const seedOf = (s: string) => BigInt(s);

describe("SeedSequence + PCG64 seeding", () => {
  it("splits seeds into 32-bit words, least significant first", () => {
    expect(Array.from(seedWords(0))).toEqual([0]);
    expect(Array.from(seedWords(2 ** 40 + 7))).toEqual([7, 256]);
    expect(Array.from(seedWords((1n << 64n) + 5n))).toEqual([5, 0, 1]);
  });

  it("reaches NumPy's initial PCG64 state for every fixture seed", () => {
    for (const f of fixtures.seeds) {
      const s = new PCG64(seedOf(f.seed)).state;
      expect({seed: f.seed, state: s.state.toString(), inc: s.inc.toString()}).toEqual({
        seed: f.seed,
        state: f.initialState.state,
        inc: f.initialState.inc
      });
    }
  });

  it("treats a number seed and the equal bigint alike, and different seeds differently", () => {
    expect(generateState(2 ** 40 + 7, 8)).toEqual(generateState(2n ** 40n + 7n, 8));
    expect(generateState(1, 8)).not.toEqual(generateState(2, 8));
  });

  it("refuses negative, fractional and non-numeric seeds, naming the seed", () => {
    expect(() => defaultRng(-1)).toThrow(RangeError);
    expect(() => defaultRng(-1)).toThrow(/-1/);
    expect(() => defaultRng(-5n)).toThrow(RangeError);
    expect(() => defaultRng(1.5)).toThrow(TypeError);
    expect(() => defaultRng(1.5)).toThrow(/1\.5/);
    expect(() => defaultRng(NaN)).toThrow(TypeError);
    expect(() => defaultRng(Infinity)).toThrow(TypeError);
    expect(() => defaultRng("42" as unknown as number)).toThrow(TypeError);
  });
});

describe("PCG64 output", () => {
  it("reproduces random_raw exactly", () => {
    for (const f of fixtures.seeds) {
      const raw = Array.from(defaultRng(seedOf(f.seed)).randomRaw(f.raw.length), String);
      expect(raw).toEqual(f.raw);
    }
  });

  it("reproduces random() exactly, as (next64 >> 11)·2^-53", () => {
    for (const f of fixtures.seeds) {
      expect(Array.from(defaultRng(seedOf(f.seed)).random(f.random.length))).toEqual(f.random);
      const g = defaultRng(seedOf(f.seed));
      expect(g.random()).toBe(f.random[0]);
      expect(g.random()).toBe(f.random[1]);
    }
  });

  it("round-trips its state, and a copy continues the same stream", () => {
    const g = new PCG64(42);
    g.nextUint32();
    const copy = PCG64.fromState(g.state);
    expect(copy.state).toEqual(g.state);
    for (let i = 0; i < 5; i++) expect(copy.nextUint32()).toBe(g.nextUint32());
    expect(() => PCG64.fromState({...g.state, inc: 2n})).toThrow(RangeError);
  });
});
