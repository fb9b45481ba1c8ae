import fc from "fast-check";
import {afterAll, describe, expect, it} from "vitest";
import {Matrix, NonFiniteError, svd} from "../../src/linalg/index.js";
import {rotateColumnSequence, rotateColumnSequencePair} from "../../src/linalg/givens.js";
import {QR_FIRST} from "../../src/linalg/svd.js";
import fixtures from "../fixtures/decomp.json";
import {
  EPS,
  SHAPES,
  THRESHOLD,
  diffFro,
  fro,
  matrixTypes,
  mul,
  orthoDefect,
  ratio,
  rowOrthoDefect,
  testRng,
  randomMatrix
} from "./generators.js";

const worst = {residual: 0, orthoU: 0, orthoV: 0, values: 0};
afterAll(() =>
  console.log(
    `svd max ratios: ‖A − UΣVᵀ‖/(‖A‖·max(m,n)·ε) = ${worst.residual.toFixed(2)}, ‖I − UᵀU‖/(mε) = ${worst.orthoU.toFixed(2)}, ` +
      `‖I − VVᵀ‖/(nε) = ${worst.orthoV.toFixed(2)}, |σ − σ_numpy|/(σ₁·max(m,n)·ε) = ${worst.values.toFixed(2)}`
  )
);

/** U · Σ · Vt with Σ the U.cols × Vt.rows matrix holding s on its diagonal. */
function reconstruct(U: Matrix, s: Float64Array, Vt: Matrix): Matrix {
  const S = new Matrix(U.cols, Vt.rows);
  for (let i = 0; i < s.length; i++) S.data[i * S.cols + i] = s[i]!;
  return mul(mul(U, S), Vt);
}

/** The three LAPACK ratios for one decomposition; records the worst seen. */
function ratios(A: Matrix, U: Matrix, s: Float64Array, Vt: Matrix) {
  const {rows: m, cols: n} = A;
  const residual = ratio(diffFro(A, reconstruct(U, s, Vt)), fro(A), Math.max(m, n));
  const orthoU = ratio(orthoDefect(U), 1, m);
  const orthoV = ratio(rowOrthoDefect(Vt), 1, n);
  worst.residual = Math.max(worst.residual, residual);
  worst.orthoU = Math.max(worst.orthoU, orthoU);
  worst.orthoV = Math.max(worst.orthoV, orthoV);
  return {residual, orthoU, orthoV};
}

/** max_i |s_i − t_i| / (max(s₁, t₁) · dim · ε): singular values compared relative to the largest. */
function valueRatio(s: ArrayLike<number>, t: ArrayLike<number>, dim: number): number {
  expect(s.length).toBe(t.length);
  let err = 0,
    top = 0;
  for (let i = 0; i < s.length; i++) {
    err = Math.max(err, Math.abs(s[i]! - t[i]!));
    top = Math.max(top, Math.abs(s[i]!), Math.abs(t[i]!));
  }
  return ratio(err, top, dim);
}

function isDescendingNonNegative(s: Float64Array): boolean {
  for (let i = 0; i < s.length; i++)
    if (!(s[i]! >= 0) || (i > 0 && s[i]! > s[i - 1]!)) return false;
  return true;
}

/**
 * Random matrices; entries below 1e-290 are flushed to zero, since a ratio against ‖A‖·ε means nothing
 * once ‖A‖·ε underflows, and scaled copies must be exact for σ(cA) = |c|σ(A) to hold to rounding.
 */
const arbMatrix = (maxDim = 8) =>
  fc.tuple(fc.integer({min: 0, max: maxDim}), fc.integer({min: 0, max: maxDim})).chain(([m, n]) =>
    fc
      .array(fc.double({min: -1e3, max: 1e3, noNaN: true}), {minLength: m * n, maxLength: m * n})
      .map(
        (d) =>
          new Matrix(
            m,
            n,
            Float64Array.from(d, (x) => (Math.abs(x) < 1e-290 ? 0 : x))
          )
      )
  );

