import {describe, expect, it} from "vitest";
import {lpUnitSphere, mapCurve, parallelogram, unitCircle} from "../../../src/experiments/derivations/shapes.js";
import {norm} from "../../../src/linalg/index.js";

describe("planar shapes", () => {
  it("unitCircle closes and has unit radius", () => {
    const c = unitCircle(12);
    expect(c).toHaveLength(13);
    expect(c[12]!.x).toBeCloseTo(c[0]!.x, 14);
    for (const p of c) expect(Math.hypot(p.x, p.y)).toBeCloseTo(1, 14);
  });

  it("lpUnitSphere points have unit p-norm, for p = 1, 3, ∞ and the non-norm p = 0.5", () => {
    for (const p of [1, 3, Infinity, 0.5]) {
      for (const q of lpUnitSphere(p, 40)) {
        const r = p === Infinity ? Math.max(Math.abs(q.x), Math.abs(q.y)) : (Math.abs(q.x) ** p + Math.abs(q.y) ** p) ** (1 / p);
        expect(r).toBeCloseTo(1, 12);
      }
    }
    expect(() => lpUnitSphere(0)).toThrow(RangeError);
  });

  it("the ℓ1 sphere has its corners on the axes", () => {
    const pts = lpUnitSphere(1, 8);
    expect(pts[2]!.x).toBeCloseTo(0, 14);
    expect(pts[2]!.y).toBeCloseTo(1, 14);
  });

  it("parallelogram visits 0, u, u+v, v, 0", () => {
    expect(parallelogram([1, 0], [0.5, 2]).map((p) => [p.x, p.y])).toEqual([[0, 0], [1, 0], [1.5, 2], [0.5, 2], [0, 0]]);
  });

  it("mapCurve applies the matrix and keeps the index; refuses non-2×2", () => {
    const out = mapCurve([[2, 1], [0, 3]], [{x: 1, y: 1, i: 7}]);
    expect(out).toEqual([{x: 3, y: 3, i: 7}]);
    expect(norm([out[0]!.x, out[0]!.y])).toBeCloseTo(Math.hypot(3, 3), 14);
    expect(() => mapCurve([[1, 2, 3], [4, 5, 6]], [])).toThrow(RangeError);
  });
});
