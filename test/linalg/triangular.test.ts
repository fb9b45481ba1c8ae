import fc from "fast-check";
import {afterAll, describe, expect, it} from "vitest";
import {
  Matrix,
  NonFiniteError,
  ShapeError,
  SingularMatrixError,
  solveTriangular
} from "../../src/linalg/index.js";
import {SCALES, THRESHOLD, fro, mul, randomMatrix, ratio, scaled, testRng} from "./generators.js";

let worst = 0;
afterAll(() =>
  console.log(`solveTriangular max ratio ‖b − op(T)x‖/(n‖T‖‖x‖ε) = ${worst.toFixed(2)}`)
);

type Opts = {lower: boolean; trans: boolean; unitDiagonal: boolean};

/** op(T) as a full matrix, reading only the triangle (and diagonal) that the options select. */
function opT(T: Matrix, {lower, trans, unitDiagonal}: Opts): Matrix {
  const n = T.rows;
  const M = new Matrix(n, n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const inside = lower ? j < i : j > i;
      const v = i === j ? (unitDiagonal ? 1 : T.data[i * n + i]!) : inside ? T.data[i * n + j]! : 0;
      M.data[trans ? j * n + i : i * n + j] = v;
    }
  }
  return M;
}

/** LAPACK's residual ratio ‖B − op(T)X‖/(n‖op(T)‖‖X‖ε) (dtrt02). */
function residualRatio(T: Matrix, B: Matrix, X: Matrix, o: Opts): number {
  const M = opT(T, o);
  const R = mul(M, X);
  const r = ratio(fro(B.data.map((b, k) => b - R.data[k]!)), fro(M) * fro(X), T.rows);
  worst = Math.max(worst, r);
  return r;
}

/** A triangular test matrix whose chosen triangle is well conditioned (diagonally dominant), the other triangle garbage. */
function triangular(n: number, seed: number, o: Opts, factor = 1): Matrix {
  const T = randomMatrix(n, n, testRng(seed));
  for (let i = 0; i < n; i++) T.data[i * n + i] = (T.data[i * n + i]! < 0 ? -1 : 1) * (2 + n / 4);
  return scaled(T, factor);
}

const allOptions: Opts[] = [];
for (const lower of [false, true])
  for (const trans of [false, true])
    for (const unitDiagonal of [false, true]) allOptions.push({lower, trans, unitDiagonal});

describe("solveTriangular: residual ratio for every option, size and scaling", () => {
  for (const o of allOptions) {
    for (const n of [1, 2, 3, 10, 16, 30, 70, 97]) {
      for (const [label, f] of [["1", 1], ...Object.entries(SCALES)] as [string, number][]) {
        it(`${JSON.stringify(o)} n=${n} × ${label}`, () => {
          const T = triangular(n, 100 * n + 7, o, o.unitDiagonal ? 1 : f);
          const B = scaled(randomMatrix(n, 3, testRng(n)), f);
          const X = solveTriangular(T, B, o);
          expect(X.shape).toEqual([n, 3]);
          expect(residualRatio(T, B, X, o)).toBeLessThan(THRESHOLD);
          // The vector form gives the first column of the matrix form.
          const x = solveTriangular(T, B.col(0), o);
          expect(Array.from(x)).toEqual(Array.from(X.col(0)));
        });
      }
    }
  }
});

describe("solveTriangular: properties", () => {
  const arb = fc.record({
    n: fc.integer({min: 0, max: 8}),
    seed: fc.integer({min: 0, max: 1e6}),
    o: fc.constantFrom(...allOptions)
  });
  it("solves op(T) x = b, reads only the selected triangle, leaves its arguments alone", () => {
    fc.assert(
      fc.property(arb, ({n, seed, o}) => {
        const T = triangular(n, seed, o);
        const b = randomMatrix(n, 1, testRng(seed + 1)).data;
        const Tbefore = T.data.slice(),
          bBefore = b.slice();
        const x = solveTriangular(T, b, o);
        const clean = opT(T, o); // garbage triangle and (if unit) diagonal dropped
        const cleanT = o.trans ? clean.T : clean;
        const y = solveTriangular(cleanT, b, o);
        return (
          residualRatio(T, new Matrix(n, 1, b), new Matrix(n, 1, x), o) < THRESHOLD &&
          x.every((v, i) => v === y[i]) &&
          T.data.every((v, i) => v === Tbefore[i]) &&
          b.every((v, i) => v === bBefore[i])
        );
      })
    );
  });
});

