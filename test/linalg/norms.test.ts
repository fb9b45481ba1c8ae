import {describe, expect, it} from "vitest";
import fc from "fast-check";
import {readFileSync} from "node:fs";
import {norm, scaledNorm2, type NormOrder} from "../../src/linalg/norms.js";
import {cond} from "../../src/linalg/cond.js";
import {matrixRank} from "../../src/linalg/rank.js";
import {NonFiniteError, ShapeError} from "../../src/linalg/errors.js";
import {Matrix} from "../../src/linalg/matrix.js";
import {
  EPS,
  SCALES,
  matrixTypes,
  randomMatrix,
  spectrum,
  testRng,
  withSingularValues
} from "./generators.js";

type Num = number | "Infinity" | "-Infinity";
const num = (v: Num): number => (v === "Infinity" ? Infinity : v === "-Infinity" ? -Infinity : v);
const fixtures: {
  norms: {
    x: number[] | number[][];
    shape?: [number, number];
    matrix: boolean;
    ord: Num | "fro" | "nuc" | null;
    value?: Num;
    error?: boolean;
  }[];
  cond: {A: number[][]; shape: [number, number]; ord: Num | "fro" | "nuc" | null; value: Num}[];
  rank: {A: number[][]; shape: [number, number]; rank: number}[];
} = JSON.parse(readFileSync(new URL("../fixtures/norms.json", import.meta.url), "utf8"));

const ordOf = (o: Num | "fro" | "nuc" | null): NormOrder | undefined =>
  o === null ? undefined : o === "fro" || o === "nuc" ? o : num(o);
const asInput = (x: number[] | number[][], shape?: [number, number]) =>
  shape ? new Matrix(shape[0], shape[1], Float64Array.from((x as number[][]).flat())) : x;

function closeTo(actual: number, expected: number, rtol: number): void {
  if (!Number.isFinite(expected) || expected === 0) expect(actual).toBe(expected);
  else expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rtol * Math.abs(expected));
}

describe("norm: NumPy fixtures (every order, empty inputs included)", () => {
  for (const [k, f] of fixtures.norms.entries()) {
    const label = `${f.matrix ? `matrix ${f.shape!.join("×")}` : `vector of ${f.x.length}`} #${k}, ord=${f.ord}`;
    it(label, () => {
      const x = asInput(f.x, f.matrix ? f.shape : undefined);
      if (f.error) expect(() => norm(x, ordOf(f.ord))).toThrow(ShapeError);
      else if (f.matrix && f.ord === -2) {
        // σ_min of a singular matrix is rounding noise (NumPy's and ours differ): compare against ‖A‖_F.
        expect(Math.abs(norm(x, -2) - num(f.value!))).toBeLessThanOrEqual(
          1e-13 * Math.abs(num(f.value!)) + 1e-14 * norm(x)
        );
      } else closeTo(norm(x, ordOf(f.ord)), num(f.value!), 1e-13);
    });
  }
});

