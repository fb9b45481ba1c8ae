import {describe, expect, it} from "vitest";
import {Matrix} from "../../../src/linalg/index.js";
import {answerMatches, choleskyDrill, formatMatrix, singularValueDrill, olsGradientDrill, parseNumbers, quadraticGradientDrill, rankDrill, symmetricEigenDrill} from "../../../src/experiments/deepdive/drills.js";

function rng(seed: number) {
  let s = seed;
  return {integers: (lo: number, hi: number) => lo + ((s = (s * 1103515245 + 12345) % 2147483648) % (hi - lo))};
}

describe("drill generators", () => {
  it("give symmetric 2×2 problems whose trace and determinant match the stated eigenvalues", () => {
    for (let seed = 1; seed < 30; seed++) {
      const {A, eigenvalues: [a, b]} = symmetricEigenDrill(rng(seed));
      expect(A.get(0, 1)).toBe(A.get(1, 0));
      expect(A.get(0, 0) + A.get(1, 1)).toBe(a + b);
      expect(A.get(0, 0) * A.get(1, 1) - A.get(0, 1) ** 2).toBeCloseTo(a * b, 12);
    }
  });
  it("give gradients that match finite differences", () => {
    const {A, b, x, gradient} = quadraticGradientDrill(rng(7));
    const f = (v: number[]) => v.reduce((s, vi, i) => s + b[i]! * vi + vi * (A.get(i, 0) * v[0]! + A.get(i, 1) * v[1]!), 0);
    for (let i = 0; i < 2; i++) {
      const e = [0, 0]; e[i] = 1e-4;
      const fd = (f([x[0]! + e[0]!, x[1]! + e[1]!]) - f([x[0]! - e[0]!, x[1]! - e[1]!])) / 2e-4;
      expect(gradient[i]).toBeCloseTo(fd, 6);
    }
    const o = olsGradientDrill(rng(3));
    expect(o.hessian.get(0, 1)).toBe(o.hessian.get(1, 0));
    expect(o.gradient.length).toBe(2);
  });
  it("give Cholesky factors with a positive diagonal and rank problems built to a rank", () => {
    const {A, L} = choleskyDrill(rng(5));
    expect(L.get(0, 0)).toBeGreaterThan(0);
    expect(A.get(0, 0)).toBe(L.get(0, 0) ** 2);
    const r = rankDrill(rng(11));
    expect(r.A).toBeInstanceOf(Matrix);
    expect([1, 2, 3]).toContain(r.builtRank);
  });
});

describe("singular values and display", () => {
  it("gives σ with σ₁σ₂ = |det| and σ₁² + σ₂² = ‖A‖_F²", () => {
    for (let seed = 1; seed < 20; seed++) {
      const {A, singularValues: [s1, s2]} = singularValueDrill(rng(seed));
      const det = A.get(0, 0) * A.get(1, 1) - A.get(0, 1) * A.get(1, 0);
      expect(det).not.toBe(0);
      expect(s1 * s2).toBeCloseTo(Math.abs(det), 10);
      expect(s1 * s1 + s2 * s2).toBeCloseTo(A.data.reduce((s, v) => s + v * v, 0), 10);
      expect(s1).toBeGreaterThanOrEqual(s2);
    }
  });
  it("formats a matrix as aligned rows", () => {
    expect(formatMatrix(Matrix.from([[1, -2.5], [10, -0.0001]]))).toBe("[    1  -2.5 ]\n[   10     0 ]");
  });
});

describe("answer parsing", () => {
  it("reads integers, decimals, fractions and the unicode minus", () => {
    expect(parseNumbers("−3, 4.5 and 1/4; -2e1")).toEqual([-3, 4.5, 0.25, -20]);
    expect(answerMatches([5, -1], [-1, 5], {unordered: true})).toBe(true);
    expect(answerMatches([5, -1], [-1, 5])).toBe(false);
    expect(answerMatches([1], [1, 2])).toBe(false);
  });
});
