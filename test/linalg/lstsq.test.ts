import {readFileSync} from "node:fs";
import fc from "fast-check";
import {afterAll, describe, expect, it} from "vitest";
import {
  Matrix,
  NonFiniteError,
  NotPositiveDefiniteError,
  ShapeError,
  lstsq
} from "../../src/linalg/index.js";
import {
  EPS,
  SHAPES,
  THRESHOLD,
  fro,
  matrixTypes,
  mul,
  randomMatrix,
  ratio,
  scaled,
  spectrum,
  testRng,
  withSingularValues
} from "./generators.js";

type Method = "qr" | "svd" | "normal";
const worst: Record<string, number> = {};
const record = (key: string, r: number) => ((worst[key] = Math.max(worst[key] ?? 0, r)), r);
afterAll(() =>
  console.log(
    `lstsq max ratios: ${Object.entries(worst)
      .map(([k, v]) => `${k} ${v.toFixed(2)}`)
      .join(", ")}`
  )
);

const sub = (x: ArrayLike<number>, y: ArrayLike<number>) =>
  Float64Array.from(x as ArrayLike<number>, (v, i) => v - y[i]!);
const vec = (A: Matrix, x: ArrayLike<number>) =>
  mul(A, new Matrix(x.length, 1, Float64Array.from(x as ArrayLike<number>))).data;

/**
 * LAPACK dqrt17-style ratio: the residual r = b − Ax must be orthogonal to col(A) (for the columns kept):
 * ‖(A/‖A‖)ᵀ r‖ / ((‖A‖‖x‖ + ‖b‖) · max(m, n) · ε). A is normalised first so the product cannot overflow.
 */
function orthogonalityRatio(A: Matrix, b: Float64Array, x: Float64Array): number {
  const nA = fro(A);
  if (nA === 0) return 0;
  const r = sub(b, vec(A, x));
  const An = scaled(A, 1 / nA);
  return ratio(fro(vec(An.T, r)), nA * fro(x) + fro(b), Math.max(A.rows, A.cols));
}

describe("lstsq: residual orthogonality on every matrix type and shape (qr and svd)", () => {
  for (const [m, n] of SHAPES) {
    for (const {name, A} of matrixTypes(m, n)) {
      for (const method of ["qr", "svd"] as const) {
        it(`${m}×${n} ${name} (${method})`, () => {
          const scale = fro(A) / Math.sqrt(Math.min(m, n)) || 1;
          const b = scaled(randomMatrix(m, 1, testRng(m * n + 1)), scale).data;
          const {x, rank, s, residuals} = lstsq(A, b, {method});
          expect(x.length).toBe(n);
          expect(s.length).toBe(Math.min(m, n));
          if (name === "zero") expect(rank).toBe(0);
          else if (name.startsWith("rank-deficient"))
            expect(rank).toBe(Math.max(1, Math.floor(Math.min(m, n) / 2)));
          else if (!/UDVᵀ|geometric/.test(name)) expect(rank).toBe(Math.min(m, n)); // spectra that reach ε: the cutoff decides
          expect(residuals.length).toBe(rank === n && m > n ? 1 : 0);
          expect(record(`‖Aᵀr‖ ${method}`, orthogonalityRatio(A, b, x))).toBeLessThan(THRESHOLD);
        });
      }
    }
  }
});

describe("lstsq: forward error against a known minimum-norm solution", () => {
  // x* = Aᵀz lies in the row space, and b = A x* is consistent, so x* is THE minimum-norm solution.
  for (const [m, n] of SHAPES) {
    for (const {name, A} of matrixTypes(m, n).filter((t) => t.name !== "zero")) {
      for (const method of ["qr", "svd"] as const) {
        it(`${m}×${n} ${name} (${method})`, () => {
          const z = randomMatrix(m, 1, testRng(m + 5 * n)).data;
          const xs = vec(
            A.T,
            z.map((v) => v / (fro(A) || 1))
          );
          const b = vec(A, xs);
          const {x, s, rank} = lstsq(A, b, {method});
          if (fro(xs) === 0) return;
          const kappa = s[0]! / s[rank - 1]!;
          const rel = fro(sub(x, xs)) / fro(xs);
          expect(
            record(`forward ${method}`, ratio(rel, Math.min(kappa, 1 / EPS), Math.max(m, n)))
          ).toBeLessThan(THRESHOLD);
        });
      }
    }
  }
});

