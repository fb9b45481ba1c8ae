import {describe, expect, it} from "vitest";
import {Matrix, cond, eigvalsh, matmul} from "../../src/linalg/index.js";
import {defaultRng} from "../../src/random/index.js";
import {
  center,
  covariance,
  gaussianDraws,
  pairCosines,
  pairwiseDistances,
  pcaByCovariance,
  pcaBySvd,
  pcaTimings,
  rbfKernel,
  rootMeanSquare,
  standardize,
  whiten,
  relu,
  secondMoment,
  correlatedFactor
} from "../../src/experiments/dataMatrices.js";

describe("pairCosines / rootMeanSquare", () => {
  it("cosines of hand-made pairs", () => {
    const c = pairCosines([
      [1, 0],
      [0, 2],
      [1, 1],
      [-3, -3],
      [1, 0],
      [1, 1],
      [9, 9]
    ]);
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

describe("PCA two ways", () => {
  const X = center(
    matmul(
      defaultRng(4).standardNormal([80, 3]),
      Matrix.from([
        [3, 0, 0],
        [1, 1, 0],
        [0, 0.2, 0.5]
      ])
    )
  );

  it("center gives zero column means", () => {
    for (let j = 0; j < 3; j++) expect(X.col(j).reduce((s, v) => s + v, 0)).toBeCloseTo(0, 12);
  });

  it("covariance eigenvalues equal σᵢ²/n, directions agree up to sign", () => {
    const a = pcaByCovariance(X),
      b = pcaBySvd(X);
    a.variances.forEach((v, i) => expect(v).toBeCloseTo(b.variances[i]!, 10));
    for (let k = 0; k < 3; k++) {
      let c = 0;
      for (let i = 0; i < 3; i++) c += a.directions.get(i, k) * b.directions.get(i, k);
      expect(Math.abs(c)).toBeCloseTo(1, 10);
    }
    expect(a.variances[0]).toBeGreaterThan(a.variances[1]!);
  });
});

describe("pcaTimings", () => {
  it("reports the median duration of each path from the clock", () => {
    const readings = [0, 5, 5, 6, 6, 9, 9, 11, 11, 12, 12, 15];
    let k = 0;
    const t = pcaTimings(defaultRng(6).standardNormal([10, 4]), 3, () => readings[k++]!);
    expect(t).toEqual({covarianceMs: 3, svdMs: 2});
  });
});

describe("pairwiseDistances (small)", () => {
  it("pairwiseDistances: symmetric, zero diagonal, 3-4-5", () => {
    const D = pairwiseDistances([
      [0, 0],
      [3, 4],
      [0, 4]
    ]);
    expect(D.toArray()).toEqual([
      [0, 5, 4],
      [5, 0, 3],
      [4, 3, 0]
    ]);
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
    expect(
      rbfKernel(
        [
          [0, 0],
          [3, 4]
        ],
        0.1
      ).get(0, 1)
    ).toBeCloseTo(Math.exp(-2.5), 15);
    expect(() => rbfKernel([[0]], 0)).toThrow(RangeError);
  });
});

describe("pairwiseDistances", () => {
  it("gives symmetric Euclidean distances with a zero diagonal", () => {
    const D = pairwiseDistances([
      [0, 0],
      [3, 4],
      [0, 1]
    ]);
    expect(D.toArray()).toEqual([
      [0, 5, 1],
      [5, 0, Math.sqrt(18)],
      [1, Math.sqrt(18), 0]
    ]);
  });
  it("is not PSD (zero trace, non-zero)", () => {
    const D = pairwiseDistances(defaultRng(1).standardNormal([10, 2]));
    expect(eigvalsh(D)[0]).toBeLessThan(-0.1);
  });
});

describe("whiten", () => {
  it("gives identity covariance on correlated, badly scaled data", () => {
    const Z = defaultRng(2).standardNormal([100, 3]);
    const X = Matrix.from(
      Z.toArray().map(([a, b, c]) => [5 + a, 1000 * (b + 0.5 * a), 0.2 * c + 10])
    );
    const C = covariance(whiten(X));
    for (let i = 0; i < 3; i++)
      for (let j = 0; j < 3; j++) expect(C.get(i, j)).toBeCloseTo(i === j ? 1 : 0, 10);
    expect(cond(X)).toBeGreaterThan(100);
  });
  it("refuses collinear data", () => {
    expect(() =>
      whiten([
        [1, 2],
        [2, 4],
        [3, 6]
      ])
    ).toThrow(RangeError);
  });
});

describe("data preprocessing", () => {
  it("centres, standardizes, and builds a covariance and an RBF kernel", () => {
    const X = Matrix.from([
      [1, 10],
      [2, 20],
      [3, 60]
    ]);
    expect(Array.from(center(X).col(0))).toEqual([-1, 0, 1]);
    const Z = standardize(X);
    expect(Z.col(1).reduce((s, v) => s + v * v, 0)).toBeCloseTo(2, 12); // n − 1 with the sample SD
    expect(covariance(X).get(0, 0)).toBeCloseTo(1, 12);
    expect(covariance(X).get(0, 1)).toBeCloseTo(25, 12);
    const K = rbfKernel(
      [
        [0, 0],
        [1, 0]
      ],
      2
    );
    expect(K.get(0, 0)).toBe(1);
    expect(K.get(0, 1)).toBeCloseTo(Math.exp(-2), 15);
  });
});

describe("relu, secondMoment, correlatedFactor", () => {
  it("clips at zero and averages XᵀX over the rows", () => {
    expect(
      Array.from(
        relu([
          [-1, 2],
          [0.5, -3]
        ]).data
      )
    ).toEqual([0, 2, 0.5, 0]);
    expect(
      Array.from(
        secondMoment([
          [1, 2],
          [3, 4]
        ]).data
      )
    ).toEqual([5, 7, 7, 10]);
  });
  it("factors the equicorrelation matrix, and refuses ρ outside (−1/(n−1), 1)", () => {
    const R = correlatedFactor(4, 0.9),
      C = matmul(R.T, R);
    for (let i = 0; i < 4; i++)
      for (let j = 0; j < 4; j++) expect(C.get(i, j)).toBeCloseTo(i === j ? 1 : 0.9, 14);
    expect(R.get(1, 0)).toBe(0);
    expect(() => correlatedFactor(4, 1)).toThrow(RangeError);
    expect(() => correlatedFactor(4, -0.5)).toThrow(RangeError);
  });
});

describe("gaussianDraws", () => {
  it("one dimension: μ + L·z with z the generator's own standard normal draws", () => {
    const z = defaultRng(3).standardNormal(6);
    expect(Array.from(gaussianDraws([2], [[3]], 6, 3).data)).toEqual(
      Array.from(z, (v) => 2 + 3 * v)
    );
  });

  it("20 000 draws: sample mean ≈ μ and sample covariance ≈ LLᵀ", () => {
    const L = Matrix.from([
      [1, 0, 0],
      [0.5, 2, 0],
      [-1, 0.3, 0.7]
    ]);
    const mu = [1, -2, 0.5];
    const X = gaussianDraws(mu, L, 20000, 46);
    expect(X.shape).toEqual([20000, 3]);
    const mean = [0, 1, 2].map((j) => X.col(j).reduce((a, v) => a + v, 0) / 20000);
    mean.forEach((m, j) => expect(Math.abs(m - mu[j]!)).toBeLessThan(0.05));
    const C = covariance(X),
      LLt = matmul(L, L.T);
    for (let i = 0; i < 9; i++) expect(Math.abs(C.data[i]! - LLt.data[i]!)).toBeLessThan(0.1);
    expect(() => gaussianDraws([0, 0], L, 10, 1)).toThrow(RangeError);
  });
});
