import {describe, expect, it} from "vitest";
import {articleScript} from "../../../src/experiments/sourceScript/script.js";
import fixture from "../../fixtures/article.json";

// The fixture is what NumPy/SciPy print for the article's section-7 script (test/fixtures/make_article_fixture.py).

const ours = articleScript();

describe("articleScript against NumPy's output (seed 42)", () => {
  it("prints the same lines as NumPy, digit for digit", () => {
    expect(ours.lines).toEqual(fixture.lines);
  });

  it("Eckart–Young rows, κ values and the two LS errors agree with NumPy's raw values to tight tolerance", () => {
    fixture.eckartYoung.forEach((want, i) => {
      const got = ours.eckartYoung[i]!;
      expect(got.k).toBe(want.k);
      expect(Math.abs(got.actual - want.actual) / want.actual).toBeLessThan(1e-12);
      expect(Math.abs(got.theory - want.theory) / want.theory).toBeLessThan(1e-12);
    });
    fixture.singularValues.forEach((s, i) =>
      expect(Math.abs(ours.singularValues[i]! - s)).toBeLessThan(1e-12 * fixture.singularValues[0]!)
    );
    const ls = fixture.leastSquares;
    for (const key of ["kappaA", "kappaAtA", "normalError", "qrError"] as const) {
      expect(Math.abs(ours.leastSquares[key] - ls[key]) / ls[key]).toBeLessThan(1e-12);
    }
  });

  it("the gradient check's numeric gradient is bit-identical to NumPy's (the loss is rounded in NumPy/OpenBLAS order)", () => {
    expect(Array.from(ours.gradientCheck.numeric)).toEqual(fixture.gradientCheck.numeric);
    expect(
      Math.abs(ours.gradientCheck.error - fixture.gradientCheck.error) / fixture.gradientCheck.error
    ).toBeLessThan(1e-6);
  });

  it.each(fixture.otherSeeds.map((o) => [o.seed, o] as const))(
    "seed %i prints NumPy's lines too",
    (seed, want) => {
      expect(articleScript({seed}).lines).toEqual(want.lines);
    }
  );
});

describe("what the article's numbers actually show", () => {
  it("κ(A) ≈ 1.6 in the QR experiment, so κ(AᵀA) = κ(A)² ≈ 2.5 is harmless", () => {
    expect(ours.leastSquares.kappaA).toBeGreaterThan(1.5);
    expect(ours.leastSquares.kappaA).toBeLessThan(1.7);
    expect(ours.leastSquares.kappaAtA / ours.leastSquares.kappaA ** 2).toBeCloseTo(1, 12);
  });

  it("both LS errors (~4e-2) measure the noise against x_true, not round-off: they agree to ~1e-13, contrary to 'QR is 1–2 orders more accurate'", () => {
    const {normalError, qrError, normalVsExact, qrVsExact} = ours.leastSquares;
    expect(normalError).toBeGreaterThan(1e-2);
    expect(Math.abs(normalError - qrError) / qrError).toBeLessThan(1e-12);
    // The round-off part, measured against the exact LS solution, is 12+ orders smaller than what is printed.
    expect(normalVsExact).toBeLessThan(1e-14);
    expect(qrVsExact).toBeLessThan(1e-14);
  });

  it("Eckart–Young: actual and theory agree to round-off (relative gap < 1e-13)", () => {
    for (const r of ours.eckartYoung) expect(r.relativeGap).toBeLessThan(1e-13);
  });

  it("the gradient-check figure (~1e-8, not the ~1e-9 the text suggests) is pure round-off: another summation order moves it", () => {
    const {error, errorLibraryOrder} = ours.gradientCheck;
    expect(error).toBeGreaterThan(1e-9);
    expect(error).toBeLessThan(1e-7);
    expect(errorLibraryOrder).not.toBe(error);
    expect(errorLibraryOrder).toBeGreaterThan(1e-10);
    expect(errorLibraryOrder).toBeLessThan(1e-7);
  });
});

describe("articleScript options", () => {
  it("other sizes run and keep the table's shape; bad k is refused", () => {
    const r = articleScript({
      m: 40,
      n: 30,
      trueRank: 5,
      ks: [1, 5, 6],
      lsM: 30,
      lsN: 5,
      gradN: 20,
      gradD: 3,
      seed: 1
    });
    expect(r.eckartYoung.map((row) => row.k)).toEqual([1, 5, 6]);
    expect(r.lines.length).toBe(1 + 3 + 1 + 3 + 1 + 1);
    expect(r.options.noise).toBe(0.5);
    expect(() => articleScript({ks: [81]})).toThrow(RangeError);
  });
});