describe("lstsq: QR against the normal equations as κ grows (why chapters compare them)", () => {
  const m = 40,
    n = 10;
  for (const kappa of [1e1, 1e3, 1e5, 1e7]) {
    it(`κ = ${kappa.toExponential(0)}: QR's error ~ κε, the normal equations' ~ κ²ε`, () => {
      const rng = testRng(kappa);
      const A = withSingularValues(m, n, spectrum("geometric", n, kappa), rng);
      const xs = randomMatrix(n, 1, rng).data;
      const b = vec(A, xs);
      const err = (method: Method) => fro(sub(lstsq(A, b, {method}).x, xs)) / fro(xs);
      const eQR = err("qr"),
        eSVD = err("svd"),
        eNormal = err("normal");
      expect(record(`κ-sweep qr (/κε)`, ratio(eQR, kappa, n))).toBeLessThan(THRESHOLD);
      expect(ratio(eSVD, kappa, n)).toBeLessThan(THRESHOLD);
      expect(record(`κ-sweep normal (/κ²ε)`, ratio(eNormal, kappa * kappa, n))).toBeLessThan(
        THRESHOLD
      );
      if (kappa >= 1e5) expect(eNormal).toBeGreaterThan(100 * eQR);
    });
  }
  it("at κ ≈ 1/√ε and beyond the normal equations break down: AᵀA is not numerically positive definite", () => {
    const A = withSingularValues(30, 10, spectrum("geometric", 10, 1e12), testRng(9));
    expect(() => lstsq(A, new Float64Array(30).fill(1), {method: "normal"})).toThrow(
      NotPositiveDefiniteError
    );
  });
  it("normal: scale alone never breaks it (A and b rescaled by a power of two before AᵀA is formed)", () => {
    const A = randomMatrix(5, 3, testRng(2)),
      b = [1, 2, 3, 4, 5];
    const x0 = lstsq(A, b, {method: "svd"}).x;
    for (const c of [1e170, 1e-161, 1e-300, 1e300]) {
      const x = lstsq(
        scaled(A, c),
        b.map((v) => v * c),
        {method: "normal"}
      ).x;
      expect(fro(x.map((v, i) => v - x0[i])) / fro(x0), `scale ${c}`).toBeLessThan(1e-12);
    }
  });
  it("normal: wide systems use AAᵀ and still give the minimum-norm solution", () => {
    const A = randomMatrix(4, 9, testRng(4));
    const b = randomMatrix(4, 1, testRng(5)).data;
    const x = lstsq(A, b, {method: "normal"}).x,
      y = lstsq(A, b, {method: "svd"}).x;
    expect(fro(sub(x, y)) / fro(y)).toBeLessThan(1e-12);
  });
});

describe("lstsq: agrees with numpy.linalg.lstsq", () => {
  const fixtures = JSON.parse(
    readFileSync(new URL("../fixtures/linalg-a.json", import.meta.url), "utf8")
  );
  type Case = {
    name: string;
    A: number[][];
    b: number[] | number[][];
    x: number[] | number[][];
    residuals: number[];
    rank: number;
    s: number[];
  };
  for (const c of fixtures.lstsq as Case[]) {
    for (const method of ["qr", "svd", "normal"] as const) {
      it(`${c.name} (${method})`, () => {
        const vector = typeof c.b[0] === "number";
        const run = () =>
          vector
            ? lstsq(c.A, c.b as number[], {method})
            : lstsq(c.A, Matrix.from(c.b as number[][]), {method});
        if (method === "normal" && c.rank < Math.min(c.A.length, c.A[0]!.length)) {
          // Rank-deficient: the Gram matrix is singular, so Cholesky either breaks down or returns noise.
          try {
            run();
          } catch (e) {
            expect(e).toBeInstanceOf(NotPositiveDefiniteError);
          }
          return;
        }
        const r = run();
        const x = r.x instanceof Matrix ? r.x.data : r.x;
        const xnp = (vector ? c.x : (c.x as number[][]).flat()) as number[];
        const kappa = c.rank === 0 ? 1 : c.s[0]! / c.s[c.rank - 1]!;
        const tol = THRESHOLD * c.A.length * EPS * (method === "normal" ? kappa * kappa : kappa);
        expect(fro(sub(x, xnp))).toBeLessThanOrEqual(tol * Math.max(fro(xnp), 1));
        expect(r.rank).toBe(c.rank);
        expect(r.s.length).toBe(c.s.length);
        r.s.forEach((v, i) => expect(Math.abs(v - c.s[i]!)).toBeLessThanOrEqual(1e-13 * c.s[0]!));
        expect(r.residuals.length).toBe(c.residuals.length);
        r.residuals.forEach((v, i) =>
          expect(Math.abs(v - c.residuals[i]!)).toBeLessThan(1e-12 * Math.max(1, c.residuals[i]!))
        );
      });
    }
  }
});

