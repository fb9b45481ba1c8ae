import fc from "fast-check";
import {afterAll, describe, expect, it} from "vitest";
import {Matrix, NonFiniteError, ShapeError, eigh, eigvalsh} from "../../src/linalg/index.js";
import fixtures from "../fixtures/decomp.json";
import {
  EPS,
  THRESHOLD,
  diffFro,
  fro,
  mul,
  orthoDefect,
  randomMatrix,
  ratio,
  symmetricTypes,
  testRng
} from "./generators.js";

const worst = {residual: 0, orthogonality: 0, values: 0};
afterAll(() =>
  console.log(
    `eigh max ratios: ‖A − VΛVᵀ‖/(n‖A‖ε) = ${worst.residual.toFixed(2)}, ‖I − VᵀV‖/(nε) = ${worst.orthogonality.toFixed(2)}, ` +
      `|λ − λ_numpy|/(max|λ|·nε) = ${worst.values.toFixed(2)}`
  )
);

/** The symmetric matrix that eigh sees: the lower triangle of A mirrored. */
function lowerSymmetric(A: Matrix): Matrix {
  const n = A.rows;
  const S = new Matrix(n, n);
  for (let i = 0; i < n; i++)
    for (let j = 0; j <= i; j++) S.data[i * n + j] = S.data[j * n + i] = A.data[i * n + j]!;
  return S;
}

function ratios(A: Matrix, values: Float64Array, V: Matrix) {
  const n = A.rows;
  const VL = new Matrix(
    n,
    n,
    V.data.map((x, k) => x * values[k % n]!)
  );
  const residual = ratio(diffFro(lowerSymmetric(A), mul(VL, V.T)), fro(lowerSymmetric(A)), n);
  const orthogonality = ratio(orthoDefect(V), 1, n);
  worst.residual = Math.max(worst.residual, residual);
  worst.orthogonality = Math.max(worst.orthogonality, orthogonality);
  return {residual, orthogonality};
}

/** max_i |λ_i − μ_i| / (max|λ| · n · ε). */
function valueRatio(l: ArrayLike<number>, m: ArrayLike<number>, n: number): number {
  expect(l.length).toBe(m.length);
  let err = 0,
    top = 0;
  for (let i = 0; i < l.length; i++) {
    err = Math.max(err, Math.abs(l[i]! - m[i]!));
    top = Math.max(top, Math.abs(l[i]!), Math.abs(m[i]!));
  }
  return ratio(err, top, n);
}

function isAscending(v: Float64Array): boolean {
  for (let i = 1; i < v.length; i++) if (!(v[i]! >= v[i - 1]!)) return false;
  return true;
}

/** Random symmetric matrices; entries below 1e-290 are flushed to zero (a ratio against ‖A‖·ε means nothing once that underflows). */
const arbSymmetric = (maxDim = 8) =>
  fc.integer({min: 0, max: maxDim}).chain((n) =>
    fc
      .array(fc.double({min: -1e3, max: 1e3, noNaN: true}), {minLength: n * n, maxLength: n * n})
      .map((d) =>
        lowerSymmetric(
          new Matrix(
            n,
            n,
            Float64Array.from(d, (x) => (Math.abs(x) < 1e-290 ? 0 : x))
          )
        )
      )
  );

describe("eigh: LAPACK test ratios on every symmetric matrix type", () => {
  for (const n of [1, 2, 3, 10, 16, 30, 40]) {
    for (const {name, A} of symmetricTypes(n)) {
      it(`${n}×${n} ${name}`, () => {
        const {values, vectors} = eigh(A);
        expect(values.length).toBe(n);
        expect(vectors.shape).toEqual([n, n]);
        expect(isAscending(values)).toBe(true);
        const {residual, orthogonality} = ratios(A, values, vectors);
        expect(residual).toBeLessThan(THRESHOLD);
        expect(orthogonality).toBeLessThan(THRESHOLD);
        expect(valueRatio(eigvalsh(A), values, n)).toBeLessThan(THRESHOLD);
      });
    }
  }
});

describe("eigh: eigenvalues against numpy.linalg.eigvalsh (test/fixtures/decomp.json)", () => {
  for (const {name, A, values} of fixtures.eigh) {
    it(name, () => {
      const M = Matrix.from(A);
      const r = valueRatio(eigvalsh(M), values, M.rows);
      worst.values = Math.max(worst.values, r);
      expect(r).toBeLessThan(THRESHOLD);
      const full = eigh(M);
      expect(valueRatio(full.values, values, M.rows)).toBeLessThan(THRESHOLD);
      const {residual, orthogonality} = ratios(M, full.values, full.vectors);
      expect(Math.max(residual, orthogonality)).toBeLessThan(THRESHOLD);
    });
  }
});

