import {describe, expect, it} from "vitest";
import {Matrix, diag, matmul, matrixRank, norm, sub, svd, svdvals} from "../../src/linalg/index.js";
import {defaultRng} from "../../src/random/index.js";
import {
  eckartYoungTable,
  layeredImage,
  lowRankApprox,
  nudgedRowSpaceRivals,
  subspaceRivals
} from "../../src/experiments/lowRank.js";

const rng = defaultRng(11);
const A = rng.standardNormal([30, 20]);

describe("eckartYoungTable", () => {
  it("Frobenius error equals √Σσᵢ² and spectral error equals σ_{k+1}, for every k", () => {
    const ks = Array.from({length: 21}, (_, k) => k);
    const rows = eckartYoungTable(A, ks);
    expect(rows.map((r) => r.k)).toEqual(ks);
    for (const r of rows) {
      expect(r.relativeGap).toBeLessThan(1e-12);
      expect(Math.abs(r.frobenius - r.tail)).toBeLessThan(1e-12 * norm(A, "fro"));
      expect(Math.abs(r.spectral - r.sigmaNext)).toBeLessThan(1e-12 * norm(A, 2));
    }
    expect(rows[0]!.frobenius).toBeCloseTo(norm(A, "fro"), 12);
    expect(rows[20]!.frobenius).toBeLessThan(1e-12);
  });

  it("no random rank-k matrix does better than the truncated SVD (the theorem's optimality)", () => {
    const k = 4;
    const best = eckartYoungTable(A, [k])[0]!;
    const f = svd(A);
    const Ak = lowRankApprox(f, k);
    for (let t = 0; t < 30; t++) {
      // Random rank-k competitors, some of them small perturbations of A_k itself.
      const B =
        t < 15
          ? matmul(rng.standardNormal([30, k]), rng.standardNormal([k, 20]))
          : lowRankApprox(svd(sub(Ak, scaleNoise(1e-3 * (t - 14)))), k);
      expect(norm(sub(A, B), "fro")).toBeGreaterThanOrEqual(best.frobenius * (1 - 1e-14));
      expect(norm(sub(A, B), 2)).toBeGreaterThanOrEqual(best.spectral * (1 - 1e-14));
    }
  });

  it("rank-deficient input: beyond the rank the theory is ~0, and the gap, measured against ‖A‖_F, stays at round-off", () => {
    const L = matmul(rng.standardNormal([12, 3]), rng.standardNormal([3, 9]));
    const rows = eckartYoungTable(L, [2, 3, 5]);
    expect(rows[0]!.relativeGap).toBeLessThan(1e-13);
    expect(rows[0]!.tail).toBeGreaterThan(1e-3 * norm(L, "fro"));
    expect(rows[1]!.tail).toBeLessThan(1e-13 * norm(L, "fro"));
    expect(rows[1]!.frobenius).toBeLessThan(1e-13 * norm(L, "fro"));
    expect(rows[2]!.relativeGap).toBeLessThan(1e-13);
  });

  it("accepts a precomputed SVD, refuses bad k, and does not mutate A", () => {
    const before = A.data.slice();
    const f = svd(A);
    expect(eckartYoungTable(A, [3], f)).toEqual(eckartYoungTable(A, [3]));
    expect(() => eckartYoungTable(A, [21])).toThrow(RangeError);
    expect(() => eckartYoungTable(A, [1.5])).toThrow(RangeError);
    expect(() => eckartYoungTable(A, [-1])).toThrow(RangeError);
    expect(A.data).toEqual(before);
  });
});

describe("lowRankApprox", () => {
  it("has rank k and keeps the top k singular triplets", () => {
    const f = svd(A);
    const A3 = lowRankApprox(f, 3);
    const s3 = svd(A3, {computeUV: false}).s;
    for (let i = 0; i < 3; i++) expect(s3[i]).toBeCloseTo(f.s[i]!, 12);
    expect(s3[3]!).toBeLessThan(1e-13 * f.s[0]!);
    expect(lowRankApprox(f, 0).data.every((v) => v === 0)).toBe(true);
    expect(norm(sub(lowRankApprox(f, 20), A), "fro")).toBeLessThan(1e-13 * norm(A, "fro"));
  });
});

function scaleNoise(level: number): Matrix {
  const N = rng.standardNormal([30, 20]);
  return new Matrix(
    30,
    20,
    N.data.map((v) => v * level)
  );
}