describe("lstsq: properties", () => {
  const arbProblem = fc.tuple(
    fc.integer({min: 0, max: 7}),
    fc.integer({min: 0, max: 7}),
    fc.integer({min: 1, max: 3}),
    fc.integer({min: 0, max: 1e6})
  );
  it("qr and svd give the same solution, and a k-column b solves column by column", () => {
    fc.assert(
      fc.property(arbProblem, ([m, n, k, seed]) => {
        const rng = testRng(seed);
        const A = randomMatrix(m, n, rng),
          B = randomMatrix(m, k, rng);
        const X = lstsq(A, B).x,
          Y = lstsq(A, B, {method: "svd"}).x;
        const x0 = lstsq(A, B.col(0)).x;
        const scale = Math.max(1, fro(Y));
        return fro(sub(X.data, Y.data)) <= 1e-10 * scale && fro(sub(x0, X.col(0))) <= 1e-12 * scale;
      })
    );
  });
  it("does not mutate its arguments", () => {
    fc.assert(
      fc.property(
        arbProblem,
        fc.constantFrom<Method>("qr", "svd", "normal"),
        ([m, n, k, seed], method) => {
          const rng = testRng(seed);
          const A = randomMatrix(m, n, rng),
            B = randomMatrix(m, k, rng);
          const a = A.data.slice(),
            b = B.data.slice();
          try {
            lstsq(A, B, {method});
          } catch {
            /* normal may break down; arguments must still be intact */
          }
          return A.data.every((v, i) => v === a[i]) && B.data.every((v, i) => v === b[i]);
        }
      )
    );
  });
});

describe("lstsq: edge shapes (as NumPy)", () => {
  it("A with no columns: x empty, residuals ‖b‖², rank 0", () => {
    const r = lstsq(new Matrix(3, 0), [1, 2, 3]);
    expect(r.x.length).toBe(0);
    expect(Array.from(r.residuals)).toEqual([14]);
    expect(r.rank).toBe(0);
  });
  it("A with no rows: x zero, residuals empty", () => {
    const r = lstsq(new Matrix(0, 3), []);
    expect(Array.from(r.x)).toEqual([0, 0, 0]);
    expect(r.residuals.length).toBe(0);
  });
  it("the zero matrix: x = 0, rank 0, s all zero", () => {
    for (const method of ["qr", "svd"] as const) {
      const r = lstsq(
        [
          [0, 0],
          [0, 0],
          [0, 0]
        ],
        [1, 2, 3],
        {method}
      );
      expect(Array.from(r.x)).toEqual([0, 0]);
      expect(r.rank).toBe(0);
      expect(Array.from(r.s)).toEqual([0, 0]);
    }
  });
  it("b with no columns gives an n×0 solution", () => {
    expect(
      lstsq(
        [
          [1, 2],
          [3, 4],
          [5, 6]
        ],
        new Matrix(3, 0)
      ).x.shape
    ).toEqual([2, 0]);
  });
  it("rcond sets the rank cutoff", () => {
    const A = [
      [1, 0],
      [0, 1e-8],
      [0, 0]
    ];
    expect(lstsq(A, [1, 1, 1]).rank).toBe(2);
    const r = lstsq(A, [1, 1, 1], {rcond: 1e-6});
    expect(r.rank).toBe(1);
    expect(Array.from(r.x)).toEqual([1, 0]);
  });
});

describe("lstsq: bad input", () => {
  it("ShapeError names both shapes", () => {
    expect(() =>
      lstsq(
        [
          [1, 2],
          [3, 4],
          [5, 6]
        ],
        [1, 2]
      )
    ).toThrow(ShapeError);
    expect(() =>
      lstsq(
        [
          [1, 2],
          [3, 4],
          [5, 6]
        ],
        [1, 2]
      )
    ).toThrow(/\(3, 2\).*\(2,\)/);
    expect(() =>
      lstsq(
        [
          [1, 2],
          [3, 4],
          [5, 6]
        ],
        [[1], [2]]
      )
    ).toThrow(/\(3, 2\).*\(2, 1\)/);
  });
  it("NonFiniteError names row and column; ragged input is refused; unknown methods are refused", () => {
    expect(() =>
      lstsq(
        [
          [1, 2],
          [3, NaN]
        ],
        [1, 2]
      )
    ).toThrow(/row 1, column 1/);
    expect(() =>
      lstsq(
        [
          [1, 2],
          [3, 4]
        ],
        [1, -Infinity]
      )
    ).toThrow(NonFiniteError);
    expect(() => lstsq([[1, 2], [3]], [1, 2])).toThrow(ShapeError);
    expect(() => lstsq([[1]], [1], {method: "cg" as Method})).toThrow(TypeError);
  });
});
