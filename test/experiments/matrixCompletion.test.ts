import {describe, expect, it} from "vitest";
import {matmul, norm, sub, svd} from "../../src/linalg/index.js";
import {defaultRng} from "../../src/random/index.js";
import {lowRankApprox} from "../../src/experiments/lowRank.js";
import {
  alternatingLeastSquares,
  hiddenError,
  softImpute,
  zeroFilled
} from "../../src/experiments/matrixCompletion.js";

function problem(seed: number) {
  const rng = defaultRng(seed);
  const A = matmul(rng.standardNormal([30, 2]), rng.standardNormal([2, 30]));
  const mask = Array.from(rng.random(900), (u) => (u < 0.5 ? 1 : 0));
  return {A, mask};
}

describe("matrix completion", () => {
  it("zeroFilled keeps observed entries and zeroes the rest; hiddenError is 1 for it", () => {
    const {A, mask} = problem(1);
    const Z = zeroFilled(A, mask);
    Z.data.forEach((v, i) => expect(v).toBe(mask[i] ? A.data[i] : 0));
    expect(hiddenError(Z, A, mask)).toBe(1);
  });

  it("alternating least squares recovers a rank-2 matrix from half its entries", () => {
    for (const seed of [1, 2, 3]) {
      const {A, mask} = problem(seed);
      expect(hiddenError(alternatingLeastSquares(A, mask, 2, 60), A, mask)).toBeLessThan(1e-9);
      expect(hiddenError(lowRankApprox(zeroFilled(A, mask), 2), A, mask)).toBeGreaterThan(0.3);
    }
  });

  it("from a random start with every entry observed, ALS reaches the Eckart–Young error", () => {
    const rng = defaultRng(5);
    const A = rng.standardNormal([12, 9]);
    const all = new Array(108).fill(1);
    const fit = alternatingLeastSquares(A, all, 2, 300, rng.standardNormal([9, 2]));
    const s = svd(A).s;
    const tail = Math.hypot(...Array.from(s.slice(2)));
    expect(Math.abs(norm(sub(A, fit), "fro") - tail) / tail).toBeLessThan(1e-10);
  });

  it("soft-impute (nuclear-norm shrinkage) beats the truncated zero-filled matrix", () => {
    const {A, mask} = problem(2);
    const e = hiddenError(softImpute(A, mask, 0.3, 300), A, mask);
    expect(e).toBeLessThan(0.1);
  });
});
