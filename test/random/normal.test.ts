import {afterAll, describe, expect, it} from "vitest";
import {Generator, PCG64, defaultRng} from "../../src/random/index.js";
import {fixtures, streams, ulpDistance} from "./fixtures.js";

// Over all normal draws compared below: how many are bit-identical, and the worst ulp distance.
const tally = {draws: 0, identical: 0, worstUlp: 0};
afterAll(() =>
  console.log(
    `standard normal vs NumPy: ${tally.identical}/${tally.draws} bit-identical, worst ${tally.worstUlp} ulp`
  )
);

/** Count agreement; every draw must be within 4 ulp. Returns the number of non-identical draws. */
function compare(actual: ArrayLike<number>, expected: ArrayLike<number>): number {
  expect(actual.length).toBe(expected.length);
  let off = 0;
  for (let i = 0; i < expected.length; i++) {
    const d = ulpDistance(actual[i]!, expected[i]!);
    tally.draws++;
    if (d === 0) tally.identical++;
    else off++;
    tally.worstUlp = Math.max(tally.worstUlp, d);
    if (d > 4) expect.fail(`draw ${i}: ${actual[i]} vs NumPy ${expected[i]} (${d} ulp)`);
  }
  return off;
}

const crafted = (c: {state: string; inc: string}) =>
  new Generator(
    PCG64.fromState({state: BigInt(c.state), inc: BigInt(c.inc), hasUint32: false, uinteger: 0})
  );

describe("standardNormal against NumPy", () => {
  it("matches the first draws for every fixture seed", () => {
    for (const f of fixtures.seeds)
      expect(
        compare(
          defaultRng(BigInt(f.seed)).standardNormal(f.standardNormal.length),
          f.standardNormal
        )
      ).toBe(0);
  });

  it("matches long streams (fast, wedge and tail paths) without losing sync", () => {
    for (const s of streams()) {
      const g = defaultRng(BigInt(s.seed));
      const off = compare(g.standardNormal(s.count), s.standardNormal);
      expect(off / s.count).toBeLessThan(1e-3);
      // the same number of 64-bit words was consumed
      expect(Array.from(g.randomRaw(4), String)).toEqual(s.afterRaw);
    }
  });

  it("matches draws that start in the tail (log1p path) and stays in sync", () => {
    let off = 0;
    for (const c of fixtures.crafted.tail) {
      const g = crafted(c);
      off += compare(g.standardNormal(3), c.standardNormal);
      expect(g.bitGenerator.state.state.toString()).toBe(c.after);
    }
    expect(off / (3 * fixtures.crafted.tail.length)).toBeLessThan(1e-2);
  });

  it("matches draws that start in a wedge (exp test) and stays in sync", () => {
    for (const c of fixtures.crafted.wedge) {
      const g = crafted(c);
      expect(compare(g.standardNormal(3), c.standardNormal)).toBe(0);
      expect(g.bitGenerator.state.state.toString()).toBe(c.after);
    }
  });

  it("normal(loc, scale) is loc + scale·z", () => {
    for (const f of fixtures.seeds)
      expect(compare(defaultRng(BigInt(f.seed)).normal(3, 0.5, f.normal.length), f.normal)).toBe(0);
    const z = defaultRng(7).standardNormal(5);
    const y = defaultRng(7).normal(-1, 2, 5);
    for (let i = 0; i < 5; i++) expect(y[i]).toBe(-1 + 2 * z[i]!);
    expect(() => defaultRng(0).normal(0, -1)).toThrow(/scale < 0/);
    expect(() => defaultRng(0).normal(0, NaN)).toThrow(RangeError);
  });
});

describe("the article script's draw sequence (default_rng(42))", () => {
  it("reproduces first, last entries and sums of each draw, then the next draws", () => {
    const {article} = fixtures;
    const g = defaultRng(article.seed);
    for (const d of article.draws) {
      const a =
        d.shape.length === 2
          ? g.standardNormal([d.shape[0]!, d.shape[1]!]).data
          : g.standardNormal(d.shape[0]!);
      expect(a.length).toBe(d.shape.reduce((x, y) => x * y, 1));
      expect(Array.from(a.subarray(0, 3))).toEqual(d.first);
      expect(Array.from(a.subarray(a.length - 3))).toEqual(d.last);
      expect(a.reduce((x, y) => x + y, 0)).toBeCloseTo(d.sum, 10);
    }
    expect(Array.from(g.standardNormal(4))).toEqual(article.next);
  });
});

describe("speed", () => {
  it("draws 10^6 standard normals well within a second", () => {
    const g = defaultRng(0);
    g.standardNormal(1000);
    const t0 = performance.now();
    const z = g.standardNormal(1_000_000);
    const ms = performance.now() - t0;
    console.log(`10^6 standard normals: ${ms.toFixed(0)} ms`);
    expect(z.length).toBe(1_000_000);
    expect(ms).toBeLessThan(1000);
  });
});
