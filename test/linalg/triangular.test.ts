import fc from "fast-check";
import {afterAll, describe, expect, it} from "vitest";
import {
  Matrix,
  NonFiniteError,
  ShapeError,
  SingularMatrixError,
  getKernelPath,
  kernelPaths,
  setKernelPath,
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

type Kind = "dominant" | "row-graded" | "column-graded" | "random";

/**
 * A square test matrix; solveTriangular reads one triangle of it, the other is garbage.
 * - dominant: uniform entries, diagonal ±(2 + n/4), well conditioned;
 * - row-graded / column-graded: uniform entries (diagonal of modulus ≥ 1/2) times
 *   10^(−12·i/(n−1)) in row i / column i, condition 1e12 or more;
 * - random: uniform entries, diagonal of modulus in [1/2, 1], condition growing like 2^n
 *   (Viswanath and Trefethen, 1998).
 */
function triangular(n: number, seed: number, kind: Kind = "dominant", factor = 1): Matrix {
  const T = randomMatrix(n, n, testRng(seed));
  const grade = (i: number) => (n === 1 ? 1 : 10 ** ((-12 * i) / (n - 1)));
  for (let i = 0; i < n; i++) {
    const d = T.data[i * n + i]!;
    T.data[i * n + i] =
      kind === "dominant" ? (d < 0 ? -1 : 1) * (2 + n / 4) : d < 0 ? d - 0.5 : d + 0.5;
    if (kind === "random") T.data[i * n + i] /= 1.5;
    for (let j = 0; j < n; j++) {
      if (kind === "row-graded") T.data[i * n + j] *= grade(i);
      if (kind === "column-graded") T.data[i * n + j] *= grade(j);
    }
  }
  return scaled(T, factor);
}

const allOptions: Opts[] = [];
for (const lower of [false, true])
  for (const trans of [false, true])
    for (const unitDiagonal of [false, true]) allOptions.push({lower, trans, unitDiagonal});

describe("solveTriangular: residual ratio for every option, size and scaling", () => {
  for (const o of allOptions) {
    for (const n of [1, 2, 3, 10, 16, 17, 30, 70, 97]) {
      for (const [label, f] of [["1", 1], ...Object.entries(SCALES)] as [string, number][]) {
        it(`${JSON.stringify(o)} n=${n} × ${label}`, () => {
          const T = triangular(n, 100 * n + 7, "dominant", o.unitDiagonal ? 1 : f);
          const B = scaled(randomMatrix(n, 3, testRng(n)), f);
          const X = solveTriangular(T, B, o);
          expect(X.shape).toEqual([n, 3]);
          expect(residualRatio(T, B, X, o)).toBeLessThan(THRESHOLD);
          // The vector form (its own loop) solves the first column as well.
          const x = solveTriangular(T, B.col(0), o);
          expect(residualRatio(T, new Matrix(n, 1, B.col(0)), new Matrix(n, 1, x), o)).toBeLessThan(
            THRESHOLD
          );
        });
      }
    }
  }
});

describe("solveTriangular: many right-hand sides on graded and ill-conditioned triangles", () => {
  for (const kind of ["dominant", "row-graded", "column-graded", "random"] as const) {
    for (const o of allOptions) {
      for (const n of [50, 130]) {
        it(`${kind} ${JSON.stringify(o)} n=${n}, k = 1, 7, 64, 500`, () => {
          const T = triangular(n, 31 * n + 5, kind);
          for (const k of [1, 7, 64, 500]) {
            const B = randomMatrix(n, k, testRng(k));
            const X = solveTriangular(T, B, o);
            expect(X.shape).toEqual([n, k]);
            expect(X.data.every(Number.isFinite)).toBe(true);
            expect(residualRatio(T, B, X, o)).toBeLessThan(THRESHOLD);
          }
        });
      }
    }
  }
  it.runIf(kernelPaths().includes("wasm"))(
    "the WASM and TypeScript kernel paths agree to round-off",
    () => {
      const before = getKernelPath();
      const T = triangular(130, 3),
        B = randomMatrix(130, 64, testRng(4));
      try {
        for (const o of allOptions) {
          setKernelPath("wasm");
          const W = solveTriangular(T, B, o);
          setKernelPath("ts");
          const X = solveTriangular(T, B, o);
          expect(fro(W.data.map((w, i) => w - X.data[i]!))).toBeLessThan(1e-13 * fro(X));
        }
      } finally {
        setKernelPath(before);
      }
    }
  );
});

describe("solveTriangular: properties", () => {
  const arb = fc.record({
    n: fc.integer({min: 0, max: 40}),
    k: fc.integer({min: 0, max: 9}),
    vector: fc.boolean(),
    seed: fc.integer({min: 0, max: 1e6}),
    o: fc.constantFrom(...allOptions)
  });
  it("solves op(T) X = B, reads only the selected triangle, leaves its arguments alone", () => {
    fc.assert(
      fc.property(arb, ({n, k, vector, seed, o}) => {
        const T = triangular(n, seed);
        const B = randomMatrix(n, vector ? 1 : k, testRng(seed + 1));
        const Tbefore = T.data.slice(),
          Bbefore = B.data.slice();
        // The vector form for one right-hand side, else the matrix form; X as flat row-major data.
        const solve = (S: Matrix) =>
          vector ? solveTriangular(S, B.data, o) : solveTriangular(S, B, o).data;
        const clean = opT(T, o); // garbage triangle and (if unit) diagonal dropped
        const x = solve(T),
          X = new Matrix(B.rows, B.cols, solve(o.trans ? clean.T : clean));
        return (
          residualRatio(T, B, X, o) < THRESHOLD &&
          X.data.every((v, i) => v === x[i]) &&
          T.data.every((v, i) => v === Tbefore[i]) &&
          B.data.every((v, i) => v === Bbefore[i])
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
  it("SingularMatrixError names the first zero in solving order, for any number of columns", () => {
    // Zero diagonal entries 1 and 3 in a 40×40 triangle: forward solves meet 1 first, backward 3.
    const T = triangular(40, 9);
    T.data[1 * 40 + 1] = 0;
    T.data[3 * 40 + 3] = 0;
    const Tbefore = T.data.slice();
    for (const o of allOptions) {
      for (const k of [1, 2, 40]) {
        const B = randomMatrix(40, k, testRng(k)),
          Bbefore = B.data.slice();
        const call = () => (k === 1 ? solveTriangular(T, B.col(0), o) : solveTriangular(T, B, o));
        if (o.unitDiagonal) {
          expect(call).not.toThrow();
          continue;
        }
        const first = o.lower !== o.trans ? 1 : 3;
        expect(call).toThrow(SingularMatrixError);
        expect(call).toThrow(`diagonal entry ${first} is zero`);
        expect(B.data).toEqual(Bbefore);
      }
    }
    expect(T.data).toEqual(Tbefore);
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