describe("svd: LAPACK test ratios on every matrix type and shape", () => {
  for (const [m, n] of SHAPES) {
    for (const {name, A} of matrixTypes(m, n)) {
      for (const fullMatrices of [false, true]) {
        it(`${m}×${n} ${name} (${fullMatrices ? "full" : "thin"})`, () => {
          const {U, s, Vt} = svd(A, {fullMatrices});
          const k = Math.min(m, n);
          expect(U.shape).toEqual([m, fullMatrices ? m : k]);
          expect(s.length).toBe(k);
          expect(Vt.shape).toEqual([fullMatrices ? n : k, n]);
          expect(isDescendingNonNegative(s)).toBe(true);
          const {residual, orthoU, orthoV} = ratios(A, U, s, Vt);
          expect(residual).toBeLessThan(THRESHOLD);
          expect(orthoU).toBeLessThan(THRESHOLD);
          expect(orthoV).toBeLessThan(THRESHOLD);
          // Values alone (no vectors accumulated) agree with the values of the full decomposition.
          const values = svd(A, {computeUV: false});
          expect(values.U).toBeNull();
          expect(values.Vt).toBeNull();
          expect(valueRatio(values.s, s, Math.max(m, n))).toBeLessThan(THRESHOLD);
        });
      }
    }
  }
});

describe("svd: singular values against numpy.linalg.svd (test/fixtures/decomp.json)", () => {
  for (const {name, A, s} of fixtures.svd) {
    it(name, () => {
      const M = Matrix.from(A);
      const r = valueRatio(svd(M, {computeUV: false}).s, s, Math.max(M.rows, M.cols));
      worst.values = Math.max(worst.values, r);
      expect(r).toBeLessThan(THRESHOLD);
      const full = svd(M);
      expect(valueRatio(full.s, s, Math.max(M.rows, M.cols))).toBeLessThan(THRESHOLD);
      const {residual, orthoU, orthoV} = ratios(M, full.U, full.s, full.Vt);
      expect(Math.max(residual, orthoU, orthoV)).toBeLessThan(THRESHOLD);
    });
  }
});

describe("svd: shapes and special cases", () => {
  it("empty inputs give NumPy's shapes", () => {
    const cases: [number, number, boolean, [number, number], [number, number]][] = [
      [0, 3, true, [0, 0], [3, 3]],
      [0, 3, false, [0, 0], [0, 3]],
      [3, 0, true, [3, 3], [0, 0]],
      [3, 0, false, [3, 0], [0, 0]],
      [0, 0, true, [0, 0], [0, 0]]
    ];
    for (const [m, n, fullMatrices, ushape, vshape] of cases) {
      const {U, s, Vt} = svd(new Matrix(m, n), {fullMatrices});
      expect(s.length).toBe(0);
      expect(U.shape).toEqual(ushape);
      expect(Vt.shape).toEqual(vshape);
      expect(orthoDefect(U)).toBe(0);
      expect(rowOrthoDefect(Vt)).toBe(0);
    }
    expect(svd(new Matrix(0, 3), {computeUV: false})).toEqual({
      U: null,
      s: new Float64Array(0),
      Vt: null
    });
  });

  it("1×1: s = |a|, signs carried by U and Vt", () => {
    const {U, s, Vt} = svd([[-3]]);
    expect(Array.from(s)).toEqual([3]);
    expect(U.get(0, 0) * Vt.get(0, 0)).toBe(-1);
  });

  it("known spectrum: a diagonal with mixed signs and order, and the nilpotent shift (zero diagonal)", () => {
    expect(
      Array.from(
        svd(
          [
            [0, 0, 0],
            [0, -5, 0],
            [0, 0, 2]
          ],
          {computeUV: false}
        ).s
      )
    ).toEqual([5, 2, 0]);
    const n = 7;
    const J = new Matrix(n, n);
    for (let i = 0; i + 1 < n; i++) J.data[i * n + i + 1] = 1;
    const {U, s, Vt} = svd(J);
    expect(valueRatio(s, [1, 1, 1, 1, 1, 1, 0], n)).toBeLessThan(THRESHOLD);
    expect(Math.max(...Object.values(ratios(J, U, s, Vt)))).toBeLessThan(THRESHOLD);
  });

  it("bidiagonal inputs with zeros on the diagonal exercise the deflation by rotation", () => {
    const rng = testRng(5);
    for (const zeros of [[0], [3], [5], [0, 2, 5], [1, 2, 3]]) {
      const n = 6;
      const B = new Matrix(n, n);
      for (let i = 0; i < n; i++) {
        B.data[i * n + i] = zeros.includes(i) ? 0 : rng.uniform();
        if (i + 1 < n) B.data[i * n + i + 1] = rng.uniform();
      }
      const {U, s, Vt} = svd(B);
      expect(Math.max(...Object.values(ratios(B, U, s, Vt)))).toBeLessThan(THRESHOLD);
      // Each zero on the diagonal of a square bidiagonal matrix makes it singular.
      expect(s[n - 1]! / s[0]!).toBeLessThan(n * EPS);
    }
  });

  it("a wide matrix has the singular values of its transpose, and factors swap roles", () => {
    const A = randomMatrix(5, 9, testRng(11));
    const wide = svd(A),
      tall = svd(A.T);
    expect(valueRatio(wide.s, tall.s, 9)).toBeLessThan(THRESHOLD);
    expect(Math.max(...Object.values(ratios(A, wide.U, wide.s, wide.Vt)))).toBeLessThan(THRESHOLD);
  });

  it("larger shapes run the blocked reduction and the compact-WY accumulation through several panels", () => {
    const rng = testRng(17);
    for (const [m, n] of [
      [97, 61],
      [61, 97],
      [120, 120]
    ] as const) {
      const A = randomMatrix(m, n, rng, "normal");
      for (const fullMatrices of [false, true]) {
        const {U, s, Vt} = svd(A, {fullMatrices});
        expect(isDescendingNonNegative(s)).toBe(true);
        expect(Math.max(...Object.values(ratios(A, U, s, Vt)))).toBeLessThan(THRESHOLD);
      }
    }
  });

  it("values survive scalings to the edges of the exponent range", () => {
    const A = randomMatrix(6, 4, testRng(3));
    const s = svd(A, {computeUV: false}).s;
    for (const c of [1e300, 1e-300, 2 ** -1000, 1e307]) {
      const sc = svd(
        new Matrix(
          6,
          4,
          A.data.map((x) => x * c)
        ),
        {computeUV: false}
      ).s;
      expect(
        valueRatio(
          sc.map((x) => x / c),
          s,
          6
        )
      ).toBeLessThan(THRESHOLD);
    }
  });
});

