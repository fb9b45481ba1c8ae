import {describe, expect, it} from "vitest";
import {defaultRng} from "../../src/random/index.js";
import {EPS_MACHINE, gradientCheck, linearRegression, logSteps, optimalStep, stepSizeModel, stepSizeSweep} from "../../src/experiments/gradientCheck.js";
import {logLogSlope} from "../../src/experiments/leastSquares.js";

const rng = defaultRng(21);
const X = rng.standardNormal([50, 4]);
const y = rng.standardNormal(50);
const w = rng.standardNormal(4);

/** A smooth non-quadratic test function: f(x) = Σ exp(xᵢ/2) + (Σ xᵢ)³/6, with its gradient. */
const f = (x: Float64Array) => x.reduce((s, v) => s + Math.exp(v / 2), 0) + x.reduce((s, v) => s + v, 0) ** 3 / 6;
const df = (x: Float64Array) => {
  const t = x.reduce((s, v) => s + v, 0);
  return x.map((v) => Math.exp(v / 2) / 2 + (t * t) / 2);
};
const x0 = Float64Array.from([0.3, -0.2, 0.5]);

describe("linearRegression", () => {
  it("its gradient passes a finite-difference check; a gradient missing the 1/n factor fails it", () => {
    const {loss, grad} = linearRegression(X, y);
    expect(gradientCheck(loss, grad, w).relError).toBeLessThan(1e-7);
    const wrong = (v: Float64Array) => grad(v).map((g) => g * 50);
    expect(gradientCheck(loss, wrong, w).relError).toBeGreaterThan(0.5);
  });

  it("NumPy-order and library-order losses agree to round-off, but not necessarily bit for bit", () => {
    const a = linearRegression(X, y, {arithmetic: "numpy"}), b = linearRegression(X, y);
    expect(Math.abs(a.loss(w) - b.loss(w))).toBeLessThan(1e-14 * b.loss(w));
    const ga = a.grad(w), gb = b.grad(w);
    ga.forEach((v, i) => expect(Math.abs(v - gb[i]!)).toBeLessThan(1e-14));
    let differ = 0;
    for (let t = 0; t < 20; t++) {
      const v = rng.standardNormal(4);
      if (a.loss(v) !== b.loss(v)) differ++;
    }
    expect(differ).toBeGreaterThan(0);
  });

  it("refuses mismatched X and y", () => {
    expect(() => linearRegression(X, y.subarray(1))).toThrow(/\(50, 4\).*\(49,\)/);
  });
});

describe("stepSizeSweep", () => {
  const eps = logSteps(-12, -1, 34);
  const central = stepSizeSweep(f, df, x0, eps, "central");
  const forward = stepSizeSweep(f, df, x0, eps, "forward");

  it("large steps: truncation error slopes ≈ 2 (central) and ≈ 1 (forward) on log–log axes", () => {
    const big = (rows: typeof central) => rows.filter((r) => r.eps >= 1e-3).map((r) => ({x: r.eps, y: r.error}));
    expect(logLogSlope(big(central))).toBeGreaterThan(1.8);
    expect(logLogSlope(big(central))).toBeLessThan(2.2);
    expect(logLogSlope(big(forward))).toBeGreaterThan(0.85);
    expect(logLogSlope(big(forward))).toBeLessThan(1.15);
  });

  it("small steps: round-off error grows like 1/ε", () => {
    const small = (rows: typeof central) => rows.filter((r) => r.eps <= 1e-10).map((r) => ({x: r.eps, y: r.error}));
    expect(logLogSlope(small(central))).toBeLessThan(-0.6);
    expect(logLogSlope(small(forward))).toBeLessThan(-0.6);
  });

  it("the best measured step is near ∛ε_mach (central) and √ε_mach (forward), within a factor 30", () => {
    const argmin = (rows: typeof central) => rows.reduce((a, b) => (b.error < a.error ? b : a)).eps;
    expect(Math.abs(Math.log10(argmin(central) / Math.cbrt(EPS_MACHINE)))).toBeLessThan(1.5);
    expect(Math.abs(Math.log10(argmin(forward) / Math.sqrt(EPS_MACHINE)))).toBeLessThan(1.5);
    expect(Math.min(...central.map((r) => r.error))).toBeLessThan(Math.min(...forward.map((r) => r.error)) / 10);
  });

  it("a quadratic loss has no central truncation error: its check is round-off only, worse for smaller ε", () => {
    const {loss, grad} = linearRegression(X, y);
    const rows = stepSizeSweep(loss, grad, w, [1e-2, 1e-4, 1e-7, 1e-10], "central");
    expect(rows[0]!.error).toBeLessThan(1e-11);
    expect(rows[3]!.error).toBeGreaterThan(10 * rows[0]!.error);
  });

  it("refuses non-positive steps", () => {
    expect(() => stepSizeSweep(f, df, x0, [1e-3, 0], "central")).toThrow(RangeError);
  });
});

describe("stepSizeModel and optimalStep", () => {
  it("the model's minimum sits at optimalStep: ≈ 8.7e-6 central, ≈ 3.0e-8 forward with unit scales", () => {
    for (const scheme of ["central", "forward"] as const) {
      const h = optimalStep(scheme);
      const [lo, mid, hi] = stepSizeModel([h / 1.1, h, h * 1.1], scheme).map((r) => r.total);
      expect(mid!).toBeLessThan(lo!);
      expect(mid!).toBeLessThan(hi!);
    }
    expect(optimalStep("central")).toBeCloseTo(8.7e-6, 7);
    expect(optimalStep("forward")).toBeCloseTo(2.98e-8, 9);
    expect(optimalStep("central", {fScale: 8, derivScale: 1})).toBeCloseTo(2 * optimalStep("central"), 12);
  });

  it("truncation and round-off have the textbook shapes", () => {
    const [a, b] = stepSizeModel([1e-3, 1e-2], "central");
    expect(b!.truncation / a!.truncation).toBeCloseTo(100, 8);
    expect(a!.roundoff / b!.roundoff).toBeCloseTo(10, 8);
    const [c, d] = stepSizeModel([1e-3, 1e-2], "forward");
    expect(d!.truncation / c!.truncation).toBeCloseTo(10, 8);
    expect(c!.roundoff).toBeCloseTo(2 * a!.roundoff, 20);
  });
});
