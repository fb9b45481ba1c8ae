import fc from "fast-check";
import {afterAll, describe, expect, it} from "vitest";
import {Matrix, NonFiniteError, ShapeError, qr} from "../../src/linalg/index.js";
import {norm2} from "../../src/linalg/householder.js";
import {
  SHAPES,
  THRESHOLD,
  diffFro,
  fro,
  matrixTypes,
  mul,
  orthoDefect,
  panelCases,
  randomMatrix,
  ratio,
  scaled,
  testRng
} from "./generators.js";

const worst = {factorization: 0, orthogonality: 0};
afterAll(() =>
  console.log(
    `qr max ratios: ‖A − QR‖/(m‖A‖ε) = ${worst.factorization.toFixed(2)}, ‖I − QᵀQ‖/(mε) = ${worst.orthogonality.toFixed(2)}`
  )
);

/** Both LAPACK ratios for one factorization; records the worst seen. */
function ratios(A: Matrix, Q: Matrix, R: Matrix) {
  const factorization = ratio(diffFro(A, mul(Q, R)), fro(A), A.rows);
  const orthogonality = ratio(orthoDefect(Q), 1, A.rows);
  worst.factorization = Math.max(worst.factorization, factorization);
  worst.orthogonality = Math.max(worst.orthogonality, orthogonality);
  return {factorization, orthogonality};
}

function isUpperTrapezoidal(R: Matrix): boolean {
  for (let i = 0; i < R.rows; i++)
    for (let j = 0; j < Math.min(i, R.cols); j++) if (R.data[i * R.cols + j] !== 0) return false;
  return true;
}

const arbMatrix = (maxDim = 7) =>
  fc
    .tuple(fc.integer({min: 0, max: maxDim}), fc.integer({min: 0, max: maxDim}))
    .chain(([m, n]) =>
      fc
        .array(fc.double({min: -1e3, max: 1e3, noNaN: true}), {minLength: m * n, maxLength: m * n})
        .map((d) => new Matrix(m, n, Float64Array.from(d)))
    );

describe("qr: LAPACK test ratios on every matrix type and shape", () => {
  for (const [m, n] of SHAPES) {
    for (const {name, A} of matrixTypes(m, n)) {
      for (const mode of ["reduced", "complete"] as const) {
        it(`${m}×${n} ${name} (${mode})`, () => {
          const {Q, R} = qr(A, {mode});
          const k = mode === "reduced" ? Math.min(m, n) : m;
          expect(Q.shape).toEqual([m, k]);
          expect(R.shape).toEqual([k, n]);
          expect(isUpperTrapezoidal(R)).toBe(true);
          const {factorization, orthogonality} = ratios(A, Q, R);
          expect(factorization).toBeLessThan(THRESHOLD);
          expect(orthogonality).toBeLessThan(THRESHOLD);
        });
      }
    }
  }
});

describe("qr: several panels (block reflectors for long panels, one at a time for short ones)", () => {
  for (const {m, n, name, A} of panelCases()) {
    it(`${m}×${n} ${name}`, () => {
      for (const mode of ["reduced", "complete"] as const) {
        const {Q, R} = qr(A, {mode});
        expect(isUpperTrapezoidal(R)).toBe(true);
        const {factorization, orthogonality} = ratios(A, Q, R);
        expect(factorization).toBeLessThan(THRESHOLD);
        expect(orthogonality).toBeLessThan(THRESHOLD);
      }
    });
  }
});

describe("qr: far beyond the LAPACK scalings (exercises the reflector's rescaling below 2⁻⁹⁷⁰)", () => {
  for (const f of [1e-300, 1e-305, 1e300, 1e307]) {
    it(`random 6×4 × ${f}`, () => {
      const A = scaled(randomMatrix(6, 4, testRng(1)), f);
      const {Q, R} = qr(A);
      const {factorization, orthogonality} = ratios(A, Q, R);
      expect(factorization).toBeLessThan(THRESHOLD);
      expect(orthogonality).toBeLessThan(THRESHOLD);
    });
  }
});

describe("qr: a subnormal column beside normal ones", () => {
  it("still gives an orthonormal Q (the reflector is built from the rescaled column)", () => {
    const A = Matrix.from([
      [3e-320, 1],
      [4e-320, 2],
      [1e-321, 3]
    ]);
    const {Q, R} = qr(A);
    const {factorization, orthogonality} = ratios(A, Q, R);
    expect(factorization).toBeLessThan(THRESHOLD);
    expect(orthogonality).toBeLessThan(THRESHOLD);
  });
});

