import {describe, expect, it} from "vitest";
import {smoothedBestStep} from "../../../src/experiments/derivations/bestStep.js";
import {logSteps, stepSizeSweep} from "../../../src/experiments/gradientCheck.js";
import {expSum, gradExpSum} from "../../../src/experiments/derivations/calculusExamples.js";

describe("smoothedBestStep", () => {
  it("finds the bottom of a clean V and ignores a single lucky row", () => {
    const rows = logSteps(-12, -1, 45).map((eps) => ({eps, error: 1e-16 / eps + eps * eps}));
    const clean = smoothedBestStep(rows);
    expect(Math.abs(Math.log10(clean / Math.cbrt(1e-16)))).toBeLessThan(0.3);
    const lucky = rows.map((r, i) => (i === 8 ? {...r, error: 1e-13} : r));   // a far-left row, by cancellation 100× below the true minimum
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
    const rows = [{eps: 3, error: 1}, {eps: 1, error: 2}, {eps: 2, error: 0}];
    const copy = rows.map((r) => ({...r}));
    expect(smoothedBestStep(rows, 1)).toBe(2);
    expect(rows).toEqual(copy);
    expect(() => smoothedBestStep(rows, 2)).toThrow(RangeError);
    expect(() => smoothedBestStep(rows, 0.5)).toThrow(RangeError);
  });
});
