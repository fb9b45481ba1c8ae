import {describe, expect, it} from "vitest";
import {Matrix, lu, matmul, matrixRank, norm, transpose, zeros} from "../../src/linalg/index.js";
import {defaultRng} from "../../src/random/index.js";
import {rankDrill} from "../../src/experiments/drills.js";
import {
  fourSubspaces,
  nonZeroRows,
  nullSpaceByEigh,
  rowEchelon,
  specialSolutions
} from "../../src/experiments/subspaces.js";

describe("fourSubspaces", () => {
  it("gives dimensions r, n−r, r, m−r and bases that A and Aᵀ annihilate", () => {
    const rng = defaultRng(1);
    const A = matmul(rng.standardNormal([7, 3]), rng.standardNormal([3, 5]));
    const S = fourSubspaces(A);
    expect([S.rank, S.col.cols, S.nullSpace.cols, S.row.cols, S.leftNull.cols]).toEqual([
      3, 3, 2, 3, 4
    ]);
    expect(norm(matmul(A, S.nullSpace), "fro")).toBeLessThan(1e-12);
    expect(norm(matmul(transpose(A), S.leftNull), "fro")).toBeLessThan(1e-12);
    expect(norm(matmul(transpose(S.nullSpace), S.row), "fro")).toBeLessThan(1e-14);
  });

  it("handles the zero matrix (rank 0) and a custom tolerance", () => {
    const S = fourSubspaces(zeros(3, 2));
    expect([S.rank, S.nullSpace.cols, S.leftNull.cols]).toEqual([0, 2, 3]);
    expect(
      fourSubspaces(
        [
          [1, 0],
          [0, 1e-9]
        ],
        1e-6
      ).rank
    ).toBe(1);
  });
});

describe("rowEchelon", () => {
  it("reduces a rank-2 matrix with a pivot-free column to RREF", () => {
    const {R, pivots, rank} = rowEchelon([
      [1, 1, 1, 1],
      [1, 1, 2, 2],
      [1, 1, 3, 3]
    ]);
    expect(R.toArray()).toEqual([
      [1, 1, 0, 0],
      [0, 0, 1, 1],
      [0, 0, 0, 0]
    ]);
    expect(pivots).toEqual([0, 2]);
    expect(rank).toBe(2);
  });
  it("where LU's U keeps a third non-zero row (the failure it fixes)", () => {
    expect(
      nonZeroRows(
        lu([
          [1, 1, 1, 1],
          [1, 1, 2, 2],
          [1, 1, 3, 3]
        ]).U
      )
    ).toBe(3);
  });
  it("agrees with the SVD rank on the rank drills and on random products", () => {
    for (let seed = 5501; seed <= 5600; seed++) {
      const {A} = rankDrill(defaultRng(seed));
      expect(rowEchelon(A).rank).toBe(matrixRank(A));
    }
    const g = defaultRng(3);
    for (let r = 0; r <= 4; r++) {
      const A = matmul(g.standardNormal([6, r || 1]), g.standardNormal([r || 1, 5]));
      const B = r === 0 ? new Matrix(6, 5, new Float64Array(30)) : A;
      expect(rowEchelon(B).rank).toBe(matrixRank(B));
    }
  });
  it("does not mutate its input and handles empty and wide shapes", () => {
    const A = Matrix.from([
      [0, 2],
      [3, 4]
    ]);
    const before = A.data.slice();
    rowEchelon(A);
    expect(A.data).toEqual(before);
    expect(rowEchelon(new Matrix(0, 3, new Float64Array(0))).rank).toBe(0);
    expect(rowEchelon([[1, 2, 3]]).R.toArray()).toEqual([[1, 2, 3]]);
  });
});

describe("specialSolutions", () => {
  it("gives one null vector per free column, with 1 in its free slot", () => {
    const N = specialSolutions([
      [1, 1, 1, 1],
      [1, 1, 2, 2],
      [1, 1, 3, 3]
    ]);
    expect(N.toArray()).toEqual([
      [-1, 0],
      [1, 0],
      [0, -1],
      [0, 1]
    ]);
  });
  it("spans the null space of random low-rank matrices (A N = 0, n − r columns)", () => {
    const g = defaultRng(8);
    for (const [m, n, r] of [
      [5, 4, 2],
      [3, 6, 3],
      [6, 6, 1],
      [4, 4, 4]
    ] as const) {
      const A = matmul(g.standardNormal([m, r]), g.standardNormal([r, n]));
      const N = specialSolutions(A);
      expect(N.cols).toBe(n - r);
      if (N.cols) expect(norm(matmul(A, N), "fro")).toBeLessThan(1e-12 * (1 + norm(N, "fro")));
    }
  });
});

describe("nullSpaceByEigh", () => {
  it("finds an orthonormal basis of N(A) of size n − r", () => {
    const g = defaultRng(31),
      A = matmul(g.standardNormal([7, 3]), g.standardNormal([3, 5]));
    const N = nullSpaceByEigh(A);
    expect(N.cols).toBe(2);
    expect(norm(matmul(A, N)) / norm(A, "fro")).toBeLessThan(1e-12);
    expect(norm(matmul(transpose(N), N)) - Math.SQRT2).toBeLessThan(1e-12);
    expect(nullSpaceByEigh(g.standardNormal([6, 4])).cols).toBe(0);
  });
});