describe("norm: definitions on small cases", () => {
  it("vector orders", () => {
    const x = [3, -4, 0];
    expect(norm(x)).toBe(5);
    expect(norm(x, 1)).toBe(7);
    expect(norm(x, Infinity)).toBe(4);
    expect(norm(x, -Infinity)).toBe(0);
    expect(norm(x, 0)).toBe(2);
    expect(norm(x, -1)).toBe(0); // a zero entry makes Σ|x|⁻¹ infinite
    expect(norm([3, -4], -1)).toBeCloseTo(1 / (1 / 3 + 1 / 4), 14);
    expect(norm(x, 3)).toBeCloseTo(Math.cbrt(27 + 64), 14);
  });

  it("matrix orders on [[1, -2], [3, 4]]", () => {
    const A = [
      [1, -2],
      [3, 4]
    ];
    expect(norm(A)).toBeCloseTo(Math.sqrt(30), 14);
    expect(norm(A, 1)).toBe(6);
    expect(norm(A, -1)).toBe(4);
    expect(norm(A, Infinity)).toBe(7);
    expect(norm(A, -Infinity)).toBe(3);
    // σ² are the eigenvalues of AᵀA = [[10, 10], [10, 20]]: 15 ± 5√5.
    const s1 = Math.sqrt(15 + 5 * Math.sqrt(5)),
      s2 = Math.sqrt(15 - 5 * Math.sqrt(5));
    expect(norm(A, 2)).toBeCloseTo(s1, 13);
    expect(norm(A, -2)).toBeCloseTo(s2, 13);
    expect(norm(A, "nuc")).toBeCloseTo(s1 + s2, 13);
  });

  it("2-norm and Frobenius neither overflow nor underflow at 1e±170 (naive sums would)", () => {
    for (const s of [1e170, 1e-170, 1e300, 1e-300, SCALES.nearOverflow, SCALES.nearUnderflow]) {
      expect(norm([3 * s, 4 * s]) / s).toBeCloseTo(5, 14);
      expect(
        norm([
          [s, s],
          [s, s]
        ]) / s
      ).toBeCloseTo(2, 14);
      expect(
        norm(
          [
            [3 * s, 0],
            [0, 4 * s]
          ],
          2
        ) / s
      ).toBeCloseTo(4, 13);
      expect(norm(Array(9).fill(s), 3) / s).toBeCloseTo(Math.cbrt(9), 14);
    }
    expect(Math.hypot(1e170, 1e170)).toBeGreaterThan(0); // the reference is finite…
    expect(1e170 * 1e170).toBe(Infinity); // …while a plain sum of squares is not
    expect(scaledNorm2([1e-170, 1e-170]) / 1e-170).toBeCloseTo(Math.SQRT2, 15);
  });

  it("rejects bad orders and bad entries with typed errors", () => {
    expect(() => norm([1, 2], "fro")).toThrow(RangeError);
    expect(() => norm([1, 2], "nuc")).toThrow(RangeError);
    expect(() => norm([1, 2], NaN)).toThrow(RangeError);
    expect(() => norm([[1, 2]], 3)).toThrow(RangeError);
    expect(() => norm([1, NaN])).toThrow(NonFiniteError);
    expect(() =>
      norm(
        [
          [1, 2],
          [Infinity, 0]
        ],
        1
      )
    ).toThrow(NonFiniteError);
  });

  it("does not mutate its argument", () => {
    const x = Float64Array.of(-1, 2, -3);
    const A = Matrix.from([
      [1, -2],
      [3, -4]
    ]);
    for (const o of [1, 2, 0.5, -1, Infinity]) norm(x, o);
    for (const o of ["fro", "nuc", 1, -1, 2, -2, Infinity, -Infinity] as const) norm(A, o);
    expect(Array.from(x)).toEqual([-1, 2, -3]);
    expect(A.toArray()).toEqual([
      [1, -2],
      [3, -4]
    ]);
  });
});

describe("norm: inequalities (properties)", () => {
  const matrices = fc
    .tuple(fc.integer({min: 1, max: 6}), fc.integer({min: 1, max: 6}))
    .chain(([m, n]) =>
      fc
        .array(fc.double({min: -1e3, max: 1e3, noNaN: true}), {minLength: m * n, maxLength: m * n})
        .map((d) => new Matrix(m, n, Float64Array.from(d)))
    );
  const slack = 1 + 1e-12;

  it("‖A‖₂ ≤ ‖A‖_F ≤ √r‖A‖₂, ‖A‖₂ ≤ √(‖A‖₁‖A‖∞), σ_min ≤ σ_max, ‖A‖_F ≤ ‖A‖_* ≤ √r‖A‖_F", () => {
    fc.assert(
      fc.property(matrices, (A) => {
        const two = norm(A, 2),
          f = norm(A, "fro"),
          nuc = norm(A, "nuc"),
          r = Math.max(1, matrixRank(A));
        expect(two).toBeLessThanOrEqual(f * slack);
        expect(f).toBeLessThanOrEqual(Math.sqrt(r) * two * slack + 1e-300);
        expect(two).toBeLessThanOrEqual(
          Math.sqrt(norm(A, 1)) * Math.sqrt(norm(A, Infinity)) * slack
        );
        expect(norm(A, -2)).toBeLessThanOrEqual(two);
        expect(f).toBeLessThanOrEqual(nuc * slack);
        expect(nuc).toBeLessThanOrEqual(Math.sqrt(r) * f * slack + 1e-300);
        // ‖A‖₁ = ‖Aᵀ‖∞ and ‖A‖₂ = ‖Aᵀ‖₂.
        expect(norm(A, 1)).toBe(norm(A.T, Infinity));
        expect(Math.abs(norm(A.T, 2) - two)).toBeLessThanOrEqual(1e-12 * two);
      }),
      {numRuns: 200}
    );
  });

  it("vector norms: ‖x‖∞ ≤ ‖x‖₂ ≤ ‖x‖₁ ≤ √n‖x‖₂, p-norms decrease in p, triangle inequality", () => {
    const vec = fc
      .integer({min: 1, max: 12})
      .chain((n) =>
        fc.tuple(
          ...[0, 1].map(() =>
            fc.array(fc.double({min: -1e6, max: 1e6, noNaN: true}), {minLength: n, maxLength: n})
          )
        )
      );
    fc.assert(
      fc.property(vec, ([x, y]) => {
        const n = x.length;
        const [i, two, one] = [norm(x, Infinity), norm(x, 2), norm(x, 1)];
        expect(i).toBeLessThanOrEqual(two * slack);
        expect(two).toBeLessThanOrEqual(one * slack);
        expect(one).toBeLessThanOrEqual(Math.sqrt(n) * two * slack + 1e-300);
        expect(norm(x, 3)).toBeLessThanOrEqual(norm(x, 1.5) * slack);
        const s = x.map((v, k) => v + y[k]!);
        for (const p of [1, 2, 3, Infinity])
          expect(norm(s, p)).toBeLessThanOrEqual((norm(x, p) + norm(y, p)) * slack + 1e-300);
      }),
      {numRuns: 200}
    );
  });
});

