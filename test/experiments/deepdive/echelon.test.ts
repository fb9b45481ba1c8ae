import {describe, expect, it} from "vitest";
import {Matrix, lu, matmul, matrixRank} from "../../../src/linalg/index.js";
import {defaultRng} from "../../../src/random/index.js";
import {nonZeroRows, rowEchelon} from "../../../src/experiments/deepdive/echelon.js";
import {rankDrill} from "../../../src/experiments/deepdive/drills.js";

describe("rowEchelon", () => {
  it("reduces a rank-2 matrix with a pivot-free column to RREF", () => {
    const {R, pivots, rank} = rowEchelon([[1, 1, 1, 1], [1, 1, 2, 2], [1, 1, 3, 3]]);
    expect(R.toArray()).toEqual([[1, 1, 0, 0], [0, 0, 1, 1], [0, 0, 0, 0]]);
    expect(pivots).toEqual([0, 2]);
    expect(rank).toBe(2);
  });
  it("where LU's U keeps a third non-zero row (the failure it fixes)", () => {
    expect(nonZeroRows(lu([[1, 1, 1, 1], [1, 1, 2, 2], [1, 1, 3, 3]]).U)).toBe(3);
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
    const A = Matrix.from([[0, 2], [3, 4]]);
    const before = A.data.slice();
    rowEchelon(A);
    expect(A.data).toEqual(before);
    expect(rowEchelon(new Matrix(0, 3, new Float64Array(0))).rank).toBe(0);
    expect(rowEchelon([[1, 2, 3]]).R.toArray()).toEqual([[1, 2, 3]]);
  });
});
