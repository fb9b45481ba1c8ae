import {describe, expect, it} from "vitest";
import {jacobian, numericalGradient, numericalGradientMatrix} from "../../src/calculus/index.js";
import {defaultRng} from "../../src/random/index.js";
import {
  EPS_MACHINE,
  expSum,
  fOuter,
  gInner,
  gradExpSum,
  gradF,
  gradientCheck,
  jacobianG,
  layerBackward,
  layerLoss,
  linearRegression,
  logSteps,
  optimalStep,
  regressionStepSweep,
  smoothedBestStep,
  stepSizeModel,
  stepSizeSweep,
  twoLayerLoss,
  twoLayerBackward,
  mixedPartial,
  schwarzCounterexample
} from "../../src/experiments/gradients.js";
import {logLogSlope} from "../../src/experiments/leastSquares.js";
import {maxAbsDiff} from "../../src/experiments/compare.js";

const rng = defaultRng(21);
const X = rng.standardNormal([50, 4]);
const y = rng.standardNormal(50);
const w = rng.standardNormal(4);

/** A smooth non-quadratic test function: f(x) = Σ exp(xᵢ/2) + (Σ xᵢ)³/6, with its gradient. */
const f = (x: Float64Array) =>
  x.reduce((s, v) => s + Math.exp(v / 2), 0) + x.reduce((s, v) => s + v, 0) ** 3 / 6;
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
    const a = linearRegression(X, y, {arithmetic: "numpy"}),
      b = linearRegression(X, y);
    expect(Math.abs(a.loss(w) - b.loss(w))).toBeLessThan(1e-14 * b.loss(w));
    const ga = a.grad(w),
      gb = b.grad(w);
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
    const big = (rows: typeof central) =>
      rows.filter((r) => r.eps >= 1e-3).map((r) => ({x: r.eps, y: r.error}));
    expect(logLogSlope(big(central))).toBeGreaterThan(1.8);
    expect(logLogSlope(big(central))).toBeLessThan(2.2);
    expect(logLogSlope(big(forward))).toBeGreaterThan(0.85);
    expect(logLogSlope(big(forward))).toBeLessThan(1.15);
  });

  it("small steps: round-off error grows like 1/ε", () => {
    const small = (rows: typeof central) =>
      rows.filter((r) => r.eps <= 1e-10).map((r) => ({x: r.eps, y: r.error}));
    expect(logLogSlope(small(central))).toBeLessThan(-0.6);
    expect(logLogSlope(small(forward))).toBeLessThan(-0.6);
  });

  it("the best measured step is near ∛ε_mach (central) and √ε_mach (forward), within a factor 30", () => {
    const argmin = (rows: typeof central) => rows.reduce((a, b) => (b.error < a.error ? b : a)).eps;
    expect(Math.abs(Math.log10(argmin(central) / Math.cbrt(EPS_MACHINE)))).toBeLessThan(1.5);
    expect(Math.abs(Math.log10(argmin(forward) / Math.sqrt(EPS_MACHINE)))).toBeLessThan(1.5);
    expect(Math.min(...central.map((r) => r.error))).toBeLessThan(
      Math.min(...forward.map((r) => r.error)) / 10
    );
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

  it("regressionStepSweep, from data alone: round-off only, in either arithmetic", () => {
    for (const arithmetic of ["library", "numpy"] as const) {
      const rows = regressionStepSweep(X, y, w, [1e-2, 1e-10], {arithmetic});
      expect(rows.map((r) => r.scheme)).toEqual(["central", "central"]);
      expect(rows[0]!.error).toBeLessThan(1e-11);
      expect(rows[1]!.error).toBeGreaterThan(10 * rows[0]!.error);
    }
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
    expect(optimalStep("central", {fScale: 8, derivScale: 1})).toBeCloseTo(
      2 * optimalStep("central"),
      12
    );
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

describe("one dense tanh layer", () => {
  const rng = defaultRng(5);
  const W = rng.standardNormal([3, 4]),
    b = rng.standardNormal(3),
    x = rng.standardNormal(4),
    t = rng.standardNormal(3);

  it("loss is ½‖tanh(Wx + b) − t‖² (zero weights: ½‖t‖²)", () => {
    expect(
      layerLoss(
        [
          [0, 0, 0, 0],
          [0, 0, 0, 0],
          [0, 0, 0, 0]
        ],
        [0, 0, 0],
        x,
        t
      )
    ).toBeCloseTo(0.5 * t.reduce((s, v) => s + v * v, 0), 14);
  });

  it("equation 7 matches finite differences for W and b", () => {
    const {dW, db} = layerBackward(W, b, x, t);
    const fdW = numericalGradientMatrix((V) => layerLoss(V, b, x, t), W);
    const fdb = numericalGradient((c) => layerLoss(W, c, x, t), b);
    dW.data.forEach((v, i) => expect(v).toBeCloseTo(fdW.data[i]!, 8));
    db.forEach((v, i) => expect(v).toBeCloseTo(fdb[i]!, 8));
  });
});

describe("worked functions", () => {
  it("the worked functions' hand derivatives match finite differences", () => {
    const x = [0.3, -1.2, 0.7];
    jacobianG(x).data.forEach((v, i) => expect(v).toBeCloseTo(jacobian(gInner, x).data[i]!, 8));
    gradF([1.5, -0.4]).forEach((v, i) =>
      expect(v).toBeCloseTo(numericalGradient(fOuter, [1.5, -0.4])[i]!, 8)
    );
    gradExpSum(x).forEach((v, i) => expect(v).toBeCloseTo(numericalGradient(expSum, x)[i]!, 8));
  });
});

describe("smoothedBestStep", () => {
  it("finds the bottom of a clean V and ignores a single lucky row", () => {
    const rows = logSteps(-12, -1, 45).map((eps) => ({eps, error: 1e-16 / eps + eps * eps}));
    const clean = smoothedBestStep(rows);
    expect(Math.abs(Math.log10(clean / Math.cbrt(1e-16)))).toBeLessThan(0.3);
    const lucky = rows.map((r, i) => (i === 8 ? {...r, error: 1e-13} : r)); // a far-left row, by cancellation 100× below the true minimum
    expect(lucky.reduce((p, q) => (q.error < p.error ? q : p)).eps).toBe(rows[8].eps);
    expect(smoothedBestStep(lucky)).toBe(clean);
  });

  it("central differences of Σ exp(xᵢ): smoothed best step within 10^0.6 of ∛ε_mach for x₀ ∈ [−2, 2]", () => {
    for (let k = -20; k <= 20; k++) {
      const x = [k / 10, k / 10, k / 10];
      const best = smoothedBestStep(stepSizeSweep(expSum, gradExpSum, x, logSteps(-12, -1, 45)));
      expect(Math.abs(Math.log10(best / Math.cbrt(Number.EPSILON)))).toBeLessThan(0.6);
    }
  });

  it("does not mutate its input and refuses short or bad windows", () => {
    const rows = [
      {eps: 3, error: 1},
      {eps: 1, error: 2},
      {eps: 2, error: 0}
    ];
    const copy = rows.map((r) => ({...r}));
    expect(smoothedBestStep(rows, 1)).toBe(2);
    expect(rows).toEqual(copy);
    expect(() => smoothedBestStep(rows, 2)).toThrow(RangeError);
    expect(() => smoothedBestStep(rows, 0.5)).toThrow(RangeError);
  });
});

describe("twoLayerBackward", () => {
  it("matches finite differences of twoLayerLoss in both weight matrices", () => {
    const g = defaultRng(61);
    const W1 = g.standardNormal([4, 3]),
      W2 = g.standardNormal([2, 4]);
    const x = g.standardNormal(3),
      t = g.standardNormal(2);
    const {dW1, dW2} = twoLayerBackward(W1, W2, x, t);
    const fd1 = numericalGradientMatrix((M) => twoLayerLoss(M, W2, x, t), W1);
    const fd2 = numericalGradientMatrix((M) => twoLayerLoss(W1, M, x, t), W2);
    expect(maxAbsDiff(dW1, fd1)).toBeLessThan(1e-8);
    expect(maxAbsDiff(dW2, fd2)).toBeLessThan(1e-8);
  });
});

describe("mixedPartial", () => {
  it("is symmetric for a smooth f and not for Schwarz's counterexample at 0", () => {
    const f = (x: number, y: number) => Math.sin(x * y) + x * x * y;
    expect(mixedPartial(f, [0.3, -0.2], 0, 1)).toBeCloseTo(mixedPartial(f, [0.3, -0.2], 1, 0), 5);
    expect(mixedPartial(schwarzCounterexample, [0, 0], 0, 1)).toBeCloseTo(-1, 5);
    expect(mixedPartial(schwarzCounterexample, [0, 0], 1, 0)).toBeCloseTo(1, 5);
  });
});