describe("eigh: special cases", () => {
  it("0×0 and 1×1", () => {
    const e = eigh(new Matrix(0, 0));
    expect(e.values.length).toBe(0);
    expect(e.vectors.shape).toEqual([0, 0]);
    const one = eigh([[-2.5]]);
    expect(Array.from(one.values)).toEqual([-2.5]);
    expect(Math.abs(one.vectors.get(0, 0))).toBe(1);
  });
  it("reads only the lower triangle, as NumPy's default UPLO='L'", () => {
    const A = randomMatrix(6, 6, testRng(9));
    const {values, vectors} = eigh(A);
    const S = eigh(lowerSymmetric(A));
    expect(valueRatio(values, S.values, 6)).toBeLessThan(THRESHOLD);
    expect(Math.max(...Object.values(ratios(A, values, vectors)))).toBeLessThan(THRESHOLD);
  });
  it("diagonal input: values sorted ascending, vectors a signed permutation", () => {
    const {values, vectors} = eigh([
      [3, 0, 0],
      [0, -1, 0],
      [0, 0, 2]
    ]);
    expect(Array.from(values)).toEqual([-1, 2, 3]);
    expect(vectors.toArray().map((r) => r.map(Math.abs))).toEqual([
      [0, 0, 1],
      [1, 0, 0],
      [0, 1, 0]
    ]);
  });
  it("larger orders run the blocked reduction through several panels", () => {
    const rng = testRng(23);
    for (const n of [75, 130]) {
      const A = lowerSymmetric(randomMatrix(n, n, rng, "normal"));
      const {values, vectors} = eigh(A);
      expect(isAscending(values)).toBe(true);
      expect(Math.max(...Object.values(ratios(A, values, vectors)))).toBeLessThan(THRESHOLD);
    }
  });

  it("values survive scalings to the edges of the exponent range", () => {
    const A = lowerSymmetric(randomMatrix(7, 7, testRng(4)));
    const v = eigvalsh(A);
    for (const c of [1e300, 1e-300, 2 ** -1000, 1e307]) {
      const vc = eigvalsh(
        new Matrix(
          7,
          7,
          A.data.map((x) => x * c)
        )
      );
      expect(
        valueRatio(
          vc.map((x) => x / c),
          v,
          7
        )
      ).toBeLessThan(THRESHOLD);
    }
  });
});

describe("eigh: properties", () => {
  it("A = VΛVᵀ with orthonormal V and ascending values", () => {
    fc.assert(
      fc.property(arbSymmetric(), (A) => {
        const {values, vectors} = eigh(A);
        const {residual, orthogonality} = ratios(A, values, vectors);
        return isAscending(values) && residual < THRESHOLD && orthogonality < THRESHOLD;
      })
    );
  });
  it("trace = Σλ and ‖A‖_F² = Σλ²", () => {
    fc.assert(
      fc.property(arbSymmetric(), (A) => {
        const v = eigvalsh(A);
        const n = A.rows;
        let tr = 0;
        for (let i = 0; i < n; i++) tr += A.data[i * n + i]!;
        const sum = v.reduce((a, b) => a + b, 0);
        const f = fro(A);
        const tol = 30 * Math.max(n, 1) * EPS * f;
        return Math.abs(sum - tr) <= tol && Math.abs(fro(v) - f) <= tol;
      })
    );
  });
});

describe("eigh: inputs", () => {
  it("does not mutate its argument", () => {
    const A = randomMatrix(5, 5, testRng(8));
    const before = A.data.slice();
    eigh(A);
    eigvalsh(A);
    expect(A.data).toEqual(before);
    const nested = A.toArray();
    const copy = nested.map((r) => r.slice());
    eigh(nested);
    expect(nested).toEqual(copy);
  });
  it("rejects non-square input with ShapeError naming the shape", () => {
    expect(() => eigh(new Matrix(2, 3))).toThrow(ShapeError);
    expect(() => eigvalsh([[1, 2, 3]])).toThrow(/\(1, 3\)/);
  });
  it("rejects NaN and ±Infinity with their position", () => {
    try {
      eigh([
        [1, 2],
        [NaN, 3]
      ]);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(NonFiniteError);
      expect((e as NonFiniteError).row).toBe(1);
      expect((e as NonFiniteError).col).toBe(0);
    }
    expect(() => eigvalsh([[Infinity]])).toThrow(NonFiniteError);
  });
});
