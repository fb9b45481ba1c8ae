import {readFileSync} from "node:fs";
import fc from "fast-check";
import {afterAll, describe, expect, it} from "vitest";
import {Matrix, NonFiniteError, ShapeError, lu, luFactor} from "../../src/linalg/index.js";
import {
  EPS,
  SHAPES,
  THRESHOLD,
  diffFro,
  fro,
  matrixTypes,
  mul,
  panelCases,
  ratio,
  testRng
} from "./generators.js";

let worst = 0;
afterAll(() => console.log(`lu max ratio ‖PLU − A‖/(m‖A‖ε) = ${worst.toFixed(2)}`));

/** Checks the structure of P, L, U and returns the LAPACK ratio ‖PLU − A‖/(m‖A‖ε). */
function check(A: Matrix, {P, L, U}: {P: Matrix; L: Matrix; U: Matrix}): number {
  const [m, n] = A.shape,
    k = Math.min(m, n);
  expect(P.shape).toEqual([m, m]);
  expect(L.shape).toEqual([m, k]);
  expect(U.shape).toEqual([k, n]);
  // P is a permutation matrix: one 1 in every row and column.
  for (let i = 0; i < m; i++) {
    expect(P.row(i).reduce((s, x) => s + x, 0)).toBe(1);
    expect(P.col(i).reduce((s, x) => s + x, 0)).toBe(1);
  }
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < k; j++) {
      const l = L.data[i * k + j]!;
      if (j > i) expect(l).toBe(0);
      else if (j === i) expect(l).toBe(1);
      else expect(Math.abs(l)).toBeLessThanOrEqual(1); // partial pivoting bounds the multipliers
    }
  }
  for (let i = 0; i < k; i++)
    for (let j = 0; j < Math.min(i, n); j++) expect(U.data[i * n + j]).toBe(0);
  const r = ratio(diffFro(mul(P, mul(L, U)), A), fro(A), m);
  worst = Math.max(worst, r);
  return r;
}

describe("lu: LAPACK test ratio on every matrix type and shape", () => {
  for (const [m, n] of SHAPES) {
    for (const {name, A} of matrixTypes(m, n)) {
      it(`${m}×${n} ${name}`, () => expect(check(A, lu(A))).toBeLessThan(THRESHOLD));
    }
  }
});

describe("lu: several 32-column panels (blocked trailing updates)", () => {
  for (const {m, n, name, A} of panelCases()) {
    it(`${m}×${n} ${name}`, () => expect(check(A, lu(A))).toBeLessThan(THRESHOLD));
  }
  it("an exactly zero column in a later panel is the reported zero pivot", () => {
    const A = matrixTypes(80, 80)
      .find((t) => t.name === "random uniform")!
      .A.clone();
    for (let i = 0; i < 80; i++) A.data[i * 80 + 45] = 0;
    expect(luFactor(A).zeroPivot).toBe(45);
    expect(check(A, lu(A))).toBeLessThan(THRESHOLD);
  });
  it("integer matrices with many ties pick the same pivots as column-at-a-time elimination", () => {
    const rng = testRng(5);
    const A = new Matrix(
      75,
      75,
      Float64Array.from({length: 75 * 75}, () => Math.floor(rng.next() * 5) - 2)
    );
    const {piv} = luFactor(A);
    expect(Array.from(piv)).toEqual(Array.from(unblockedPivots(A)));
  });
});

/** Pivot rows of plain outer-product elimination (GVL Alg 3.4.1, one column at a time), for comparison. */
function unblockedPivots(A: Matrix): Int32Array {
  const {rows: m, cols: n} = A;
  const w = A.data.slice();
  const piv = new Int32Array(Math.min(m, n));
  for (let j = 0; j < piv.length; j++) {
    let p = j;
    for (let i = j + 1; i < m; i++) if (Math.abs(w[i * n + j]!) > Math.abs(w[p * n + j]!)) p = i;
    piv[j] = p;
    for (let c = 0; c < n; c++) [w[j * n + c], w[p * n + c]] = [w[p * n + c]!, w[j * n + c]!];
    if (w[j * n + j] === 0) continue;
    for (let i = j + 1; i < m; i++) {
      const l = w[i * n + j]! / w[j * n + j]!;
      for (let c = j; c < n; c++) w[i * n + c] -= l * w[j * n + c]!;
    }
  }
  return piv;
}

