// The library's refusals are all LinAlgError (as NumPy's), each with its own class and name.
import {describe, expect, it} from "vitest";
import {
  Matrix,
  LinAlgError,
  NonFiniteError,
  ShapeError,
  SingularMatrixError,
  cholesky,
  eigh,
  matmul,
  solve,
  svd
} from "../../src/linalg/index.js";

/** The error `f` throws (fails the test if it returns). */
function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error("expected a refusal");
}

describe("LinAlgError covers every refusal", () => {
  const rect = Matrix.from([
    [1, 2, 3],
    [4, 5, 6]
  ]);
  const cases: [string, () => unknown, new (...a: never[]) => Error][] = [
    ["cholesky of a non-square matrix", () => cholesky(rect), ShapeError],
    ["eigh of a non-square matrix", () => eigh(rect), ShapeError],
    ["matmul of mismatched shapes", () => matmul(rect, rect), ShapeError],
    [
      "svd of a matrix holding NaN",
      () =>
        svd(
          Matrix.from([
            [1, NaN],
            [0, 1]
          ])
        ),
      NonFiniteError
    ],
    [
      "solve with an Infinity",
      () =>
        solve(
          Matrix.from([
            [1, 0],
            [0, Infinity]
          ]),
          [1, 1]
        ),
      NonFiniteError
    ],
    [
      "solve of a singular matrix",
      () =>
        solve(
          Matrix.from([
            [1, 2],
            [2, 4]
          ]),
          [1, 1]
        ),
      SingularMatrixError
    ]
  ];
  for (const [what, f, type] of cases) {
    it(what, () => {
      const e = thrown(f);
      expect(e).toBeInstanceOf(type);
      expect(e).toBeInstanceOf(LinAlgError);
      expect(e).toBeInstanceOf(Error);
      expect((e as Error).name).toBe(type.name);
    });
  }

  it("keeps the location of a non-finite entry", () => {
    const e = thrown(() =>
      svd(
        Matrix.from([
          [1, 2],
          [3, -Infinity]
        ])
      )
    ) as NonFiniteError;
    expect([e.row, e.col, e.value]).toEqual([1, 1, -Infinity]);
    expect(e.message).toMatch(/-Infinity at row 1, column 1/);
  });
});
