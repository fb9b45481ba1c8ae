import {readFileSync} from "node:fs";
import fc from "fast-check";
import {afterAll, describe, expect, it} from "vitest";
import {
  Matrix,
  NonFiniteError,
  NotPositiveDefiniteError,
  ShapeError,
  cholesky
} from "../../src/linalg/index.js";
import {
  EPS,
  SCALES,
  THRESHOLD,
  diffFro,
  fro,
  mul,
  randomMatrix,
  ratio,
  scaled,
  spectrum,
  testRng,
  withEigenvalues
} from "./generators.js";

let worst = 0;
afterAll(() => console.log(`cholesky max ratio ‖LLᵀ − A‖/(n‖A‖ε) = ${worst.toFixed(2)}`));

function residualRatio(A: Matrix, L: Matrix): number {
  const r = ratio(diffFro(mul(L, L.T), A), fro(A), A.rows);
  worst = Math.max(worst, r);
  return r;
}

/** Positive definite test matrices of order n: the LAPACK families with positive spectra (κ up to √(0.1/ε), as xCHKPO). */
function spdTypes(n: number): {name: string; A: Matrix}[] {
  const rng = testRng(31 * n + 7);
  const out: {name: string; A: Matrix}[] = [];
  const I = new Matrix(n, n);
  for (let i = 0; i < n; i++) I.data[i * n + i] = 1;
  out.push({name: "identity", A: I});
  const D = new Matrix(n, n);
  const g = spectrum("geometric", n, 1e10);
  for (let i = 0; i < n; i++) D.data[i * n + i] = g[i]!;
  out.push({name: "diagonal geometric (κ 1e10)", A: D});
  for (const kind of ["evenly", "geometric", "clusteredSmall", "clusteredLarge"] as const) {
    for (const cond of [2, Math.sqrt(0.1 / EPS), 0.1 / EPS]) {
      out.push({
        name: `QΛQᵀ ${kind} κ=${cond.toExponential(1)}`,
        A: withEigenvalues(spectrum(kind, n, cond), rng)
      });
    }
  }
  const B = randomMatrix(n, n, rng);
  const S = mul(B, B.T);
  for (let i = 0; i < n; i++) S.data[i * n + i] += n;
  out.push({name: "BBᵀ + nI", A: S});
  for (const [label, f] of Object.entries(SCALES))
    out.push({name: `(BBᵀ + nI) × ${label}`, A: scaled(S, f)});
  return out;
}

describe("cholesky: LAPACK test ratio on positive definite families", () => {
  for (const n of [1, 2, 3, 10, 16, 30, 70, 97]) {
    for (const {name, A} of spdTypes(n)) {
      it(`${n}×${n} ${name}`, () => {
        let L: Matrix;
        try {
          L = cholesky(A);
        } catch (e) {
          // At κ ≈ 0.1/ε rounding may legitimately make a pivot non-positive (LAPACK's tests allow INFO > 0 there too).
          expect(e).toBeInstanceOf(NotPositiveDefiniteError);
          expect(name).toMatch(/κ=4\.5e\+14/);
          return;
        }
        expect(L.shape).toEqual([n, n]);
        for (let i = 0; i < n; i++) {
          expect(L.data[i * n + i]).toBeGreaterThan(0);
          for (let j = i + 1; j < n; j++) expect(L.data[i * n + j]).toBe(0);
        }
        expect(residualRatio(A, L)).toBeLessThan(THRESHOLD);
      });
    }
  }
});

describe("cholesky: properties", () => {
  const arbSPD = fc.integer({min: 1, max: 8}).chain((n) =>
    fc
      .array(fc.double({min: -10, max: 10, noNaN: true}), {minLength: n * n, maxLength: n * n})
      .map((d) => {
        const B = new Matrix(n, n, Float64Array.from(d));
        const A = mul(B, B.T);
        for (let i = 0; i < n; i++) A.data[i * n + i] += 1;
        return A;
      })
  );
  it("BBᵀ + I factors with a positive diagonal and a small residual", () => {
    fc.assert(fc.property(arbSPD, (A) => residualRatio(A, cholesky(A)) < THRESHOLD));
  });
  it("does not mutate its argument", () => {
    fc.assert(
      fc.property(arbSPD, (A) => {
        const before = A.data.slice();
        cholesky(A);
        return A.data.every((x, i) => x === before[i]);
      })
    );
  });
  it("reads only the lower triangle (as NumPy)", () => {
    const A = [
      [4, 999],
      [2, 3]
    ];
    expect(cholesky(A).toArray()).toEqual(
      cholesky([
        [4, 2],
        [2, 3]
      ]).toArray()
    );
    // Over several blocks too: junk above the diagonal changes nothing, and L's upper triangle is exactly zero.
    const S = spdTypes(50).find((t) => t.name === "BBᵀ + nI")!.A;
    const J = S.clone();
    for (let i = 0; i < 50; i++) for (let j = i + 1; j < 50; j++) J.data[i * 50 + j] = 1e300;
    expect(cholesky(J).toArray()).toEqual(cholesky(S).toArray());
  });
});

