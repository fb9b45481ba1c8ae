import {describe, expect, it} from "vitest";
import {centerColumns, pcaByCovariance, pcaBySvd, pcaTimings} from "../../../src/experiments/derivations/pca.js";
import {Matrix, matmul} from "../../../src/linalg/index.js";
import {defaultRng} from "../../../src/random/index.js";

describe("PCA two ways", () => {
  const X = centerColumns(matmul(defaultRng(4).standardNormal([80, 3]), Matrix.from([[3, 0, 0], [1, 1, 0], [0, 0.2, 0.5]])));

  it("centerColumns gives zero column means", () => {
    for (let j = 0; j < 3; j++) expect(X.col(j).reduce((s, v) => s + v, 0)).toBeCloseTo(0, 12);
  });

  it("covariance eigenvalues equal σᵢ²/n, directions agree up to sign", () => {
    const a = pcaByCovariance(X), b = pcaBySvd(X);
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
