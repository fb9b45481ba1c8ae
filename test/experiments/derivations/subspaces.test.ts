import {describe, expect, it} from "vitest";
import {fourSubspaces} from "../../../src/experiments/derivations/subspaces.js";
import {matmul, norm, transpose, zeros} from "../../../src/linalg/index.js";
import {defaultRng} from "../../../src/random/index.js";

describe("fourSubspaces", () => {
  it("gives dimensions r, n−r, r, m−r and bases that A and Aᵀ annihilate", () => {
    const rng = defaultRng(1);
    const A = matmul(rng.standardNormal([7, 3]), rng.standardNormal([3, 5]));
    const S = fourSubspaces(A);
    expect([S.rank, S.col.cols, S.nullSpace.cols, S.row.cols, S.leftNull.cols]).toEqual([3, 3, 2, 3, 4]);
    expect(norm(matmul(A, S.nullSpace), "fro")).toBeLessThan(1e-12);
    expect(norm(matmul(transpose(A), S.leftNull), "fro")).toBeLessThan(1e-12);
    expect(norm(matmul(transpose(S.nullSpace), S.row), "fro")).toBeLessThan(1e-14);
  });

  it("handles the zero matrix (rank 0) and a custom tolerance", () => {
    const S = fourSubspaces(zeros(3, 2));
    expect([S.rank, S.nullSpace.cols, S.leftNull.cols]).toEqual([0, 2, 3]);
    expect(fourSubspaces([[1, 0], [0, 1e-9]], 1e-6).rank).toBe(1);
  });
});