describe("solveTriangular: small exact cases", () => {
  it("lower and transposed lower", () => {
    expect(
      Array.from(
        solveTriangular(
          [
            [2, 0],
            [1, 1]
          ],
          [2, 3],
          {lower: true}
        )
      )
    ).toEqual([1, 2]);
    expect(
      Array.from(
        solveTriangular(
          [
            [2, 0],
            [1, 1]
          ],
          [2, 3],
          {lower: true, trans: true}
        )
      )
    ).toEqual([-0.5, 3]);
    expect(
      Array.from(
        solveTriangular(
          [
            [2, 5],
            [0, 4]
          ],
          [9, 8]
        )
      )
    ).toEqual([-0.5, 2]);
    expect(
      Array.from(
        solveTriangular(
          [
            [7, 5],
            [0, 7]
          ],
          [1, 8],
          {unitDiagonal: true}
        )
      )
    ).toEqual([-39, 8]);
  });
  it("0×0 systems", () => {
    expect(solveTriangular(new Matrix(0, 0), new Float64Array(0)).length).toBe(0);
    expect(solveTriangular(new Matrix(0, 0), new Matrix(0, 2)).shape).toEqual([0, 2]);
  });
});

describe("solveTriangular: errors", () => {
  it("SingularMatrixError names the zero diagonal entry", () => {
    try {
      solveTriangular(
        [
          [1, 2, 3],
          [0, 0, 1],
          [0, 0, 1]
        ],
        [1, 2, 3]
      );
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(SingularMatrixError);
      expect((e as SingularMatrixError).index).toBe(1);
      expect((e as Error).message).toMatch(/diagonal entry 1/);
    }
    // With a unit diagonal the stored zero is never read.
    expect(
      Array.from(
        solveTriangular(
          [
            [1, 2],
            [0, 0]
          ],
          [3, 1],
          {unitDiagonal: true}
        )
      )
    ).toEqual([1, 1]);
  });
  it("ShapeError names both shapes", () => {
    expect(() =>
      solveTriangular(
        [
          [1, 0],
          [0, 1]
        ],
        [1, 2, 3]
      )
    ).toThrow(ShapeError);
    expect(() =>
      solveTriangular(
        [
          [1, 0],
          [0, 1]
        ],
        [1, 2, 3]
      )
    ).toThrow(/\(2, 2\).*\(3,\)/);
    expect(() =>
      solveTriangular(
        [
          [1, 0],
          [0, 1]
        ],
        [[1], [2], [3]]
      )
    ).toThrow(/\(2, 2\).*\(3, 1\)/);
    expect(() =>
      solveTriangular(
        [
          [1, 0, 0],
          [0, 1, 0]
        ],
        [1, 2]
      )
    ).toThrow(/\(2, 3\)/);
  });
  it("NonFiniteError names row and column, in T or in b", () => {
    expect(() =>
      solveTriangular(
        [
          [1, 0],
          [NaN, 1]
        ],
        [1, 2]
      )
    ).toThrow(NonFiniteError);
    expect(() =>
      solveTriangular(
        [
          [1, 0],
          [NaN, 1]
        ],
        [1, 2]
      )
    ).toThrow(/row 1, column 0/);
    expect(() =>
      solveTriangular(
        [
          [1, 0],
          [0, 1]
        ],
        [1, Infinity]
      )
    ).toThrow(/row 1, column 0/);
    expect(() =>
      solveTriangular(
        [
          [1, 0],
          [0, 1]
        ],
        [
          [1, 2],
          [3, -Infinity]
        ]
      )
    ).toThrow(/row 1, column 1/);
  });
  it("ragged input is refused", () => {
    expect(() => solveTriangular([[1, 0], [1]], [1, 2])).toThrow(ShapeError);
    expect(() =>
      solveTriangular(
        [
          [1, 0],
          [0, 1]
        ],
        [[1, 2], [3]]
      )
    ).toThrow(/row 1/);
  });
});
