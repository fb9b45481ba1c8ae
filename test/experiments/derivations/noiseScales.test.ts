import {describe, expect, it} from "vitest";
import {noiseEdge, noiseErrorPrediction} from "../../../src/experiments/derivations/noiseScales.js";
import {lstsq, matvec, norm, scale, svd, vadd, vsub} from "../../../src/linalg/index.js";
import {defaultRng} from "../../../src/random/index.js";

describe("noise scales", () => {
  it("noiseEdge predicts σ₁ of a Gaussian matrix within a few percent", () => {
    const s = svd(scale(0.5, defaultRng(1).standardNormal([200, 150])), {computeUV: false}).s;
    expect(noiseEdge(0.5, 200, 150)).toBeCloseTo(0.5 * (Math.sqrt(200) + Math.sqrt(150)), 12);
    expect(Math.abs(s[0]! / noiseEdge(0.5, 200, 150) - 1)).toBeLessThan(0.05);
  });
  it("noiseErrorPrediction: orthonormal columns give σ√n; the RMS error over draws matches", () => {
    expect(noiseErrorPrediction([[1, 0], [0, 1], [0, 0]], 0.3)).toBeCloseTo(0.3 * Math.SQRT2, 14);
    const r = defaultRng(2), A = r.standardNormal([30, 4]), x = r.standardNormal(4);
    let ss = 0;
    for (let t = 0; t < 400; t++) ss += norm(vsub(lstsq(A, vadd(matvec(A, x), scale(0.1, r.standardNormal([30, 1])).col(0))).x, x)) ** 2;
    expect(Math.sqrt(ss / 400) / noiseErrorPrediction(A, 0.1)).toBeGreaterThan(0.9);
    expect(Math.sqrt(ss / 400) / noiseErrorPrediction(A, 0.1)).toBeLessThan(1.1);
  });
});
