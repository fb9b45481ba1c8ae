import {readFileSync} from "node:fs";
import fc from "fast-check";
import {afterAll, describe, expect, it} from "vitest";
import {
  Matrix,
  NonFiniteError,
  ShapeError,
  SingularMatrixError,
  det,
  inv,
  luFactor,
  luSolve,
  slogdet,
  solve
} from "../../src/linalg/index.js";
import {
  EPS,
  THRESHOLD,
  diffFro,
  fro,
  matrixTypes,
  mul,
  randomMatrix,
  ratio,
  testRng
} from "./generators.js";

const worst = {forward: 0, backward: 0, inverse: 0};
afterAll(() =>
  console.log(
    `solve max ratios: ‖x − x*‖∞/(‖x*‖∞ κ₁ n ε) = ${worst.forward.toFixed(2)}, ‖b − Ax‖/(n‖A‖‖x‖ε) = ${worst.backward.toFixed(2)}; ` +
      `inv ‖I − A A⁻¹‖/(n‖A‖‖A⁻¹‖ε) = ${worst.inverse.toFixed(2)}`
  )
);

const normInf = (x: ArrayLike<number>) =>
  Array.from(x).reduce((s, v) => Math.max(s, Math.abs(v)), 0);
/** ‖A‖₁, the largest column sum. */
function norm1(A: Matrix): number {
  let best = 0;
  for (let j = 0; j < A.cols; j++)
    best = Math.max(
      best,
      A.col(j).reduce((s, v) => s + Math.abs(v), 0)
    );
  return best;
}

/** Decode the fixture's spelled-out non-finite numbers. */
const num = (x: number | string) => (typeof x === "number" ? x : Number(x));

describe("solve and inv: LAPACK ratios on the nonsingular matrix types", () => {
  for (const n of [1, 2, 3, 10, 16, 30]) {
    for (const {name, A} of matrixTypes(n, n).filter(
      (t) => t.name !== "zero" && !t.name.startsWith("rank-deficient")
    )) {
      it(`${n}×${n} ${name}`, () => {
        const rng = testRng(n + 3);
        const X = randomMatrix(n, 2, rng); // known solutions x*
        const B = mul(A, X);
        const Ainv = inv(A);
        const kappa = norm1(A) * norm1(Ainv);
        const Xs = solve(A, B);
        for (let c = 0; c < 2; c++) {
          const x = Xs.col(c),
            xs = X.col(c);
          const forward = ratio(
            normInf(x.map((v, i) => v - xs[i]!)) / normInf(xs),
            Math.min(kappa, 1 / EPS),
            n
          );
          worst.forward = Math.max(worst.forward, forward);
          expect(forward).toBeLessThan(THRESHOLD);
        }
        // Backward error: B − A X relative to ‖A‖‖X‖ (independent of conditioning).
        const backward = ratio(diffFro(B, mul(A, Xs)), fro(A) * fro(Xs), n);
        worst.backward = Math.max(worst.backward, backward);
        expect(backward).toBeLessThan(THRESHOLD);
        // inv: ‖I − A A⁻¹‖ / (n ‖A‖ ‖A⁻¹‖ ε), as LAPACK's dget03.
        const E = mul(A, Ainv);
        for (let i = 0; i < n; i++) E.data[i * n + i] -= 1;
        const inverse = ratio(fro(E), fro(A) * fro(Ainv), n);
        worst.inverse = Math.max(worst.inverse, inverse);
        expect(inverse).toBeLessThan(THRESHOLD);
        // The vector form (its own loop) agrees with the matrix form's column to round-off.
        const x1 = solve(A, B.col(1)),
          X1 = Xs.col(1);
        const agree = normInf(x1.map((v, i) => v - X1[i]!)) / normInf(X1);
        expect(ratio(agree, Math.min(kappa, 1 / EPS), n)).toBeLessThan(THRESHOLD);
      });
    }
  }
});