describe("svd: properties", () => {
  it("A = UΣVᵀ with orthonormal U, V and sorted non-negative s (any shape, thin and full)", () => {
    fc.assert(
      fc.property(arbMatrix(), fc.boolean(), (A, fullMatrices) => {
        const {U, s, Vt} = svd(A, {fullMatrices});
        const {residual, orthoU, orthoV} = ratios(A, U, s, Vt);
        return (
          isDescendingNonNegative(s) &&
          residual < THRESHOLD &&
          orthoU < THRESHOLD &&
          orthoV < THRESHOLD
        );
      })
    );
  });
  it("σ(cA) = |c|·σ(A) and σ(Aᵀ) = σ(A)", () => {
    fc.assert(
      fc.property(
        arbMatrix(6),
        fc.integer({min: -300, max: 300}),
        fc.boolean(),
        (A, k, negative) => {
          const c = (negative ? -1 : 1) * 2 ** k; // exact scaling, barring underflow of negligible entries
          const s = svd(A, {computeUV: false}).s;
          const sc = svd(
            new Matrix(
              A.rows,
              A.cols,
              A.data.map((x) => c * x)
            ),
            {computeUV: false}
          ).s;
          const st = svd(A.T, {computeUV: false}).s;
          const dim = Math.max(A.rows, A.cols, 1);
          return (
            valueRatio(
              sc,
              s.map((x) => Math.abs(c) * x),
              dim
            ) < THRESHOLD && valueRatio(st, s, dim) < THRESHOLD
          );
        }
      )
    );
  });
  it("‖A‖_F² = Σσ²", () => {
    fc.assert(
      fc.property(arbMatrix(), (A) => {
        const s = svd(A, {computeUV: false}).s;
        const f = fro(A);
        return Math.abs(fro(s) - f) <= 30 * Math.max(A.rows, A.cols, 1) * EPS * f;
      })
    );
  });
});

describe("svd: inputs", () => {
  it("does not mutate its argument (Matrix or nested arrays)", () => {
    const A = randomMatrix(7, 4, testRng(2));
    const before = A.data.slice();
    svd(A, {fullMatrices: true});
    svd(A.T);
    expect(A.data).toEqual(before);
    const nested = A.toArray();
    const copy = nested.map((r) => r.slice());
    svd(nested);
    expect(nested).toEqual(copy);
  });
  it("accepts nested arrays", () => {
    expect(
      valueRatio(
        svd([
          [3, 0],
          [0, 4]
        ]).s,
        [4, 3],
        2
      )
    ).toBeLessThan(THRESHOLD);
  });
  it("rejects NaN and ±Infinity with their position", () => {
    expect(() =>
      svd([
        [1, 2],
        [3, NaN]
      ])
    ).toThrow(NonFiniteError);
    try {
      svd([
        [1, 2, 3],
        [4, Infinity, 6]
      ]);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(NonFiniteError);
      expect((e as NonFiniteError).row).toBe(1);
      expect((e as NonFiniteError).col).toBe(1);
    }
    expect(() => svd([[-Infinity]], {computeUV: false})).toThrow(NonFiniteError);
  });
});

