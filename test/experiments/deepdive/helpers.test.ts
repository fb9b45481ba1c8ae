import {describe, expect, it} from "vitest";
import {Matrix, cond, eigvalsh, matmul} from "../../../src/linalg/index.js";
import {defaultRng} from "../../../src/random/index.js";
import {covariance, whiten} from "../../../src/experiments/deepdive/data.js";
import {pairwiseDistances} from "../../../src/experiments/kernels.js";
import {midpointGaps} from "../../../src/experiments/deepdive/quadratic.js";
import {schurComplementTest} from "../../../src/experiments/deepdive/psd.js";

describe("pairwiseDistances", () => {
  it("gives symmetric Euclidean distances with a zero diagonal", () => {
    const D = pairwiseDistances([[0, 0], [3, 4], [0, 1]]);
    expect(D.toArray()).toEqual([[0, 5, 1], [5, 0, Math.sqrt(18)], [1, Math.sqrt(18), 0]]);
  });
  it("is not PSD (zero trace, non-zero)", () => {
    const D = pairwiseDistances(defaultRng(1).standardNormal([10, 2]));
    expect(eigvalsh(D)[0]).toBeLessThan(-0.1);
  });
});

describe("whiten", () => {
  it("gives identity covariance on correlated, badly scaled data", () => {
    const Z = defaultRng(2).standardNormal([100, 3]);
    const X = Matrix.from(Z.toArray().map(([a, b, c]) => [5 + a, 1000 * (b + 0.5 * a), 0.2 * c + 10]));
    const C = covariance(whiten(X));
    for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) expect(C.get(i, j)).toBeCloseTo(i === j ? 1 : 0, 10);
    expect(cond(X)).toBeGreaterThan(100);
  });
  it("refuses collinear data", () => {
    expect(() => whiten([[1, 2], [2, 4], [3, 6]])).toThrow(RangeError);
  });
});

describe("midpointGaps", () => {
  it("equals (x − y)ᵀA(x − y)/8, whatever b", () => {
    const A = [[2, 1], [0, -1]];
    const g = midpointGaps(A, [3, -7], [[1, 0], [0, 2]], [[-1, 0], [1, 1]]);
    expect(g[0]).toBeCloseTo((2 * 4) / 8, 12);
    expect(g[1]).toBeCloseTo((2 * 1 - 1 * 1 - 1 * 1) / 8, 12); // d = (−1, 1): dᵀAd = 2 − 1 − 1
  });
  it("is ≥ 0 for a PSD A and negative somewhere for an indefinite one; checks shapes", () => {
    const r = defaultRng(3), X = r.standardNormal([200, 2]), Y = r.standardNormal([200, 2]);
    expect(Math.min(...midpointGaps([[1, 0], [0, 0]], [1, 1], X, Y))).toBeGreaterThanOrEqual(0);
    expect(Math.min(...midpointGaps([[1, 0], [0, -1]], [1, 1], X, Y))).toBeLessThan(0);
    expect(() => midpointGaps([[1]], [0], [[1]], [[1], [2]])).toThrow(RangeError);
  });
});

describe("schurComplementTest", () => {
  it("agrees with M's definiteness when A ≻ 0, and declines otherwise", () => {
    expect(schurComplementTest([[2, 1], [1, 2]], 1)).toEqual({pdM: true, pdS: true});
    expect(schurComplementTest([[1, 2], [2, 1]], 1)).toEqual({pdM: false, pdS: false});
    expect(schurComplementTest([[-1, 0], [0, 1]], 1)).toBeNull();
    const r = defaultRng(4);
    for (let t = 0; t < 50; t++) {
      const G = r.standardNormal([4, 4]), M = matmul(G, G.T);
      expect(schurComplementTest(M, 2)).toEqual({pdM: true, pdS: true});
    }
    expect(() => schurComplementTest([[1]], 1)).toThrow(RangeError);
  });
});
