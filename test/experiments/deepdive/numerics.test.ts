import {describe, expect, it} from "vitest";
import {Matrix, diag, matmul, qr, svd} from "../../../src/linalg/index.js";
import {eckartYoungErrors, layeredImage, lowRankFromSvd, truncatedSvd} from "../../../src/experiments/deepdive/lowrank.js";
import {amplification, worstCasePerturbation} from "../../../src/experiments/deepdive/perturbation.js";
import {choleskySucceeds, leadingMinors, minRayleighQuotient, principalMinors} from "../../../src/experiments/deepdive/psd.js";
import {center, covariance, standardize} from "../../../src/experiments/deepdive/data.js";
import {rbfKernel} from "../../../src/experiments/kernels.js";

describe("low rank", () => {
  it("truncates a diagonal matrix to its top entries and tabulates σ_{k+1}", () => {
    const A = diag([5, 3, 1]);
    expect(Array.from(truncatedSvd(A, 2).data)).toEqual(Array.from(diag([5, 3, 0]).data).map((v) => expect.closeTo(v, 12)));
    expect(lowRankFromSvd(svd(A), 0).data.every((v) => v === 0)).toBe(true);
    const rows = eckartYoungErrors(A);
    expect(rows.map((r) => r.sigmaNext)).toEqual([5, 3, 1, 0].map((v) => expect.closeTo(v, 12)));
    expect(rows[1]!.spectral).toBeCloseTo(3, 12);
    expect(rows[1]!.frobenius).toBeCloseTo(Math.sqrt(10), 12);
  });
});

describe("layered image", () => {
  it("has one rank-one term per layer and adds the noise", () => {
    const img = layeredImage([[5, 1, 1], [2, 2, 3]], new Matrix(20, 15));
    expect(svd(img).s[2]! / svd(img).s[0]!).toBeLessThan(1e-12);
    expect(svd(img).s[1]).toBeGreaterThan(1);
    const noise = Matrix.from([[1, 2], [3, 4]]);
    expect(Array.from(layeredImage([], noise).data)).toEqual([1, 2, 3, 4]);
  });
});

describe("perturbation", () => {
  it("amplifies by exactly κ in the worst case and by 1 for an orthogonal matrix", () => {
    const Q = qr([[1, 2, 0], [0, 1, 3], [2, 0, 1]]).Q;
    expect(amplification(Q, [1, 2, 3], [1e-3, 0, -1e-3])).toBeCloseTo(1, 9);
    const A = matmul(Q, diag([100, 10, 1]));
    const {b, db} = worstCasePerturbation(A, 1e-6);
    expect(amplification(A, b, db)).toBeCloseTo(100, 5);
  });
});

describe("psd tests", () => {
  it("separate PD, PSD and indefinite matrices", () => {
    const pd = [[2, 1], [1, 2]], psd = [[1, 1], [1, 1]], indef = [[0, 0], [0, -1]];
    expect(Array.from(leadingMinors(pd))).toEqual([2, expect.closeTo(3, 12)]);
    expect(choleskySucceeds(pd)).toBe(true);
    expect(choleskySucceeds(psd)).toBe(false);
    expect(principalMinors(indef).map((m) => m.value)).toEqual([0, -1, expect.closeTo(0, 15)]);
    expect(principalMinors(indef).map((m) => m.indices)).toEqual([[0], [1], [0, 1]]);
    expect(minRayleighQuotient(pd, [[1, 0, 1], [0, 1, -1]])).toBeCloseTo(1, 12); // (1,-1) direction: λ = 1
  });
});

describe("data preprocessing", () => {
  it("centres, standardizes, and builds a covariance and an RBF kernel", () => {
    const X = Matrix.from([[1, 10], [2, 20], [3, 60]]);
    expect(Array.from(center(X).col(0))).toEqual([-1, 0, 1]);
    const Z = standardize(X);
    expect(Z.col(1).reduce((s, v) => s + v * v, 0)).toBeCloseTo(2, 12); // n − 1 with the sample SD
    expect(covariance(X).get(0, 0)).toBeCloseTo(1, 12);
    expect(covariance(X).get(0, 1)).toBeCloseTo(25, 12);
    const K = rbfKernel([[0, 0], [1, 0]], 2);
    expect(K.get(0, 0)).toBe(1);
    expect(K.get(0, 1)).toBeCloseTo(Math.exp(-2), 15);
  });
});