describe("agrees with NumPy (det, slogdet, solve, inv)", () => {
  const fixtures = JSON.parse(
    readFileSync(new URL("../fixtures/linalg-a.json", import.meta.url), "utf8")
  );
  type Case = {
    name: string;
    roundingDecides: boolean;
    A: number[][];
    b: number[];
    B: number[][];
    det: number | string;
    cond: number | string;
    slogdet: {sign: number; logabsdet: number | string};
    solve_b: number[] | {error: string};
    solve_B: number[][] | {error: string};
    inv: number[][] | {error: string};
  };
  for (const c of fixtures.square as Case[]) {
    it(c.name, () => {
      const n = c.A.length;
      const A = Matrix.from(c.A);
      // Hadamard's bound Π‖a_i‖ ≥ |det A| sets the scale of det's rounding error.
      const hadamard = c.A.reduce((p, row) => p * fro(row), 1);
      const tol = THRESHOLD * n * EPS * hadamard;
      const npDet = num(c.det);
      if (Number.isFinite(npDet)) expect(Math.abs(det(A) - npDet)).toBeLessThanOrEqual(tol);
      else expect(det(A)).toBe(npDet); // overflow, as in NumPy
      const {sign, logabsdet} = slogdet(A);
      if (c.slogdet.sign === 0 && c.roundingDecides) {
        // NumPy's last pivot rounded to exactly 0; ours is at rounding level: either way |det| is below the tolerance.
        expect(sign === 0 || Math.exp(logabsdet) <= tol).toBe(true);
      } else {
        expect(sign).toBe(c.slogdet.sign);
        const npLog = num(c.slogdet.logabsdet);
        if (Number.isFinite(npLog))
          expect(Math.abs(logabsdet - npLog)).toBeLessThan(
            1e-12 * Math.max(1, Math.abs(npLog)) + n * Math.min(num(c.cond), 1 / EPS) * EPS
          );
        else expect(logabsdet).toBe(npLog);
      }
      if ("error" in c.solve_b) {
        if (!c.roundingDecides) {
          expect(() => solve(A, c.b)).toThrow(SingularMatrixError);
          expect(() => inv(A)).toThrow(SingularMatrixError);
        }
        return;
      }
      const kappa = num(c.cond);
      const close = (ours: Float64Array, theirs: ArrayLike<number>) =>
        expect(normInf(ours.map((v, i) => v - theirs[i]!)) / normInf(theirs)).toBeLessThan(
          THRESHOLD * n * kappa * EPS
        );
      close(solve(A, c.b), c.b.length ? (c.solve_b as number[]) : []);
      close(solve(A, c.B).data, (c.solve_B as number[][]).flat());
      close(inv(A).data, (c.inv as number[][]).flat());
    });
  }
});

describe("determinants", () => {
  const arbSquare = fc
    .integer({min: 0, max: 6})
    .chain((n) =>
      fc
        .array(fc.double({min: -4, max: 4, noNaN: true}), {minLength: n * n, maxLength: n * n})
        .map((d) => new Matrix(n, n, Float64Array.from(d)))
    );
  it("det(Aᵀ) = det(A), det(AB) = det(A)det(B), and slogdet agrees with det", () => {
    fc.assert(
      fc.property(arbSquare, arbSquare, (A, B0) => {
        const n = A.rows;
        const B = B0.rows === n ? B0 : randomMatrix(n, n, testRng(n));
        const scale =
          Math.max(1, ...A.toArray().map((r) => fro(r))) ** n *
          Math.max(1, ...B.toArray().map((r) => fro(r))) ** n;
        const tol = 100 * (n + 1) * EPS * scale;
        const {sign, logabsdet} = slogdet(A);
        return (
          Math.abs(det(A.T) - det(A)) <= tol &&
          Math.abs(det(mul(A, B)) - det(A) * det(B)) <= tol &&
          Math.abs(sign * Math.exp(logabsdet) - det(A)) <= tol
        );
      })
    );
  });
  it("det of a triangular matrix is the product of its diagonal; a row swap flips the sign", () => {
    expect(
      det([
        [2, 7, 1],
        [0, -3, 5],
        [0, 0, 4]
      ])
    ).toBe(-24);
    expect(
      det([
        [0, 1],
        [1, 0]
      ])
    ).toBe(-1);
    expect(
      slogdet([
        [0, 1],
        [1, 0]
      ])
    ).toEqual({sign: -1, logabsdet: 0});
  });
  it("slogdet does not overflow where det does", () => {
    const A = new Matrix(200, 200);
    for (let i = 0; i < 200; i++) A.data[i * 200 + i] = 1e10;
    expect(det(A)).toBe(Infinity);
    const {sign, logabsdet} = slogdet(A);
    expect(sign).toBe(1);
    expect(logabsdet).toBeCloseTo(200 * Math.log(1e10), 10);
  });
  it("singular matrices: det 0, slogdet (0, −∞); the 0×0 matrix has det 1 (as NumPy)", () => {
    expect(
      det([
        [1, 2],
        [2, 4]
      ])
    ).toBe(0);
    expect(
      slogdet([
        [1, 2],
        [2, 4]
      ])
    ).toEqual({sign: 0, logabsdet: -Infinity});
    expect(det(new Matrix(0, 0))).toBe(1);
    expect(slogdet(new Matrix(0, 0))).toEqual({sign: 1, logabsdet: 0});
  });
});

