import {describe, expect, it} from "vitest";
import {Matrix} from "../../../src/linalg/index.js";
import {gdQuadratic, gdStepsToTolerance} from "../../../src/experiments/deepdive/gd.js";
import {formAlongCircle} from "../../../src/experiments/deepdive/quadratic.js";
import {quadraticGrid} from "../../../src/experiments/derivations/quadric.js";
import {diagonalRescale} from "../../../src/experiments/deepdive/rescale.js";

describe("quadratic grid", () => {
  it("samples xᵀHx at cell centres, y by row", () => {
    const g = quadraticGrid([[1, 0], [0, -1]], [0, 0], 0, [-1, 1, -1, 1], 2);
    // cell centres ±0.5: x² − y² = 0 everywhere
    expect(Array.from(g.values)).toEqual([0, 0, 0, 0]);
    const h = quadraticGrid([[0, 1], [3, 0]], [0, 0], 0, [-1, 1, -1, 1], 2); // 4xy
    expect(Array.from(h.values)).toEqual([1, -1, -1, 1]);
  });
});

describe("form along the circle", () => {
  it("evaluates xᵀMx at unit vectors, non-symmetric M included", () => {
    const rows = formAlongCircle([[1, 0], [1, 0]]);
    expect(rows).toHaveLength(181);
    expect(rows[0]!.value).toBe(1);
    expect(rows[90]!.value).toBeCloseTo(0, 15);
    expect(rows[135]!.value).toBeCloseTo(0, 15);
    expect(Math.min(...rows.map((r) => r.value))).toBeLessThan(0);
  });
});

describe("gradient descent on a quadratic", () => {
  it("contracts at max|1 − ηλ|", () => {
    const H = Matrix.from([[10, 0], [0, 1]]);
    expect(gdQuadratic(H, [1, 1], 2 / 11, 40).rate).toBeCloseTo(9 / 11, 10);
    expect(gdQuadratic(H, [1, 1], 1 / 10, 200).rate).toBeCloseTo(0.9, 10);
    expect(gdStepsToTolerance(H, [1, 1], 1 / 10, 1e-6)).toBe(Math.ceil(Math.log(1e-6 * Math.SQRT2) / Math.log(0.9)));
  });
});

describe("diagonal rescaling", () => {
  it("makes an axis-aligned Hessian the identity and leaves unit diagonal otherwise", () => {
    expect(Array.from(diagonalRescale([[100, 0], [0, 1]]).data)).toEqual([1, 0, 0, 1]);
    const R = diagonalRescale([[4, 2], [2, 9]]);
    expect(R.get(0, 1)).toBeCloseTo(2 / 6, 15);
    expect(R.get(1, 1)).toBe(1);
  });
});