describe("svd: rotation kernels", () => {
  it("applying two rotation sequences in one sweep equals applying them one after the other", () => {
    const rng = testRng(11);
    // Targets stored by columns: column j at [j·stride, j·stride + rows), stride ≥ rows.
    for (const [rows, stride, col0, count] of [
      [7, 9, 2, 6],
      [12, 13, 0, 4],
      [3, 4, 1, 1],
      [5, 30, 3, 26],
      [17, 19, 1, 9]
    ] as const) {
      const w = Float64Array.from({length: (col0 + count + 1) * stride}, () => rng.normal());
      const seq = () => {
        const c = new Float64Array(count),
          s = new Float64Array(count);
        for (let k = 0; k < count; k++) {
          const theta = Math.PI * rng.uniform();
          c[k] = Math.cos(theta);
          s[k] = Math.sin(theta);
        }
        return [c, s] as const;
      };
      const [c1, s1] = seq(),
        [c2, s2] = seq();
      const one = w.slice(),
        both = w.slice();
      rotateColumnSequence(one, rows, stride, col0, c1, s1, count);
      rotateColumnSequence(one, rows, stride, col0, c2, s2, count);
      rotateColumnSequencePair(both, rows, stride, col0, c1, s1, c2, s2, count);
      expect(both).toEqual(one);
      expect(both).not.toEqual(w);
    }
  });
});

/** A with its rows (or columns) scaled geometrically from 1 down to 1e-12: a graded matrix. */
function graded(A: Matrix, by: "rows" | "cols"): Matrix {
  const {rows: m, cols: n} = A;
  const k = by === "rows" ? m : n;
  const g = (i: number) => (k === 1 ? 1 : Math.pow(1e-12, i / (k - 1)));
  return new Matrix(
    m,
    n,
    A.data.map((x, p) => x * g(by === "rows" ? Math.floor(p / n) : p % n))
  );
}

/** max_i |s_i − t_i| / (t_i · dim · ε): every singular value to relative accuracy (t_i > 0). */
function relativeValueRatio(s: Float64Array, t: Float64Array, dim: number): number {
  let worstRel = 0;
  for (let i = 0; i < t.length; i++) worstRel = Math.max(worstRel, Math.abs(s[i]! - t[i]!) / t[i]!);
  return worstRel / (dim * EPS);
}