describe("cholesky: NotPositiveDefiniteError names the failing pivot (0-based)", () => {
  it("pivot 0 for a non-positive leading entry, including the zero matrix", () => {
    for (const A of [
      [
        [0, 0],
        [0, 0]
      ],
      [
        [-1, 0],
        [0, 1]
      ]
    ]) {
      try {
        cholesky(A);
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(NotPositiveDefiniteError);
        expect((e as NotPositiveDefiniteError).pivot).toBe(0);
      }
    }
  });
  it("pivot 1 for [[1, 2], [2, 1]] (the 2×2 minor is −3), and the message says so", () => {
    const e = (() => {
      try {
        cholesky([
          [1, 2],
          [2, 1]
        ]);
      } catch (err) {
        return err;
      }
    })() as NotPositiveDefiniteError;
    expect(e).toBeInstanceOf(NotPositiveDefiniteError);
    expect(e.pivot).toBe(1);
    expect(e.value).toBe(-3);
    expect(e.message).toMatch(/pivot 1/);
    expect(e.message).toMatch(/2×2/);
  });
  it("a failing pivot in a later block is named", () => {
    const A = spdTypes(60)
      .find((t) => t.name === "BBᵀ + nI")!
      .A.clone();
    A.data[41 * 60 + 41] = 0.5; // below ‖l_41,0:41‖² (a few units here): the leading 41×41 minor stays definite, the 42×42 not
    const e = (() => {
      try {
        cholesky(A);
      } catch (err) {
        return err;
      }
    })() as NotPositiveDefiniteError;
    expect(e).toBeInstanceOf(NotPositiveDefiniteError);
    expect(e.pivot).toBe(41);
    expect(e.value).toBeLessThan(0);
  });
  it("pivot 2 for a positive semidefinite diag(1, 1, 0, 1)", () => {
    expect(() =>
      cholesky([
        [1, 0, 0, 0],
        [0, 1, 0, 0],
        [0, 0, 0, 0],
        [0, 0, 0, 1]
      ])
    ).toThrow(/pivot 2 /);
  });
  it("a rank-deficient Gram matrix fails at (or after) the rank", () => {
    const rng = testRng(5);
    const B = randomMatrix(6, 3, rng);
    const G = mul(B, B.T); // 6×6 of rank 3
    try {
      cholesky(G);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(NotPositiveDefiniteError);
      expect((e as NotPositiveDefiniteError).pivot).toBeGreaterThanOrEqual(3);
    }
  });
});

describe("cholesky: agrees with numpy.linalg.cholesky", () => {
  const fixtures = JSON.parse(
    readFileSync(new URL("../fixtures/linalg-a.json", import.meta.url), "utf8")
  );
  for (const c of fixtures.cholesky as {
    name: string;
    A: number[][];
    L: number[][] | {error: string};
  }[]) {
    it(c.name, () => {
      if ("error" in c.L) {
        expect(() => cholesky(c.A)).toThrow(NotPositiveDefiniteError);
        return;
      }
      const L = cholesky(c.A),
        Lnp = Matrix.from(c.L);
      expect(ratio(diffFro(L, Lnp), fro(Lnp), L.rows)).toBeLessThan(THRESHOLD * 1e3); // Hilbert: κ(L) ≈ 1e3
    });
  }
});

describe("cholesky: bad input", () => {
  it("ShapeError names the shape of a non-square input", () => {
    expect(() =>
      cholesky([
        [1, 2, 3],
        [4, 5, 6]
      ])
    ).toThrow(ShapeError);
    expect(() =>
      cholesky([
        [1, 2, 3],
        [4, 5, 6]
      ])
    ).toThrow(/\(2, 3\)/);
  });
  it("NonFiniteError names row and column; ragged input is refused", () => {
    expect(() =>
      cholesky([
        [1, 0],
        [Infinity, 1]
      ])
    ).toThrow(NonFiniteError);
    expect(() =>
      cholesky([
        [1, 0],
        [Infinity, 1]
      ])
    ).toThrow(/row 1, column 0/);
    expect(() => cholesky([[1, 0], [1]])).toThrow(ShapeError);
  });
  it("the 0×0 matrix factors to 0×0", () => {
    expect(cholesky(new Matrix(0, 0)).shape).toEqual([0, 0]);
  });
});