describe("solve, inv, luSolve: edge cases and errors", () => {
  it("SingularMatrixError names the zero pivot", () => {
    try {
      solve(
        [
          [1, 2],
          [2, 4]
        ],
        [1, 1]
      );
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(SingularMatrixError);
      expect((e as SingularMatrixError).index).toBe(1);
    }
    expect(() =>
      inv([
        [0, 0],
        [0, 0]
      ])
    ).toThrow(/pivot 0 is zero/);
  });
  it("luSolve reuses one factorization for several right-hand sides", () => {
    const A = [
      [4, 3],
      [6, 3]
    ];
    const f = luFactor(A);
    expect(Array.from(luSolve(f, [10, 12]))).toEqual(Array.from(solve(A, [10, 12])));
    expect(
      luSolve(f, [
        [1, 0],
        [0, 1]
      ]).toArray()
    ).toEqual(inv(A).toArray());
    expect(() => luSolve(luFactor([[1, 2, 3]]), [1])).toThrow(ShapeError);
  });
  it("any typed array is a vector right-hand side", () => {
    expect(
      Array.from(
        solve(
          [
            [2, 0],
            [0, 4]
          ],
          Float32Array.of(2, 2)
        )
      )
    ).toEqual([1, 0.5]);
  });
  it("0×0 systems", () => {
    expect(solve(new Matrix(0, 0), []).length).toBe(0);
    expect(inv(new Matrix(0, 0)).shape).toEqual([0, 0]);
  });
  it("ShapeError names both shapes", () => {
    expect(() =>
      solve(
        [
          [1, 2],
          [3, 4]
        ],
        [1, 2, 3]
      )
    ).toThrow(/\(2, 2\).*\(3,\)/);
    expect(() =>
      solve(
        [
          [1, 2],
          [3, 4]
        ],
        [[1], [2], [3]]
      )
    ).toThrow(/\(2, 2\).*\(3, 1\)/);
    for (const f of [
      solve as (a: number[][], b: number[]) => unknown,
      (a: number[][]) => inv(a),
      (a: number[][]) => det(a),
      (a: number[][]) => slogdet(a)
    ]) {
      expect(() =>
        f(
          [
            [1, 2, 3],
            [4, 5, 6]
          ],
          [1, 2]
        )
      ).toThrow(ShapeError);
      expect(() =>
        f(
          [
            [1, 2, 3],
            [4, 5, 6]
          ],
          [1, 2]
        )
      ).toThrow(/\(2, 3\)/);
    }
  });
  it("NonFiniteError names row and column; ragged input is refused", () => {
    expect(() =>
      solve(
        [
          [1, 2],
          [3, NaN]
        ],
        [1, 2]
      )
    ).toThrow(NonFiniteError);
    expect(() =>
      solve(
        [
          [1, 2],
          [3, NaN]
        ],
        [1, 2]
      )
    ).toThrow(/row 1, column 1/);
    expect(() =>
      solve(
        [
          [1, 2],
          [3, 4]
        ],
        [NaN, 2]
      )
    ).toThrow(/row 0, column 0/);
    expect(() => det([[1, 2], [3]])).toThrow(ShapeError);
    expect(() => inv([[Infinity]])).toThrow(NonFiniteError);
  });
  it("no function mutates its arguments", () => {
    const A = [
        [4, 3, 1],
        [6, 3, 2],
        [1, 1, 9]
      ],
      b = [1, 2, 3],
      B = Matrix.from([
        [1, 0],
        [0, 1],
        [1, 1]
      ]);
    const Am = Matrix.from(A),
      Bdata = B.data.slice(),
      Adata = Am.data.slice();
    solve(A, b);
    solve(Am, B);
    inv(Am);
    det(Am);
    slogdet(Am);
    luSolve(luFactor(Am), b);
    expect(A).toEqual([
      [4, 3, 1],
      [6, 3, 2],
      [1, 1, 9]
    ]);
    expect(b).toEqual([1, 2, 3]);
    expect(Array.from(B.data)).toEqual(Array.from(Bdata));
    expect(Array.from(Am.data)).toEqual(Array.from(Adata));
  });
});