describe("svd: tall matrices through QR first (R-bidiagonalization)", () => {
  const tallWorst = {residual: 0, orthoU: 0, orthoV: 0, values: 0, relative: 0};
  afterAll(() =>
    console.log(
      "svd tall (QR first) max ratios: " +
        Object.entries(tallWorst)
          .map(([k, v]) => `${k} ${v.toFixed(2)}`)
          .join(", ")
    )
  );
  /** The three LAPACK ratios, recorded for this block too. */
  const tallRatios = (A: Matrix, U: Matrix, s: Float64Array, Vt: Matrix) => {
    const r = ratios(A, U, s, Vt);
    for (const k of ["residual", "orthoU", "orthoV"] as const)
      tallWorst[k] = Math.max(tallWorst[k], r[k]);
    return Math.max(r.residual, r.orthoU, r.orthoV);
  };
  /** The tall cases: the LAPACK types, graded rows and columns, and scalings by 1e±300. */
  const tallTypes = (m: number, n: number) => {
    const random = randomMatrix(m, n, testRng(m * 31 + n), "normal");
    return [
      ...matrixTypes(m, n),
      {name: "random normal", A: random},
      {name: "graded rows", A: graded(random, "rows")},
      {name: "graded columns", A: graded(random, "cols")},
      {
        name: "random × 1e300",
        A: new Matrix(
          m,
          n,
          random.data.map((x) => x * 1e300)
        )
      },
      {
        name: "random × 1e-300",
        A: new Matrix(
          m,
          n,
          random.data.map((x) => x * 1e-300)
        )
      }
    ];
  };
  // m from 2n to 50n, n = 1 included, and each side of both crossovers.
  const edges = [1, 7, 30].flatMap((n) =>
    [QR_FIRST.values, QR_FIRST.vectors].flatMap((r) => [
      [Math.ceil(r * n) - 1, n],
      [Math.ceil(r * n), n]
    ])
  );
  const shapes = [
    [2, 1],
    [50, 1],
    [6, 3],
    [150, 3],
    [16, 8],
    [40, 8],
    [400, 8],
    [40, 20],
    [200, 20],
    ...edges
  ].filter(([m, n], i, all) => all.findIndex(([p, q]) => p === m && q === n) === i);

  for (const [m, n] of shapes as [number, number][]) {
    it(`${m}×${n}: LAPACK ratios, thin and full, and σ as the bidiagonal path gives them`, () => {
      for (const {name, A} of tallTypes(m, n)) {
        const at = `${m}×${n} ${name}`;
        const values = svd(A, {computeUV: false}).s;
        for (const fullMatrices of m <= 200 ? [false, true] : [false]) {
          const {U, s, Vt} = svd(A, {fullMatrices});
          expect(U.shape).toEqual([m, fullMatrices ? m : n]);
          expect(Vt.shape).toEqual([n, n]);
          expect(isDescendingNonNegative(s), at).toBe(true);
          expect(tallRatios(A, U, s, Vt), `${at} ${fullMatrices}`).toBeLessThan(THRESHOLD);
          expect(valueRatio(values, s, m), at).toBeLessThan(THRESHOLD);
        }
        // The same numbers beside zero columns, [A 0] with m < QR_FIRST.values·cols, go through
        // the bidiagonalization of the whole matrix and dqds: σ([A 0]) = σ(A) and zeros.
        const cols = Math.min(m, Math.max(n, Math.floor(m / QR_FIRST.values) + 1));
        const padded = new Matrix(m, cols);
        for (let i = 0; i < m; i++) padded.data.set(A.data.subarray(i * n, (i + 1) * n), i * cols);
        const reference = svd(padded, {computeUV: false}).s;
        expect(reference.subarray(n).every((x) => x <= values[0]! * m * EPS)).toBe(true);
        const r = valueRatio(values, reference.subarray(0, n), m);
        tallWorst.values = Math.max(tallWorst.values, r);
        expect(r, at).toBeLessThan(THRESHOLD);
        if (/random/.test(name)) {
          const rel = relativeValueRatio(values, reference.subarray(0, n), m);
          tallWorst.relative = Math.max(tallWorst.relative, rel);
          expect(rel, at).toBeLessThan(THRESHOLD);
        }
      }
    });
  }

  it("wide matrices take the same path through their transpose", () => {
    for (const [m, n] of [
      [50, 1],
      [150, 3],
      [40, 8],
      [200, 20]
    ] as const) {
      for (const {name, A} of tallTypes(m, n)) {
        const W = A.T;
        const values = svd(W, {computeUV: false}).s;
        expect(valueRatio(values, svd(A, {computeUV: false}).s, m)).toBeLessThan(THRESHOLD);
        for (const fullMatrices of [false, true]) {
          const {U, s, Vt} = svd(W, {fullMatrices});
          expect(U.shape).toEqual([n, n]);
          expect(Vt.shape).toEqual([fullMatrices ? m : n, m]);
          expect(tallRatios(W, U, s, Vt), `${n}×${m} ${name}`).toBeLessThan(THRESHOLD);
          expect(valueRatio(values, s, m)).toBeLessThan(THRESHOLD);
        }
      }
    }
  });

  it("R of 190 columns takes divide and conquer inside the QR-first path", () => {
    const [m, n] = [600, 190];
    const random = randomMatrix(m, n, testRng(29), "normal");
    for (const [name, A] of [
      ["random", random],
      ["graded columns", graded(random, "cols")],
      [
        "random × 1e-300",
        new Matrix(
          m,
          n,
          random.data.map((x) => x * 1e-300)
        )
      ]
    ] as const) {
      const {U, s, Vt} = svd(A);
      expect(tallRatios(A, U, s, Vt), name).toBeLessThan(THRESHOLD);
      expect(valueRatio(svd(A, {computeUV: false}).s, s, m), name).toBeLessThan(THRESHOLD);
    }
  });

  it("does not mutate its argument", () => {
    const A = randomMatrix(90, 6, testRng(8));
    const before = A.data.slice();
    svd(A, {fullMatrices: true});
    svd(A, {computeUV: false});
    expect(A.data).toEqual(before);
  });
});