describe("low rank", () => {
  it("truncates a diagonal matrix to its top entries and tabulates σ_{k+1}", () => {
    const A = diag([5, 3, 1]);
    expect(Array.from(lowRankApprox(A, 2).data)).toEqual(
      Array.from(diag([5, 3, 0]).data).map((v) => expect.closeTo(v, 12))
    );
    expect(lowRankApprox(svd(A), 0).data.every((v) => v === 0)).toBe(true);
    const rows = eckartYoungTable(A);
    expect(rows.map((r) => r.sigmaNext)).toEqual([5, 3, 1, 0].map((v) => expect.closeTo(v, 12)));
    expect(rows[1]!.spectral).toBeCloseTo(3, 12);
    expect(rows[1]!.frobenius).toBeCloseTo(Math.sqrt(10), 12);
  });
});

describe("layered image", () => {
  it("has one rank-one term per layer and adds the noise", () => {
    const img = layeredImage(
      [
        [5, 1, 1],
        [2, 2, 3]
      ],
      new Matrix(20, 15)
    );
    expect(svd(img).s[2]! / svd(img).s[0]!).toBeLessThan(1e-12);
    expect(svd(img).s[1]).toBeGreaterThan(1);
    const noise = Matrix.from([
      [1, 2],
      [3, 4]
    ]);
    expect(Array.from(layeredImage([], noise).data)).toEqual([1, 2, 3, 4]);
  });
});

describe("lowRankApprox takes A or its SVD", () => {
  it("gives the same A_k from A, a thin and a full SVD; rank k and ‖A − A_k‖₂ = σ_{k+1}", () => {
    for (const seed of [3, 4, 5]) {
      const B = defaultRng(seed).standardNormal([9, 14]);
      const s = svdvals(B);
      for (const k of [1, 4, 8]) {
        const Ak = lowRankApprox(B, k);
        const fromFull = lowRankApprox(svd(B, {fullMatrices: true}), k);
        expect(norm(sub(Ak, fromFull), "fro")).toBeLessThan(1e-13 * norm(B, "fro"));
        expect(matrixRank(Ak)).toBe(k);
        expect(Math.abs(norm(sub(B, Ak), 2) - s[k]!)).toBeLessThan(1e-13 * s[0]!);
      }
    }
  });
});

describe("subspaceRivals", () => {
  it("projecting the identity onto any k-dimensional subspace leaves m − k in squared F-norm, 1 in 2-norm", () => {
    const rivals = subspaceRivals(diag([1, 1, 1, 1, 1]), [1, 2, 4], 2, 7, {
      spectral: true
    });
    expect(rivals.map((r) => r.k)).toEqual([1, 1, 2, 2, 4, 4]);
    for (const r of rivals) {
      expect(r.frobenius ** 2).toBeCloseTo(5 - r.k, 12);
      expect(r.spectral).toBeCloseTo(1, 12);
    }
  });

  it("no rival beats the truncation (Eckart–Young), and a seed gives the same rivals", () => {
    const A = defaultRng(3).standardNormal([12, 9]);
    const table = eckartYoungTable(A);
    const rivals = subspaceRivals(A, [1, 3, 5], 4, 11, {spectral: true});
    for (const r of rivals) {
      expect(r.frobenius).toBeGreaterThanOrEqual(table[r.k]!.frobenius);
      expect(r.spectral!).toBeGreaterThanOrEqual(table[r.k]!.spectral * (1 - 1e-12));
    }
    const again = subspaceRivals(A, [1, 3, 5], 4, 11);
    expect(again).toEqual(rivals.map(({k, frobenius}) => ({k, frobenius})));
    expect(subspaceRivals(A, [1, 3, 5], 4, 12)).not.toEqual(again);
  });
});

describe("nudgedRowSpaceRivals", () => {
  it("with no nudge the rival is A_k itself; nudged, it is farther (Eckart–Young)", () => {
    const A = defaultRng(5).standardNormal([15, 10]);
    const table = eckartYoungTable(A, [1, 4, 7]);
    const exact = nudgedRowSpaceRivals(A, [1, 4, 7], [1, 4, 7], 0);
    const nudged = nudgedRowSpaceRivals(A, [1, 4, 7], [1, 4, 7], 1e-3, svd(A));
    exact.forEach((r, i) => {
      expect(r.best).toBeCloseTo(table[i]!.tail, 12);
      expect(r.rival).toBeCloseTo(table[i]!.tail, 12);
      expect(nudged[i]!.rival).toBeGreaterThan(nudged[i]!.best);
    });
    expect(() => nudgedRowSpaceRivals(A, [1, 2], [1], 0)).toThrow(RangeError);
  });
});
