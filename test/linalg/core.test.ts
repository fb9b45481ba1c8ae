// Matrix value, constructors and elementwise/product operations, against plain definitions.
import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {
  Matrix,
  ShapeError,
  add,
  diag,
  dot,
  eye,
  fromColumns,
  fromRows,
  hadamard,
  linspace,
  matmul,
  matvec,
  ones,
  outer,
  scale,
  sub,
  trace,
  transpose,
  vadd,
  vscale,
  vsub,
  zeros
} from "../../src/linalg/index.js";
import {mul, randomMatrix, testRng} from "./generators.js";

describe("Matrix", () => {
  it("stores row-major: entry (i, j) is data[i·cols + j]", () => {
    const A = Matrix.from([
      [1, 2, 3],
      [4, 5, 6]
    ]);
    expect(A.shape).toEqual([2, 3]);
    expect(Array.from(A.data)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(A.get(1, 0)).toBe(4);
    expect(A.toArray()).toEqual([
      [1, 2, 3],
      [4, 5, 6]
    ]);
    expect(Array.from(A.row(1))).toEqual([4, 5, 6]);
    expect(Array.from(A.col(2))).toEqual([3, 6]);
    expect(A.slice(0, 2, 1, 3).toArray()).toEqual([
      [2, 3],
      [5, 6]
    ]);
  });
  it("T transposes, and transposing twice is the identity", () => {
    const A = randomMatrix(3, 5, testRng(1));
    expect(A.T.shape).toEqual([5, 3]);
    expect(A.T.get(4, 2)).toBe(A.get(2, 4));
    expect(Array.from(A.T.T.data)).toEqual(Array.from(A.data));
    expect(transpose(A).toArray()).toEqual(A.T.toArray());
  });
  it("refuses bad shapes, out-of-range reads and ragged rows, naming what is wrong", () => {
    expect(() => new Matrix(2, -1)).toThrow(ShapeError);
    expect(() => new Matrix(2, 2, new Float64Array(3))).toThrow(/3 entries/);
    expect(() => Matrix.from([[1, 2], [3]])).toThrow(/row 1 has 1 entries/);
    expect(() => Matrix.from([[1]]).get(1, 0)).toThrow(RangeError);
  });
  it("clone copies storage", () => {
    const A = Matrix.from([[1, 2]]),
      B = A.clone();
    B.data[0] = 9;
    expect(A.get(0, 0)).toBe(1);
  });
});

describe("constructors (NumPy names)", () => {
  it("zeros, ones, eye (square and rectangular)", () => {
    expect(zeros(2, 3).toArray()).toEqual([
      [0, 0, 0],
      [0, 0, 0]
    ]);
    expect(ones(2).toArray()).toEqual([
      [1, 1],
      [1, 1]
    ]);
    expect(eye(2, 3).toArray()).toEqual([
      [1, 0, 0],
      [0, 1, 0]
    ]);
  });
  it("diag goes both ways, like np.diag", () => {
    expect(diag([1, 2]).toArray()).toEqual([
      [1, 0],
      [0, 2]
    ]);
    expect(
      Array.from(
        diag(
          Matrix.from([
            [1, 2, 3],
            [4, 5, 6]
          ])
        )
      )
    ).toEqual([1, 5]);
    expect(Array.from(diag(diag([7, 8, 9]) as Matrix))).toEqual([7, 8, 9]);
  });
  it("linspace includes both ends exactly", () => {
    const x = linspace(10, 1, 10);
    expect(x[0]).toBe(10);
    expect(x[9]).toBe(1);
    expect(x[4]).toBeCloseTo(6, 14);
    expect(Array.from(linspace(3, 5, 1))).toEqual([3]);
    expect(() => linspace(0, 1, -1)).toThrow(ShapeError);
  });
  it("fromColumns and fromRows", () => {
    expect(
      fromColumns([
        [1, 2],
        [3, 4],
        [5, 6]
      ]).toArray()
    ).toEqual([
      [1, 3, 5],
      [2, 4, 6]
    ]);
    expect(
      fromRows([
        [1, 2],
        [3, 4]
      ]).toArray()
    ).toEqual([
      [1, 2],
      [3, 4]
    ]);
    expect(() => fromColumns([[1, 2], [3]])).toThrow(/column 1/);
  });
});

describe("operations", () => {
  it("matmul equals the plain triple loop on every shape around the 4×4 blocking", () => {
    fc.assert(
      fc.property(
        fc.integer({min: 0, max: 11}),
        fc.integer({min: 0, max: 11}),
        fc.integer({min: 0, max: 11}),
        fc.integer(),
        (m, k, n, seed) => {
          const rng = testRng(seed);
          const A = randomMatrix(m, k, rng),
            B = randomMatrix(k, n, rng);
          const C = matmul(A, B),
            R = mul(A, B);
          expect(C.shape).toEqual([m, n]);
          for (let i = 0; i < C.data.length; i++) expect(C.data[i]).toBeCloseTo(R.data[i]!, 12);
        }
      ),
      {numRuns: 200}
    );
  });
  it("matmul with a vector is matvec; shape mismatches name both shapes", () => {
    const A = Matrix.from([
      [1, 2],
      [3, 4],
      [5, 6]
    ]);
    expect(Array.from(matmul(A, [1, -1]))).toEqual([-1, -1, -1]);
    expect(Array.from(matvec(A, Float64Array.of(1, 1)))).toEqual([3, 7, 11]);
    expect(() => matmul(A, A)).toThrow(/\(3, 2\) and \(3, 2\)/);
    expect(() => matmul(A, [1, 2, 3])).toThrow(/\(3, 2\) and \(3,\)/);
  });
  it("add, sub, hadamard, scale, outer, dot, trace", () => {
    const A = Matrix.from([
        [1, 2],
        [3, 4]
      ]),
      B = Matrix.from([
        [5, 6],
        [7, 8]
      ]);
    expect(add(A, B).toArray()).toEqual([
      [6, 8],
      [10, 12]
    ]);
    expect(sub(B, A).toArray()).toEqual([
      [4, 4],
      [4, 4]
    ]);
    expect(hadamard(A, B).toArray()).toEqual([
      [5, 12],
      [21, 32]
    ]);
    expect(scale(-2, A).toArray()).toEqual([
      [-2, -4],
      [-6, -8]
    ]);
    expect(outer([1, 2], [3, 4, 5]).toArray()).toEqual([
      [3, 4, 5],
      [6, 8, 10]
    ]);
    expect(dot([1, 2, 3], [4, 5, 6])).toBe(32);
    expect(
      trace(
        Matrix.from([
          [1, 2, 3],
          [4, 5, 6]
        ])
      )
    ).toBe(6);
    expect(() => add(A, Matrix.from([[1, 2, 3]]))).toThrow(/\(2, 2\) and \(1, 3\)/);
    expect(() => dot([1], [1, 2])).toThrow(ShapeError);
  });
  it("vector helpers return fresh arrays", () => {
    const x = [1, 2],
      y = [3, 5];
    expect(Array.from(vadd(x, y))).toEqual([4, 7]);
    expect(Array.from(vsub(y, x))).toEqual([2, 3]);
    expect(Array.from(vscale(3, x))).toEqual([3, 6]);
    expect(x).toEqual([1, 2]);
  });
  it("tr(AB) = tr(BA) and (AB)ᵀ = BᵀAᵀ (properties)", () => {
    fc.assert(
      fc.property(
        fc.integer({min: 1, max: 8}),
        fc.integer({min: 1, max: 8}),
        fc.integer(),
        (m, n, seed) => {
          const rng = testRng(seed);
          const A = randomMatrix(m, n, rng),
            B = randomMatrix(n, m, rng);
          expect(trace(matmul(A, B))).toBeCloseTo(trace(matmul(B, A)), 12);
          const L = matmul(A, B).T,
            R = matmul(B.T, A.T);
          for (let i = 0; i < L.data.length; i++) expect(L.data[i]).toBeCloseTo(R.data[i]!, 12);
        }
      )
    );
  });
});
