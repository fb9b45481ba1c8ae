import {describe, expect, it} from "vitest";
import {
  Matrix,
  cond,
  diag,
  eigvalsh,
  lstsq,
  matmul,
  matvec,
  norm,
  qr,
  scale,
  svd,
  vadd,
  vsub
} from "../../src/linalg/index.js";
import {defaultRng} from "../../src/random/index.js";
import {
  amplification,
  amplificationSweep,
  diagonalRescale,
  digitsLost,
  gdQuadratic,
  gdStepsToTolerance,
  noiseEdge,
  noiseErrorPrediction,
  spdWithCondition,
  withCondition,
  worstCasePerturbation
} from "../../src/experiments/conditioning.js";

describe("withCondition", () => {
  it("withCondition hits the requested κ and refuses bad shapes", () => {
    const r = defaultRng(8);
    expect(
      cond(withCondition(r.standardNormal([12, 5]), r.standardNormal([5, 5]), 1e6))
    ).toBeCloseTo(1e6, -1);
    expect(() => withCondition(r.standardNormal([3, 5]), r.standardNormal([5, 5]), 10)).toThrow(
      RangeError
    );
    expect(() => withCondition(r.standardNormal([6, 5]), r.standardNormal([5, 5]), 0.5)).toThrow(
      RangeError
    );
  });
});

describe("digitsLost", () => {
  it("digitsLost: κ as prescribed, error grows with κ and stays under n·κ·ε", () => {
    const r = defaultRng(3);
    const rows = digitsLost(
      r.standardNormal([10, 10]),
      r.standardNormal([10, 10]),
      r.standardNormal(10),
      12
    );
    expect(rows.map((d) => d.k)).toEqual(Array.from({length: 13}, (_, k) => k));
    rows.forEach((d) => expect(d.kappa / 10 ** d.k).toBeCloseTo(1, 3));
    rows.forEach((d) => expect(d.err).toBeLessThan(10 * d.kappa * Number.EPSILON));
    expect(rows[12]!.err).toBeGreaterThan(1e3 * rows[0]!.err);
    expect(() =>
      digitsLost(r.standardNormal([4, 3]), r.standardNormal([3, 3]), [1, 2, 3], 2)
    ).toThrow(RangeError);
  });
});

describe("noise scales", () => {
  it("noiseEdge predicts σ₁ of a Gaussian matrix within a few percent", () => {
    const s = svd(scale(0.5, defaultRng(1).standardNormal([200, 150])), {computeUV: false}).s;
    expect(noiseEdge(0.5, 200, 150)).toBeCloseTo(0.5 * (Math.sqrt(200) + Math.sqrt(150)), 12);
    expect(Math.abs(s[0]! / noiseEdge(0.5, 200, 150) - 1)).toBeLessThan(0.05);
  });
  it("noiseErrorPrediction: orthonormal columns give σ√n; the RMS error over draws matches", () => {
    expect(
      noiseErrorPrediction(
        [
          [1, 0],
          [0, 1],
          [0, 0]
        ],
        0.3
      )
    ).toBeCloseTo(0.3 * Math.SQRT2, 14);
    const r = defaultRng(2),
      A = r.standardNormal([30, 4]),
      x = r.standardNormal(4);
    let ss = 0;
    for (let t = 0; t < 400; t++)
      ss +=
        norm(
          vsub(lstsq(A, vadd(matvec(A, x), scale(0.1, r.standardNormal([30, 1])).col(0))).x, x)
        ) ** 2;
    expect(Math.sqrt(ss / 400) / noiseErrorPrediction(A, 0.1)).toBeGreaterThan(0.9);
    expect(Math.sqrt(ss / 400) / noiseErrorPrediction(A, 0.1)).toBeLessThan(1.1);
  });
});