describe("cond", () => {
  for (const [k, f] of fixtures.cond.entries()) {
    it(`NumPy fixture ${f.shape.join("×")} #${k}, ord=${f.ord}`, () => {
      const got = cond(asInput(f.A, f.shape) as Matrix, ordOf(f.ord));
      const want = num(f.value);
      if (want > 1e15)
        expect(got).toBeGreaterThan(1e15); // singular: NumPy's rounding gives a huge or infinite value
      else if (want < 1e-15) expect(got).toBeLessThan(1e-15);
      else closeTo(got, want, 1e-9); // κ amplifies rounding in the inverse / smallest σ
    });
  }

  it("κ₂ of U diag(s) Vᵀ is s₁/sₙ, Infinity for the zero matrix, and ≥ 1", () => {
    const rng = testRng(3);
    for (const c of [1, 10, 1e6, 1e12]) {
      const A = withSingularValues(8, 5, spectrum("geometric", 5, c), rng);
      expect(Math.abs(cond(A) / c - 1)).toBeLessThan(c * 1e-14 + 1e-13);
      expect(Math.abs(cond(A, -2) * c - 1)).toBeLessThan(c * 1e-14 + 1e-13);
    }
    expect(
      cond([
        [0, 0],
        [0, 0]
      ])
    ).toBe(Infinity);
    expect(
      cond(
        [
          [1, 2],
          [2, 4]
        ],
        1
      )
    ).toBe(Infinity);
    fc.assert(
      fc.property(
        fc.integer({min: 1, max: 6}),
        fc.integer({min: 0, max: 1000}),
        (n, seed) => cond(randomMatrix(n, n, testRng(seed))) >= 1 - 1e-12
      )
    );
  });

  it("typed errors", () => {
    expect(() => cond(new Matrix(0, 0))).toThrow(ShapeError);
    expect(() => cond([[1, 2, 3]], 1)).toThrow(ShapeError);
    expect(() =>
      cond([
        [1, NaN],
        [0, 1]
      ])
    ).toThrow(NonFiniteError);
  });
});

describe("matrixRank", () => {
  for (const f of fixtures.rank) {
    it(`NumPy fixture ${f.shape.join("×")} has rank ${f.rank}`, () => {
      expect(matrixRank(asInput(f.A, f.shape) as Matrix)).toBe(f.rank);
    });
  }

  it("LAPACK matrix types: rank equals the number of non-negligible singular values", () => {
    for (const [m, n] of [
      [10, 10],
      [16, 30],
      [40, 16]
    ] as const) {
      for (const {name, A} of matrixTypes(m, n, 2)) {
        const k = Math.min(m, n);
        // Designed spectra: ε-sized singular values fall below the tolerance max(m, n)·ε·σ₁ (≥ 10ε here).
        const expected: Record<string, number> = {
          zero: 0,
          identity: k,
          "UDVᵀ evenly": k - 1,
          "UDVᵀ clusteredSmall": 1,
          "UDVᵀ clusteredLarge": k - 1,
          [`rank-deficient (rank ${Math.max(1, Math.floor(k / 2))})`]: Math.max(
            1,
            Math.floor(k / 2)
          )
        };
        const random = name.startsWith("uniform") || name === "random uniform";
        const r = matrixRank(A);
        if (name in expected) expect(r, name).toBe(expected[name]);
        else if (random) expect(r, name).toBe(k);
        else expect(r, name).toBeGreaterThanOrEqual(1); // geometric spectra reach ε: their last values straddle the tolerance
      }
    }
  });

  it("the tolerance is σ₁·max(m, n)·ε by default, or as given", () => {
    const A = withSingularValues(6, 4, [1, 1e-3, 1e-9, 1e-17], testRng(8));
    expect(matrixRank(A)).toBe(3);
    expect(matrixRank(A, 1e-6)).toBe(2);
    expect(matrixRank(A, 0.5)).toBe(1);
    expect(matrixRank(A, 0)).toBeGreaterThanOrEqual(3);
    expect(matrixRank(new Matrix(0, 4))).toBe(0);
    expect(matrixRank(withSingularValues(5, 5, [1, 1, 1, 1, 1e-17], testRng(1)))).toBe(4);
    expect(matrixRank(withSingularValues(5, 5, [1, 1, 1, 1, 100 * EPS], testRng(1)))).toBe(5);
    expect(() => matrixRank(A, -1)).toThrow(RangeError);
  });
});