const arbMatrix = fc
  .tuple(fc.integer({min: 0, max: 7}), fc.integer({min: 0, max: 7}))
  .chain(([m, n]) =>
    fc
      .array(
        fc.oneof(fc.double({min: -100, max: 100, noNaN: true}), fc.integer({min: -2, max: 2})),
        {minLength: m * n, maxLength: m * n}
      )
      .map((d) => new Matrix(m, n, Float64Array.from(d)))
  );

describe("lu: properties", () => {
  it("A = P L U for any shape, including singular and integer matrices with ties", () => {
    fc.assert(fc.property(arbMatrix, (A) => check(A, lu(A)) < THRESHOLD));
  });
  it("luFactor's perm and piv describe the same permutation", () => {
    fc.assert(
      fc.property(arbMatrix, (A) => {
        const {piv, perm} = luFactor(A);
        const p = Int32Array.from({length: A.rows}, (_, i) => i);
        piv.forEach((t, i) => ([p[i], p[t]] = [p[t]!, p[i]!]));
        return p.every((x, i) => x === perm[i]);
      })
    );
  });
  it("does not mutate its argument", () => {
    fc.assert(
      fc.property(arbMatrix, (A) => {
        const before = A.data.slice();
        lu(A);
        luFactor(A);
        return A.data.every((x, i) => Object.is(x, before[i]));
      })
    );
  });
});

describe("lu: agrees with scipy.linalg.lu", () => {
  const fixtures = JSON.parse(
    readFileSync(new URL("../fixtures/linalg-a.json", import.meta.url), "utf8")
  );
  const cases = [
    ...(
      fixtures.lu as {name: string; A: number[][]; P: number[][]; L: number[][]; U: number[][]}[]
    ).map((c) => ({...c, cond: 100})),
    ...(
      fixtures.square as {
        name: string;
        A: number[][];
        cond: number | string;
        lu: {P: number[][]; L: number[][]; U: number[][]};
      }[]
    ).map((c) => ({
      name: c.name,
      A: c.A,
      cond: typeof c.cond === "number" ? c.cond : 1 / EPS,
      ...c.lu
    }))
  ];
  for (const c of cases) {
    it(c.name, () => {
      const {P, L, U} = lu(c.A);
      expect(P.toArray()).toEqual(c.P); // the same pivot rows, ties included
      // The factors are only as well determined as A: allow κ(A)·ε relative change (bounded by 1).
      const tol = THRESHOLD * c.A.length * EPS * Math.min(c.cond, 1 / EPS);
      expect(diffFro(L, Matrix.from(c.L)) / Math.max(fro(L), 1)).toBeLessThan(tol);
      expect(diffFro(U, Matrix.from(c.U)) / (fro(Matrix.from(c.A)) || 1)).toBeLessThan(tol);
    });
  }
});

describe("lu: edge cases", () => {
  it("empty shapes give empty factors of NumPy's shapes", () => {
    const a = lu(new Matrix(0, 3));
    expect([a.P.shape, a.L.shape, a.U.shape]).toEqual([
      [0, 0],
      [0, 0],
      [0, 3]
    ]);
    const b = lu(new Matrix(3, 0));
    expect([b.P.shape, b.L.shape, b.U.shape]).toEqual([
      [3, 3],
      [3, 0],
      [0, 0]
    ]);
  });
  it("a zero pivot is skipped and reported by luFactor", () => {
    expect(
      luFactor([
        [0, 1],
        [0, 2]
      ]).zeroPivot
    ).toBe(0);
    expect(
      luFactor([
        [1, 2],
        [2, 4]
      ]).zeroPivot
    ).toBe(1);
    expect(
      luFactor([
        [1, 2],
        [3, 4]
      ]).zeroPivot
    ).toBe(-1);
    const {L, U} = lu([
      [0, 1],
      [0, 2]
    ]);
    expect(L.toArray()).toEqual([
      [1, 0],
      [0, 1]
    ]);
    expect(U.toArray()).toEqual([
      [0, 1],
      [0, 2]
    ]);
  });
});

describe("lu: bad input", () => {
  it("NonFiniteError names row and column", () => {
    expect(() =>
      lu([
        [1, 2],
        [NaN, 3]
      ])
    ).toThrow(NonFiniteError);
    expect(() =>
      lu([
        [1, 2],
        [NaN, 3]
      ])
    ).toThrow(/row 1, column 0/);
  });
  it("ragged input is a ShapeError naming the row", () => {
    expect(() => lu([[1, 2], [3, 4], [5]])).toThrow(ShapeError);
    expect(() => luFactor([[1, 2], [3, 4], [5]])).toThrow(/row 2/);
  });
});