describe("gradient descent on a quadratic", () => {
  it("contracts at max|1 − ηλ|", () => {
    const H = Matrix.from([
      [10, 0],
      [0, 1]
    ]);
    expect(gdQuadratic(H, [1, 1], 2 / 11, 40).rate).toBeCloseTo(9 / 11, 10);
    expect(gdQuadratic(H, [1, 1], 1 / 10, 200).rate).toBeCloseTo(0.9, 10);
    expect(gdStepsToTolerance(H, [1, 1], 1 / 10, 1e-6)).toBe(
      Math.ceil(Math.log(1e-6 * Math.SQRT2) / Math.log(0.9))
    );
  });

  it("counts steps on a non-diagonal H as the contraction of its eigen-components predicts", () => {
    // H = Q diag(4, 1) Qᵀ, x0 = q₂: only the λ = 1 component, shrinking by 1 − η each step
    const c = Math.SQRT1_2;
    const H = Matrix.from([
      [2.5, 1.5],
      [1.5, 2.5]
    ]);
    const expected = Math.ceil(Math.log(1e-6) / Math.log(0.75));
    expect(gdStepsToTolerance(H, [c, -c], 0.25, 1e-6)).toBeGreaterThanOrEqual(expected - 1);
    expect(gdStepsToTolerance(H, [c, -c], 0.25, 1e-6)).toBeLessThanOrEqual(expected + 1);
    expect(() => gdStepsToTolerance(H, [1, 1, 1], 0.25)).toThrow(/length 3/);
    expect(() => gdQuadratic(H, [1], 0.25, 10)).toThrow(/length 1/);
  });
});

describe("diagonal rescaling", () => {
  it("makes an axis-aligned Hessian the identity and leaves unit diagonal otherwise", () => {
    expect(
      Array.from(
        diagonalRescale([
          [100, 0],
          [0, 1]
        ]).data
      )
    ).toEqual([1, 0, 0, 1]);
    const R = diagonalRescale([
      [4, 2],
      [2, 9]
    ]);
    expect(R.get(0, 1)).toBeCloseTo(2 / 6, 15);
    expect(R.get(1, 1)).toBe(1);
  });
});

describe("perturbation", () => {
  it("amplifies by exactly κ in the worst case and by 1 for an orthogonal matrix", () => {
    const Q = qr([
      [1, 2, 0],
      [0, 1, 3],
      [2, 0, 1]
    ]).Q;
    expect(amplification(Q, [1, 2, 3], [1e-3, 0, -1e-3])).toBeCloseTo(1, 9);
    const A = matmul(Q, diag([100, 10, 1]));
    const {b, db} = worstCasePerturbation(A, 1e-6);
    expect(amplification(A, b, db)).toBeCloseTo(100, 5);
  });
});

describe("spdWithCondition", () => {
  it("is symmetric with eigenvalues log-spaced from 1 to κ, and refuses bad input", () => {
    const H = spdWithCondition(defaultRng(9).standardNormal([4, 4]), 1000);
    expect(
      Math.max(
        ...Array.from(H.data, (v, k) => Math.abs(v - H.data[(k % 4) * 4 + Math.floor(k / 4)]!))
      )
    ).toBeLessThan(1e-12);
    const l = Array.from(eigvalsh(H));
    l.forEach((v, i) => expect(v).toBeCloseTo(10 ** i, 9));
    expect(() => spdWithCondition(defaultRng(9).standardNormal([3, 4]), 10)).toThrow(RangeError);
    expect(() => spdWithCondition(defaultRng(9).standardNormal([3, 3]), 0.5)).toThrow(RangeError);
  });
});

describe("amplificationSweep", () => {
  it("never exceeds κ, and the worst case reaches it", () => {
    const g = defaultRng(12),
      g1 = g.standardNormal([5, 5]),
      g2 = g.standardNormal([5, 5]);
    const rows = amplificationSweep((k) => withCondition(g1, g2, k), [1, 1e3, 1e6], g, 10);
    expect(rows).toHaveLength(33);
    for (const r of rows) expect(r.amp).toBeLessThanOrEqual(r.kappa * (1 + 1e-3));
    for (const r of rows.filter((d) => d.kind === "worst case"))
      expect(r.amp / r.kappa).toBeCloseTo(1, 3);
  });
});
