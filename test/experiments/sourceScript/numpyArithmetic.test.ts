import {describe, expect, it} from "vitest";
import {Matrix} from "../../../src/linalg/index.js";
import {defaultRng} from "../../../src/random/index.js";
import {
  fma,
  fmaExact,
  openblasMatvec,
  pairwiseSum
} from "../../../src/experiments/sourceScript/numpyArithmetic.js";
import fc from "fast-check";
import fixture from "../../fixtures/article_arithmetic.json";

describe("fma (round-to-odd emulation)", () => {
  it("matches exact rational fused multiply-adds computed by Python's fractions, both implementations", () => {
    for (const [a, b, c, want] of fixture.fma as number[][]) {
      expect(Object.is(fmaExact(a!, b!, c!), want) || fmaExact(a!, b!, c!) === want).toBe(true);
      expect(fma(a!, b!, c!)).toBe(want);
    }
  });

  it("recovers a product's rounding error exactly: fma(a, b, −a·b) is the TwoProduct error term", () => {
    const a = 1 + 2 ** -30,
      b = 1 - 2 ** -29;
    // a·b = 1 − 2^-30 − 2^-59 exactly; the double product rounds the last term away.
    expect(fma(a, b, -(a * b))).toBe(-(2 ** -59));
    expect(fma(a, b, -(a * b))).not.toBe(a * b - a * b);
  });

  it("agrees with the BigInt reference on random triples, including near-cancellation and ties", () => {
    const finite = fc.double({noNaN: true, noDefaultInfinity: true, min: -1e150, max: 1e150});
    fc.assert(
      fc.property(finite, finite, finite, fc.boolean(), (a, b, c, cancel) => {
        const cc = cancel ? -(a * b) + c * 2 ** -60 : c;
        expect(fma(a, b, cc)).toBe(fmaExact(a, b, cc));
      }),
      {numRuns: 3000}
    );
  });

  it("differs from a·b + c where double rounding bites (so the emulation is not a no-op)", () => {
    const rng = defaultRng(3);
    let differ = 0;
    for (let i = 0; i < 2000; i++) {
      const [a, b, c] = rng.standardNormal(3);
      if (fma(a!, b!, c!) !== a! * b! + c!) differ++;
    }
    expect(differ).toBeGreaterThan(50);
  });
});

describe("pairwiseSum (np.sum)", () => {
  it("reproduces np.sum bit for bit on lengths around the 8-lane and 128-block boundaries", () => {
    for (const c of fixture.sums) {
      const x = defaultRng(c.seed).standardNormal(c.length);
      expect(pairwiseSum(x)).toBe(c.sum);
      expect(pairwiseSum(x.map((v) => v * v))).toBe(c.sumSquares);
    }
  });

  it("is not plain left-to-right summation (the fixture would not distinguish otherwise)", () => {
    let differ = 0;
    for (const c of fixture.sums) {
      const x = defaultRng(c.seed).standardNormal(c.length);
      let s = 0;
      for (const v of x) s += v;
      if (s !== c.sum) differ++;
    }
    expect(differ).toBeGreaterThan(3);
  });
});

describe("openblasMatvec (NumPy X @ w on OpenBLAS Haswell-class dgemv_t, one thread)", () => {
  it(`reproduces NumPy's X @ w bit for bit for every shape in the fixture (made with BLAS core ${fixture.environment.blasCore})`, () => {
    let mismatches = 0;
    for (const c of fixture.gemv) {
      const g = defaultRng(c.seed);
      const X = g.standardNormal([c.rows, c.cols]);
      if (c.rows === 1 && c.cols >= 16) {
        expect(() => openblasMatvec(X, g.standardNormal(c.cols))).toThrow(/ddot/);
        continue;
      }
      const w = g.standardNormal(c.cols);
      const y = openblasMatvec(X, w);
      for (let i = 0; i < c.rows; i++) if (y[i] !== c.y[i]) mismatches++;
    }
    expect(mismatches).toBe(0);
  });

  it("rejects mismatched shapes and does not mutate its inputs", () => {
    const X = Matrix.from([
      [1, 2],
      [3, 4]
    ]);
    const before = X.data.slice();
    expect(() => openblasMatvec(X, [1, 2, 3])).toThrow(/\(2, 2\) and \(3,\)/);
    expect(Array.from(openblasMatvec(X, [1, 1]))).toEqual([3, 7]);
    expect(X.data).toEqual(before);
  });
});
