import {describe, expect, it} from "vitest";
import {definiteness} from "../../../src/experiments/derivations/definiteness.js";
import {rbfKernel} from "../../../src/experiments/kernels.js";
import {gradQuartic, midpointGap, quartic} from "../../../src/experiments/derivations/convexity.js";
import {eigvalsh} from "../../../src/linalg/index.js";
import {defaultRng} from "../../../src/random/index.js";

describe("definiteness", () => {
  it("classifies by eigenvalue signs", () => {
    expect(definiteness([1, 2])).toBe("positive definite");
    expect(definiteness([0, 2])).toBe("positive semidefinite");
    expect(definiteness([-2, -2])).toBe("negative definite");
    expect(definiteness([-1, 0])).toBe("negative semidefinite");
    expect(definiteness([-1, 3])).toBe("indefinite");
    expect(definiteness([0, 0])).toBe("zero");
  });
  it("treats rounding-size eigenvalues as zero", () => {
    expect(definiteness([-1e-16, 2])).toBe("positive semidefinite");
    expect(definiteness([-1e-3, 2], 1e-12)).toBe("indefinite");
  });
});

describe("rbfKernel", () => {
  it("unit diagonal, symmetric, PSD on random points", () => {
    const K = rbfKernel(defaultRng(1).standardNormal([20, 3]), 0.5);
    for (let i = 0; i < 20; i++) expect(K.get(i, i)).toBe(1);
    expect(K.get(3, 7)).toBe(K.get(7, 3));
    expect(eigvalsh(K)[0]).toBeGreaterThan(-1e-12);
  });
  it("one entry by hand and bad γ", () => {
    expect(rbfKernel([[0, 0], [3, 4]], 0.1).get(0, 1)).toBeCloseTo(Math.exp(-2.5), 15);
    expect(() => rbfKernel([[0]], 0)).toThrow(RangeError);
  });
});

describe("quartic", () => {
  it("values, gradient, strict convexity on a segment", () => {
    expect(quartic([1, -2])).toBe(17);
    expect(Array.from(gradQuartic([1, -2]))).toEqual([4, -32]);
    expect(midpointGap(quartic, [-1, 0], [1, 0])).toBe(1);
    expect(midpointGap(quartic, [0.5, 0.5], [0.5, 0.5])).toBe(0);
    expect(() => midpointGap(quartic, [1], [1, 2])).toThrow(RangeError);
  });
});
