import {describe, expect, it} from "vitest";
import {lassoPath, ridgePath, zeroFromLambda} from "../../../src/experiments/derivations/regularizationPath.js";
import {lstsq, matmul, transpose, vsub} from "../../../src/linalg/index.js";
import {defaultRng} from "../../../src/random/index.js";

describe("regularization paths", () => {
  const rng = defaultRng(9);
  const X = rng.standardNormal([50, 6]);
  const y = rng.standardNormal(50);

  it("lasso satisfies its optimality (KKT) conditions and is sparse at a moderate λ", () => {
    const [pt] = lassoPath(X, y, [0.1]);
    const g = matmul(transpose(X), vsub(y, matmul(X, pt!.w))).map((v) => v / 50);
    pt!.w.forEach((wj, j) => {
      if (wj === 0) expect(Math.abs(g[j]!)).toBeLessThanOrEqual(0.1 + 1e-9);
      else expect(g[j]!).toBeCloseTo(0.1 * Math.sign(wj), 9);
    });
    expect(pt!.w.some((v) => v === 0)).toBe(true);
  });

  it("a huge λ zeroes every coefficient; λ → 0 approaches least squares", () => {
    expect(Array.from(lassoPath(X, y, [10])[0]!.w)).toEqual([0, 0, 0, 0, 0, 0]);
    const ls = lstsq(X, y).x as Float64Array;
    lassoPath(X, y, [1e-9])[0]!.w.forEach((v, i) => expect(v).toBeCloseTo(ls[i]!, 6));
    ridgePath(X, y, [1e-12])[0]!.w.forEach((v, i) => expect(v).toBeCloseTo(ls[i]!, 8));
  });

  it("ridge shrinks but keeps every coefficient non-zero", () => {
    const [small, big] = ridgePath(X, y, [0.01, 10]);
    expect(big!.w.every((v) => v !== 0)).toBe(true);
    expect(Math.hypot(...big!.w)).toBeLessThan(Math.hypot(...small!.w));
  });

  it("zeroFromLambda: where a coefficient stays at 0 for good", () => {
    const pt = (lambda: number, w: number[]) => ({lambda, w: Float64Array.from(w)});
    expect(zeroFromLambda([pt(0.1, [1, 2]), pt(0.5, [1, 0]), pt(0.3, [1, 0]), pt(0.2, [1, 0.1])], 1)).toBe(0.3);
    expect(zeroFromLambda([pt(0.1, [1, 0]), pt(0.5, [1, 0.2]), pt(0.3, [1, 0])], 1)).toBeNaN();
    expect(zeroFromLambda([pt(0.1, [0, 0]), pt(0.5, [0, 0])], 0)).toBe(0.1);
  });
});
