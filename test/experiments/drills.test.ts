import {describe, expect, it} from "vitest";
import {Matrix} from "../../src/linalg/index.js";
import {
  answerMatches,
  choleskyDrill,
  formatMatrix,
  olsGradientDrill,
  parseNumbers,
  quadraticGradientDrill,
  rankDrill,
  sameDirection,
  secondDifferences,
  singularValueDrill,
  symmetricEigenDrill
} from "../../src/experiments/drills.js";

function rng(seed: number) {
  let s = seed;
  return {
    integers: (lo: number, hi: number) =>
      lo + ((s = (s * 1103515245 + 12345) % 2147483648) % (hi - lo))
  };
}

describe("drill generators", () => {
  it("give symmetric 2×2 problems whose trace and determinant match the stated eigenvalues", () => {
    for (let seed = 1; seed < 30; seed++) {
      const {
        A,
        eigenvalues: [a, b]
      } = symmetricEigenDrill(rng(seed));
      expect(A.get(0, 1)).toBe(A.get(1, 0));
      expect(A.get(0, 0) + A.get(1, 1)).toBe(a + b);
      expect(A.get(0, 0) * A.get(1, 1) - A.get(0, 1) ** 2).toBeCloseTo(a * b, 12);
    }
  });
  it("give gradients that match finite differences", () => {
    const {A, b, x, gradient} = quadraticGradientDrill(rng(7));
    const f = (v: number[]) =>
      v.reduce((s, vi, i) => s + b[i]! * vi + vi * (A.get(i, 0) * v[0]! + A.get(i, 1) * v[1]!), 0);
    for (let i = 0; i < 2; i++) {
      const e = [0, 0];
      e[i] = 1e-4;
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
      const {
        A,
        singularValues: [s1, s2]
      } = singularValueDrill(rng(seed));
      const det = A.get(0, 0) * A.get(1, 1) - A.get(0, 1) * A.get(1, 0);
      expect(det).not.toBe(0);
      expect(s1 * s2).toBeCloseTo(Math.abs(det), 10);
      expect(s1 * s1 + s2 * s2).toBeCloseTo(
        A.data.reduce((s, v) => s + v * v, 0),
        10
      );
      expect(s1).toBeGreaterThanOrEqual(s2);
    }
  });
  it("formats a matrix as aligned rows", () => {
    expect(
      formatMatrix(
        Matrix.from([
          [1, -2.5],
          [10, -0.0001]
        ])
      )
    ).toBe("[    1  -2.5 ]\n[   10     0 ]");
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

describe("worked-solution fields", () => {
  it("give OLS problems of full column rank whose closed form zeroes the gradient", () => {
    for (let seed = 1; seed < 30; seed++) {
      const {X, y, closedForm, hessian} = olsGradientDrill(rng(seed));
      expect(hessian.get(0, 0) * hessian.get(1, 1) - hessian.get(0, 1) ** 2).not.toBe(0);
      const r = [0, 1, 2].map(
        (i) => X.get(i, 0) * closedForm[0]! + X.get(i, 1) * closedForm[1]! - y[i]!
      );
      for (let j = 0; j < 2; j++)
        expect(r.reduce((s, ri, i) => s + X.get(i, j) * ri, 0)).toBeCloseTo(0, 10);
    }
  });
  it("give an eigenvector for the larger eigenvalue, and trace/det that match", () => {
    for (let seed = 1; seed < 40; seed++) {
      const {
        A,
        eigenvalues: [lo, hi],
        topVector: [p, q],
        trace,
        det
      } = symmetricEigenDrill(rng(seed));
      expect(Math.hypot(p, q)).toBeGreaterThan(0);
      expect([Number.isInteger(p), Number.isInteger(q)]).toEqual([true, true]);
      expect(A.get(0, 0) * p + A.get(0, 1) * q - hi * p).toBeCloseTo(0, 12);
      expect(A.get(1, 0) * p + A.get(1, 1) * q - hi * q).toBeCloseTo(0, 12);
      expect([trace, det]).toEqual([lo + hi + 0, lo * hi + 0]);
    }
  });
  it("give A + Aᵀ, the wrong 2Ax + b, det and ‖A‖_F², and the leading minors", () => {
    const q = quadraticGradientDrill(rng(9));
    expect(q.symmetricPart.get(0, 1)).toBe(q.A.get(0, 1) + q.A.get(1, 0));
    expect(q.wrongGradient[0]).toBe(
      2 * (q.A.get(0, 0) * q.x[0]! + q.A.get(0, 1) * q.x[1]!) + q.b[0]!
    );
    const s = singularValueDrill(rng(4));
    expect(s.det).toBe(s.A.get(0, 0) * s.A.get(1, 1) - s.A.get(0, 1) * s.A.get(1, 0));
    expect(s.frobenius2).toBe(s.A.data.reduce((t, v) => t + v * v, 0));
    const c = choleskyDrill(rng(6));
    expect(c.leadingMinors).toEqual([
      c.A.get(0, 0),
      c.A.get(0, 0) * c.A.get(1, 1) - c.A.get(0, 1) ** 2
    ]);
  });
  it("checks a direction up to sign and length", () => {
    expect(sameDirection([-2, 4], [1, -2])).toBe(true);
    expect(sameDirection([1, 2], [2, 1])).toBe(false);
    expect(sameDirection([0, 0], [1, 0])).toBe(false);
    expect(sameDirection([1], [1, 0])).toBe(false);
  });
});

describe("secondDifferences", () => {
  it("is exact for a quadratic, off for a quartic", () => {
    const f = (x: Float64Array): number =>
      3 * x[0]! ** 2 + 2 * x[0]! * x[1]! - x[1]! ** 2 + 5 * x[0]!;
    expect(secondDifferences(f, [2, -1]).toArray()).toEqual([
      [6, 2],
      [2, -2]
    ]);
    const g = (x: Float64Array): number => x[0]! ** 4;
    expect(secondDifferences(g, [0], 1).get(0, 0)).toBe(14);
  });
});
