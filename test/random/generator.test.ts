import {describe, expect, it} from "vitest";
import {Matrix} from "../../src/linalg/index.js";
import {defaultRng} from "../../src/random/index.js";
import {fixtures} from "./fixtures.js";

describe("sizes and C order", () => {
  it("returns a number, a Float64Array or a Matrix according to size", () => {
    const g = defaultRng(3);
    expect(typeof g.standardNormal()).toBe("number");
    expect(g.random(4)).toBeInstanceOf(Float64Array);
    expect(g.random([4]).length).toBe(4);
    const m = g.uniform(0, 1, [2, 5]);
    expect(m).toBeInstanceOf(Matrix);
    expect(m.shape).toEqual([2, 5]);
    expect(g.standardNormal(0).length).toBe(0);
    expect(g.standardNormal([0, 3]).shape).toEqual([0, 3]);
  });

  it("fills a matrix row by row from the same stream as a vector (NumPy's C order)", () => {
    const v = defaultRng(11).standardNormal(12);
    const m = defaultRng(11).standardNormal([3, 4]);
    expect(m.get(1, 0)).toBe(v[4]);
    expect(m.get(2, 3)).toBe(v[11]);
    expect(Array.from(m.data)).toEqual(Array.from(v));
  });

  it("matches NumPy's standard_normal((3, 4)) entry for entry", () => {
    for (const f of fixtures.seeds)
      expect(Array.from(defaultRng(BigInt(f.seed)).standardNormal([3, 4]).data)).toEqual(f.matrix);
  });

  it("refuses bad sizes, naming them", () => {
    const g = defaultRng(0);
    expect(() => g.random(-1)).toThrow(RangeError);
    expect(() => g.random(2.5)).toThrow(/2\.5/);
    expect(() => g.random([2, -3])).toThrow(/\[2,-3\]/);
    expect(() => g.random([1, 2, 3] as unknown as [number, number])).toThrow(RangeError);
  });
});

describe("uniform", () => {
  it("matches NumPy's uniform(low, high) exactly", () => {
    for (const f of fixtures.seeds)
      expect(Array.from(defaultRng(BigInt(f.seed)).uniform(-2, 5, f.uniform.length))).toEqual(
        f.uniform
      );
  });

  it("refuses a negative or infinite range, allows an empty one", () => {
    expect(() => defaultRng(0).uniform(1, 0)).toThrow(/high - low < 0/);
    expect(() => defaultRng(0).uniform(0, Infinity)).toThrow(/exceeds valid bounds/);
    expect(defaultRng(0).uniform(2, 2)).toBe(2);
  });
});

describe("integers", () => {
  it("replays NumPy's interleaved integers/random calls (shared 32-bit buffer, 32- and 64-bit Lemire paths)", () => {
    for (const script of fixtures.integers) {
      const g = defaultRng(BigInt(script.seed));
      for (const step of script.steps) {
        let got: number[];
        if (step.op === "random") got = [g.random()];
        else if (step.size === null || step.size === undefined)
          got = [step.high === null ? g.integers(step.low!) : g.integers(step.low!, step.high!)];
        else got = Array.from(g.integers(step.low!, step.high!, step.size));
        expect({step, got}).toEqual({step, got: step.values});
      }
      const s = g.bitGenerator.state;
      expect({
        state: s.state.toString(),
        inc: s.inc.toString(),
        hasUint32: s.hasUint32,
        uinteger: s.uinteger
      }).toEqual(script.finalState);
    }
  });

  it("stays within [low, high) and reaches both ends of a small range", () => {
    const x = defaultRng(5).integers(-3, 4, 2000);
    expect(Math.min(...x)).toBe(-3);
    expect(Math.max(...x)).toBe(3);
    expect(x.every(Number.isInteger)).toBe(true);
  });

  it("refuses empty ranges and non-integer bounds", () => {
    expect(() => defaultRng(0).integers(5, 5)).toThrow(/low >= high/);
    expect(() => defaultRng(0).integers(0)).toThrow(/low >= high/);
    expect(() => defaultRng(0).integers(0, 1.5)).toThrow(TypeError);
    expect(() => defaultRng(0).integers(0, 2 ** 60)).toThrow(RangeError);
    expect(() => defaultRng(0).integers(NaN, 3)).toThrow(TypeError);
  });
});