describe("qr: properties", () => {
  it("Q has orthonormal columns, R is upper trapezoidal, QR = A (any shape, both modes)", () => {
    fc.assert(
      fc.property(
        arbMatrix(),
        fc.constantFrom("reduced" as const, "complete" as const),
        (A, mode) => {
          const {Q, R} = qr(A, {mode});
          const {factorization, orthogonality} = ratios(A, Q, R);
          return isUpperTrapezoidal(R) && factorization < THRESHOLD && orthogonality < THRESHOLD;
        }
      )
    );
  });
  it("|r_00| = ‖a_0‖: the first reflector maps column 0 onto ±‖a_0‖ e_0", () => {
    fc.assert(
      fc.property(arbMatrix(), (A) => {
        if (A.rows === 0 || A.cols === 0) return true;
        const {R} = qr(A);
        const a0 = fro(A.col(0));
        return Math.abs(Math.abs(R.data[0]!) - a0) <= 4 * Number.EPSILON * a0 * A.rows;
      })
    );
  });
  it("the reduced Q spans the same space as the complete Q's first k columns (they are equal)", () => {
    fc.assert(
      fc.property(arbMatrix(), (A) => {
        const r = qr(A),
          c = qr(A, {mode: "complete"});
        const k = r.Q.cols;
        return (
          diffFro(r.Q, c.Q.slice(0, A.rows, 0, k)) === 0 && diffFro(r.R, c.R.slice(0, k)) === 0
        );
      })
    );
  });
  it("does not mutate its argument", () => {
    fc.assert(
      fc.property(arbMatrix(), (A) => {
        const before = A.data.slice();
        qr(A, {mode: "complete"});
        return A.data.every((x, i) => Object.is(x, before[i]));
      })
    );
    const nested = [
      [1, 2],
      [3, 4],
      [5, 6]
    ];
    qr(nested);
    expect(nested).toEqual([
      [1, 2],
      [3, 4],
      [5, 6]
    ]);
  });
});

describe("qr: agrees with numpy.linalg.qr (LAPACK sign convention)", () => {
  // np.linalg.qr([[1, 2, 3], [4, 5, 6], [7, 8, 10], [1, 0, 1]]), printed to 8 digits.
  it("4×3 reduced", () => {
    const {Q, R} = qr([
      [1, 2, 3],
      [4, 5, 6],
      [7, 8, 10],
      [1, 0, 1]
    ]);
    const Qnp = [
      [-0.12216944, 0.56427649, 0.81229142],
      [-0.48867778, 0.23175642, -0.15017152],
      [-0.85518611, -0.10076366, -0.10921565],
      [-0.12216944, -0.78595654, 0.55290424]
    ];
    const Rnp = [
      [-8.18535277, -9.52921666, -11.97260555],
      [0, 1.48122579, 1.28977484],
      [0, 0, 0.99659284]
    ];
    expect(diffFro(Q, Matrix.from(Qnp))).toBeLessThan(1e-7);
    expect(diffFro(R, Matrix.from(Rnp))).toBeLessThan(1e-7);
  });
});

describe("qr: edge shapes (as NumPy)", () => {
  it("1×1: Q = [±1], R = [∓|a|] with QR = a", () => {
    const {Q, R} = qr([[3]]);
    expect(Q.data[0]! * R.data[0]!).toBe(3);
    expect(Math.abs(Q.data[0]!)).toBe(1);
  });
  it("empty matrices", () => {
    expect(qr(new Matrix(0, 3)).Q.shape).toEqual([0, 0]);
    expect(qr(new Matrix(0, 3)).R.shape).toEqual([0, 3]);
    expect(qr(new Matrix(3, 0)).Q.shape).toEqual([3, 0]);
    expect(qr(new Matrix(3, 0)).R.shape).toEqual([0, 0]);
    const c = qr(new Matrix(3, 0), {mode: "complete"});
    expect(c.Q.toArray()).toEqual([
      [1, 0, 0],
      [0, 1, 0],
      [0, 0, 1]
    ]);
    expect(c.R.shape).toEqual([3, 0]);
    expect(qr(new Matrix(0, 0)).Q.shape).toEqual([0, 0]);
  });
  it("a zero column gives a zero diagonal entry of R and still an orthonormal Q", () => {
    const A = Matrix.from([
      [0, 1],
      [0, 2],
      [0, 3]
    ]);
    const {Q, R} = qr(A, {mode: "complete"});
    expect(R.data[0]).toBe(0);
    expect(ratio(orthoDefect(Q), 1, 3)).toBeLessThan(THRESHOLD);
    expect(ratio(diffFro(A, mul(Q, R)), fro(A), 3)).toBeLessThan(THRESHOLD);
  });
});

describe("qr: bad input", () => {
  it("names the non-finite entry", () => {
    expect(() =>
      qr([
        [1, 2],
        [3, NaN]
      ])
    ).toThrow(NonFiniteError);
    expect(() =>
      qr([
        [1, 2],
        [3, NaN]
      ])
    ).toThrow(/row 1, column 1/);
    expect(() => qr([[1, Infinity]])).toThrow(/row 0, column 1/);
  });
  it("refuses ragged input, naming the row", () => {
    expect(() => qr([[1, 2], [3]])).toThrow(ShapeError);
    expect(() => qr([[1, 2], [3]])).toThrow(/row 1/);
  });
  it("refuses an unknown mode", () => {
    expect(() => qr([[1]], {mode: "r" as "reduced"})).toThrow(TypeError);
  });
});

describe("householder norm2 (the scaled column norm)", () => {
  it("neither overflows nor underflows", () => {
    expect(norm2(Float64Array.of(3e200, 4e200)) / 5e200).toBeCloseTo(1, 14);
    expect(norm2(Float64Array.of(3e-200, 4e-200)) / 5e-200).toBeCloseTo(1, 14);
    expect(norm2(Float64Array.of(3e-320, 4e-320))).toBeGreaterThan(0);
    expect(norm2(new Float64Array(4))).toBe(0);
  });
  it("honours offset, length and stride", () => {
    expect(norm2(Float64Array.of(9, 3, 9, 4, 9), 1, 2, 2)).toBe(5);
  });
});
