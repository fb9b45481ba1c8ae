import {describe, expect, it} from "vitest";
import {pairCosines, rootMeanSquare} from "../../../src/experiments/derivations/cosines.js";
import {defaultRng} from "../../../src/random/index.js";

describe("pairCosines / rootMeanSquare", () => {
  it("cosines of hand-made pairs", () => {
    const c = pairCosines([[1, 0], [0, 2], [1, 1], [-3, -3], [1, 0], [1, 1], [9, 9]]);
    expect(c).toHaveLength(3);
    expect(c[0]).toBe(0);
    expect(c[1]).toBeCloseTo(-1, 15);
    expect(c[2]).toBeCloseTo(Math.SQRT1_2, 15);
  });
  it("random pairs in ℝ^d have cosine spread near 1/√d", () => {
    for (const d of [4, 100]) {
      const s = rootMeanSquare(pairCosines(defaultRng(d).standardNormal([4000, d])));
      expect(Math.abs(s * Math.sqrt(d) - 1)).toBeLessThan(0.06);
    }
  });
  it("rootMeanSquare", () => {
    expect(rootMeanSquare([3, -4])).toBeCloseTo(Math.sqrt(12.5), 15);
    expect(rootMeanSquare([])).toBeNaN();
  });
});
